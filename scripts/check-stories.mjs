// Opens every story of the built Storybook in headless Chromium and fails if a story throws, or if a
// ypsi element in it is not defined or renders nothing. `storybook build` alone succeeds even when a
// story shows a blank box (as it did when the bundler tree-shook the element definitions away).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { requireChrome, CHROME_ARGS } from './find-chrome.mjs';

const root = process.argv[2] ?? 'storybook-static';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
const server = createServer(async (req, res) => {
  const path = normalize(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
  try {
    const body = await readFile(join(root, path));
    res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const browser = await puppeteer.launch({ executablePath: requireChrome(), args: CHROME_ARGS });
const failures = [];
try {
  const page = await browser.newPage();
  let errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const story of stories) {
    errors = [];
    await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'networkidle0' });
    const result = await page.evaluate(async () => {
      const tags = ['helpline-card', 'help-panel', 'law-explainer', 'consequences-timeline'];
      for (let i = 0; i < 50; i++) {
        const found = [...document.querySelectorAll(tags.join(','))];
        if (found.length && found.every((el) => el.shadowRoot?.textContent?.trim())) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      const found = [...document.querySelectorAll(tags.join(','))];
      if (!found.length) return 'no ypsi element in the story';
      const blank = found.find((el) => !customElements.get(el.localName) || !el.shadowRoot?.textContent?.trim());
      return blank ? `<${blank.localName}> is not defined or renders nothing` : '';
    });
    if (result || errors.length) failures.push(`${story.id}: ${result || errors.join('; ')}`);
  }
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(`Stories that do not render:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(`${stories.length} stories render in Chromium.`);
