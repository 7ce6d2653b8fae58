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
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
