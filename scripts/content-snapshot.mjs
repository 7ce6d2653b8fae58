// Every word and link the CDN bundle shows, state by state, as one text file a content reviewer can
// read and diff: `node scripts/content-snapshot.mjs [out-file] [--bundle file.js]` (default
// .cache/content-snapshot.txt, cdn/ypsi-widgets.js; scripts/size-entry.mjs --out builds a bundle aside).
// It renders the built cdn/ypsi-widgets.js in Chromium, so a change to how content is stored or built
// (to make it smaller) can be checked to show exactly the same words: diff the file before and after.
import puppeteer from 'puppeteer-core';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { requireChrome, CHROME_ARGS } from './find-chrome.mjs';

const args = process.argv.slice(2);
const bundleAt = args.indexOf('--bundle');
const bundleFile = bundleAt === -1 ? 'cdn/ypsi-widgets.js' : args.splice(bundleAt, 2)[1];
const out = args[0] ?? '.cache/content-snapshot.txt';
const bundle = readFileSync(bundleFile, 'utf8');

const SERVICES = ['childline', 'report-remove', 'ceop', 'nspcc', 'stop-it-now', 'youngminds', 'stem4', 'shout', 'samaritans',
  'take-it-down', 'iwf', 'revenge-porn-helpline', 'report-harmful-content', 'police'];
const AUDIENCES = ['young-person', 'parent', 'professional'];
const SITUATIONS = ['', 'shared', 'sextortion', 'pressure', 'received', 'worried-child', 'own-thoughts'];
const JURISDICTIONS = ['england-wales', 'scotland', 'northern-ireland'];
const LEVELS = ['young', 'teen', 'adult'];
const SCENARIOS = ['sent', 'shared-without-consent', 'sextortion', 'pressured'];

const markups = [
  ...SERVICES.map((id) => `<helpline-card service="${id}"></helpline-card>`),
  '<helpline-card service="childline" compact></helpline-card>',
  '<helpline-card name="School team" description="Talk to us." phone="020 7946 0000" text-number="85258" text-keyword="HI" email="a@b.example" url="https://school.example.org/" hours="Lunch" eligibility="Students"></helpline-card>',
  ...AUDIENCES.flatMap((a) => SITUATIONS.map((s) => `<help-panel audience="${a}"${s ? ` situation="${s}"` : ''}></help-panel>`)),
  ...JURISDICTIONS.flatMap((j) => LEVELS.map((l) => `<law-explainer jurisdiction="${j}" level="${l}" open="all"></law-explainer>`)),
  ...JURISDICTIONS.flatMap((j) => SCENARIOS.map((s) => `<consequences-timeline jurisdiction="${j}" scenario="${s}" show-all></consequences-timeline>`)),
  ...SCENARIOS.map((s) => `<consequences-timeline scenario="${s}"></consequences-timeline>`),
];

const browser = await puppeteer.launch({ executablePath: requireChrome(), args: CHROME_ARGS });
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.goto('about:blank');
  // One fixed moment (a Wednesday, 11am in London), so "Open now" reads the same on every run.
  await page.addScriptTag({
    content: `{ const At = Date, fixed = At.UTC(2026, 0, 7, 11);
      globalThis.Date = class extends At { constructor(...a) { super(...(a.length ? a : [fixed])); } static now() { return fixed; } }; }`,
  });
  await page.addScriptTag({ content: bundle, type: 'module' });
  await page.evaluate(() => customElements.whenDefined('consequences-timeline'));
  const sections = [];
  for (const markup of markups) {
    const lines = await page.evaluate(async (markup) => {
      document.body.innerHTML = markup;
      const el = document.body.firstElementChild;
      await el.updateComplete;
      const lines = [];
      const walk = (node) => {
        if (node.nodeType === Node.TEXT_NODE) {
          const text = node.textContent.replace(/\s+/g, ' ').trim();
          if (text && node.parentElement?.localName !== 'style') lines.push(text);
          return;
        }
        if (node.nodeType === Node.ELEMENT_NODE) {
          for (const name of ['href', 'aria-label', 'title', 'alt', 'aria-description']) {
            if (node.hasAttribute(name)) lines.push(`[${name}=${node.getAttribute(name)}]`);
          }
          if (node.shadowRoot) walk(node.shadowRoot);
        }
        for (const child of node.childNodes) walk(child);
      };
      walk(el);
      return lines;
    }, markup);
    sections.push(`## ${markup}\n${lines.join('\n')}`);
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, sections.join('\n\n') + '\n');
  console.log(`${out}: ${markups.length} states, ${sections.join('').length} characters`);
} finally {
  await browser.close();
}
