// Opens every Docs page and every story of the built Storybook in headless Chromium and fails if one
// throws, if a story's ypsi element is not defined or renders nothing, if a Docs page does not show its
// element's description, attributes, parts, custom properties, events and slots, if a control does not
// reach the element's attribute, or if the stories are no longer one per catalogue state.
// `storybook build` alone succeeds even when a story shows a blank box or a Docs page is empty.
// Why not Storybook's test runner (@storybook/test-runner): it visits stories only (a render error or
// a failing play function), never a Docs page or a control's URL args, and it brings Jest, SWC, Babel
// and Playwright for what puppeteer-core, already here for the other browser scripts, does in this file.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { requireChrome, CHROME_ARGS } from './find-chrome.mjs';
import { storiesFromExamples } from './stories-from-examples.mjs';

const stale = await storiesFromExamples({ check: true });
if (stale.length) {
  console.error(`${stale.join(', ')}: not one story per catalogue state. Run node scripts/stories-from-examples.mjs and commit.`);
  process.exit(1);
}

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
const docs = Object.values(index.entries).filter((entry) => entry.type === 'docs');
const manifest = JSON.parse(await readFile('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
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
  // Every Docs page: no error, the element's description, and a row for each attribute, part,
  // custom property, event and slot, under its section's heading.
  const SECTIONS = [
    ['attributes', 'attributes'],
    ['cssParts', 'css shadow parts'],
    ['cssProperties', 'css custom properties'],
    ['events', 'events'],
    ['slots', 'slots'],
  ];
  for (const entry of docs) {
    errors = [];
    const element = elements.find((d) => entry.title.endsWith(`/${d.tagName}`));
    await page.goto(`${origin}/iframe.html?id=${entry.id}&viewMode=docs`, { waitUntil: 'networkidle0' });
    const rows = await page.evaluate(async () => {
      for (let i = 0; i < 100 && !document.querySelector('.sbdocs-content table'); i++) await new Promise((r) => setTimeout(r, 50));
      // A section's heading row is titled "Show attributes items" when closed: open each, then read
      // every row's name with the section it sits in.
      for (const closed of document.querySelectorAll('.sbdocs-content table tr[title^="Show "] button')) closed.click();
      await new Promise((r) => setTimeout(r, 200));
      let section = '';
      const seen = [];
      for (const row of document.querySelectorAll('.sbdocs-content table tbody tr')) {
        const heading = /^(?:Show|Hide) (.*) items$/.exec(row.getAttribute('title') ?? '');
        if (heading) section = heading[1];
        else seen.push(`${section}|${row.querySelector('td span')?.textContent?.trim()}`);
      }
      return { seen, text: document.querySelector('.sbdocs-content')?.textContent ?? '' };
    });
    const hidden = new Set((element?.members ?? []).filter((m) => m.privacy && m.privacy !== 'public').map((m) => m.name));
    const expected = SECTIONS.flatMap(([key, section]) =>
      (element?.[key] ?? []).filter((a) => key !== 'attributes' || (a.description && !hidden.has(a.fieldName))).map((a) => [section, a.name]),
    );
    const description = element?.description?.split('\n')[0];
    const missing = [
      ...(!description || !rows.text.includes(description) ? ['its description'] : []),
      ...expected.filter(([section, name]) => !rows.seen.includes(`${section}|${name}`)).map(([section, name]) => `${section}: ${name}`),
    ];
    if (missing.length || errors.length) failures.push(`${entry.id} (Docs): ${errors.join('; ') || `does not show ${missing.join(', ')}`}`);
  }
  // Every control reaches the element: each attribute set through the story's args is on the tag.
  for (const element of elements) {
    const story = stories.find((entry) => entry.title.endsWith(`/${element.tagName}`));
    if (!story) continue;
    const hidden = new Set((element.members ?? []).filter((m) => m.privacy && m.privacy !== 'public').map((m) => m.name));
    const attributes = (element.attributes ?? []).filter((a) => a.description && !hidden.has(a.fieldName));
    // A value Storybook's URL args accept: a union's last value, true for a boolean, plain words else.
    const valueOf = (a) => {
      const text = a.type?.text ?? '';
      if (/^boolean/.test(text)) return ['!true', ''];
      const literal = text.split(' | ').filter((p) => /^"[\w-]+"$|^\d+$/.test(p)).pop();
      const value = literal ? literal.replace(/"/g, '') : 'From-a-control';
      return [value, value];
    };
    const args = attributes.map((a) => `${a.name}:${valueOf(a)[0]}`).join(';');
    errors = [];
    await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story&args=${args}`, { waitUntil: 'networkidle0' });
    const seen = await page.evaluate((tag) => {
      const el = document.querySelector(tag);
      return el ? Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])) : null;
    }, element.tagName);
    const unwired = attributes.filter((a) => seen?.[a.name] !== valueOf(a)[1]).map((a) => a.name);
    if (unwired.length || errors.length) failures.push(`${story.id} controls: ${errors.join('; ') || `do not reach ${unwired.join(', ')}`}`);
  }
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(`Storybook problems:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(`${stories.length} stories (one per catalogue state, and the page frames) and ${docs.length} Docs pages render in Chromium; each Docs page shows every attribute, part, custom property, event and slot; every control reaches its attribute.`);
