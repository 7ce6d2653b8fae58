// Look at the demo as a user would: screenshots at 320 px and 1280 px, light and dark, into
// .cache/screens/. Usage: node scripts/screenshot.mjs [path-on-demo-server]
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { requireChrome, CHROME_ARGS } from './find-chrome.mjs';
import { serve } from './serve.mjs';

const page_path = process.argv[2] ?? '/demo/';
const { server, url } = await serve(8200);
const origin = new URL(url).origin;
const browser = await puppeteer.launch({ executablePath: requireChrome(), args: CHROME_ARGS });
mkdirSync('.cache/screens', { recursive: true });
try {
  for (const width of [320, 1280]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage();
      page.on('console', (m) => console.log(`  console.${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => console.log(`  page error: ${e.message}`));
      await page.setViewport({ width, height: 900 });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await page.goto(origin + page_path, { waitUntil: 'networkidle0' });
      const file = `.cache/screens/${page_path.replace(/\W+/g, '_')}-${width}-${scheme}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      // Tall narrow pages shrink to a sliver when viewed whole: also save them in readable slices.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0, i = 0; width < 800 && y < height; y += 1400, i++) {
        const slice = file.replace('.png', `-part${i}.png`);
        await page.screenshot({ path: slice, clip: { x: 0, y, width, height: Math.min(1400, height - y) }, captureBeyondViewport: true });
        console.log(slice);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
