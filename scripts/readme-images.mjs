// The README's pictures of each widget: docs/images/<tag>.png, each widget as a web editor first
// sees it (default attributes, light scheme, a 640 px content column), shot from the built bundle.
//   node scripts/readme-images.mjs   (after npm run build)
// Why a script: a screenshot tool would shoot a page; these are the widgets alone, as a web editor
//  first sees them, from the built bundle.
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { requireChrome, CHROME_ARGS } from './find-chrome.mjs';
import { serve } from './serve.mjs';

const SHOTS = [
  ['helpline-card', { service: 'childline', 'heading-level': '2' }],
  ['help-panel', { 'heading-level': '2' }],
  ['law-explainer', { 'heading-level': '2' }],
  ['consequences-timeline', { 'heading-level': '2' }],
];

const { server, url } = await serve(8300);
const origin = new URL(url).origin;
const browser = await puppeteer.launch({ executablePath: requireChrome(), args: CHROME_ARGS });
mkdirSync('docs/images', { recursive: true });
try {
  for (const [tag, attributes] of SHOTS) {
    const page = await browser.newPage();
    await page.setViewport({ width: 672, height: 900, deviceScaleFactor: 1 });
    // Reduced motion, so a stage is shot as it settles, not halfway through fading in.
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }, { name: 'prefers-reduced-motion', value: 'reduce' }]);
    // A page of the demo server, so the bundle loads under the demo's own CSP (DOM APIs only).
    await page.goto(`${origin}/demo/builder.html`, { waitUntil: 'networkidle0' });
    await page.evaluate(async (name, attrs) => {
      const widget = document.createElement(name);
      for (const [key, value] of Object.entries(attrs)) widget.setAttribute(key, value);
      widget.id = 'shot';
      document.body.replaceChildren(widget);
      await widget.updateComplete;
    }, tag, attributes);
    const el = await page.$('#shot');
    await el.screenshot({ path: `docs/images/${tag}.png` });
    console.log(`docs/images/${tag}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
