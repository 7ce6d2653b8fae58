// Look at every state of every element as a user would: each catalogue state's story from the built
// Storybook (npm run build-storybook), at 320 px and 1280 px, light and dark, into
// .cache/screens/examples/<tag>/<state>-<width>-<scheme>.png. The states are the catalogues'
// (src/<element>/<element>.examples.ts), so a state added there is photographed here too.
// Usage: node scripts/screenshot-examples.mjs [tag…]
import { createServer } from 'node:http';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { requireChrome, CHROME_ARGS } from './find-chrome.mjs';
import { TAGS, catalogueOf, exportName } from './stories-from-examples.mjs';

const ROOT = 'storybook-static';
const OUT = '.cache/screens/examples';
const tags = process.argv.slice(2).length ? process.argv.slice(2) : TAGS;
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
const server = createServer(async (req, res) => {
  const path = normalize(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
  try {
    const body = await readFile(join(ROOT, path));
    res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const index = JSON.parse(await readFile(join(ROOT, 'index.json'), 'utf8'));
const browser = await puppeteer.launch({ executablePath: requireChrome(), args: CHROME_ARGS });
let missing = 0;
try {
  for (const tag of tags) {
    mkdirSync(`${OUT}/${tag}`, { recursive: true });
    for (const example of await catalogueOf(tag)) {
      const story = Object.values(index.entries).find((e) => e.type === 'story' && e.title === `Elements/${tag}` && e.exportName === exportName(example.name));
      if (!story) {
        console.error(`<${tag}> ${example.name}: no story (run node scripts/stories-from-examples.mjs, then npm run build-storybook)`);
        missing++;
        continue;
      }
      for (const width of [320, 1280]) {
        for (const scheme of ['light', 'dark']) {
          const page = await browser.newPage();
          page.on('pageerror', (e) => console.log(`  page error in ${story.id}: ${e.message}`));
          await page.setViewport({ width, height: 900 });
          await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
          await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'networkidle0' });
          // Dark needs both halves, as on a real page: the visitor prefers it and the page supports it.
          await page.evaluate(async (s) => {
            document.documentElement.style.colorScheme = s;
            document.body.style.background = 'Canvas';
            document.body.style.color = 'CanvasText';
            for (let i = 0; i < 100 && !document.querySelector('#storybook-root')?.children.length; i++) await new Promise((r) => setTimeout(r, 20));
            await new Promise((r) => setTimeout(r, 300)); // the story's play function and entrance animations
          }, scheme);
          const file = `${OUT}/${tag}/${example.name.replace(/\W+/g, '_')}-${width}-${scheme}.png`;
          await page.screenshot({ path: file, fullPage: true });
          console.log(file);
          await page.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
if (missing) process.exit(1);
