// Every word and link the CDN bundle shows, state by state, as one text file a content reviewer can
// read and diff. It renders the built bundle in Chromium, so a change to how content is stored or built
// (to make it smaller) is checked to show exactly the same words, and a change of words shows up in
// review as a diff of tests/content-snapshot.txt.
//   node scripts/content-snapshot.mjs                 rewrite tests/content-snapshot.txt (after a reviewed change of words)
//   node scripts/content-snapshot.mjs --check         fail if the bundle shows anything else (npm test)
//   node scripts/content-snapshot.mjs out.txt --bundle file.js   snapshot another build (scripts/size-entry.mjs --out)
// Why a script: the snapshot is of what a reader sees in a browser, state by state, in words a content
//  reviewer reads; no snapshot tool renders that.
import puppeteer from 'puppeteer-core';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { requireChrome, CHROME_ARGS } from './find-chrome.mjs';

const args = process.argv.slice(2);
const bundleAt = args.indexOf('--bundle');
const bundleFile = bundleAt === -1 ? 'cdn/ypsi-widgets.js' : args.splice(bundleAt, 2)[1];
const check = args.includes('--check');
const COMMITTED = 'tests/content-snapshot.txt';
const out = args.find((arg) => !arg.startsWith('--')) ?? COMMITTED;
const bundle = readFileSync(bundleFile, 'utf8');

// Every id the content knows, from the npm build, so a new service or situation is covered at once.
const { SERVICE_IDS: SERVICES } = await import('../dist/content/services.js');
const { AUDIENCES, SITUATION_IDS } = await import('../dist/content/situations.js');
const { LEVEL_IDS: LEVELS } = await import('../dist/content/law.js');
const { JURISDICTION_IDS: JURISDICTIONS } = await import('../dist/content/jurisdictions.js');
const { SCENARIO_IDS: SCENARIOS } = await import('../dist/content/consequences.js');
const SITUATIONS = ['', ...SITUATION_IDS];

const markups = [
  ...SERVICES.map((id) => `<helpline-card service="${id}"></helpline-card>`),
  '<helpline-card service="childline" compact></helpline-card>',
  '<helpline-card name="School team" description="Talk to us." phone="020 7946 0000" text-number="07700 900000" text-keyword="HELLO" email="a@b.example" url="https://school.example.org/" hours="Lunch" eligibility="Students"></helpline-card>',
  ...AUDIENCES.flatMap((a) => SITUATIONS.map((s) => `<help-panel audience="${a}"${s ? ` situation="${s}"` : ''}></help-panel>`)),
  ...JURISDICTIONS.flatMap((j) => LEVELS.map((l) => `<law-explainer jurisdiction="${j}" level="${l}"></law-explainer>`)),
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
  // Open the closed shadow roots so the walk below can read them (src/core/shadow-mode.ts).
  await page.addScriptTag({ content: "globalThis[Symbol.for('ypsi-widgets.open-shadow-roots-for-tests')] = true;" });
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
  const text = sections.join('\n\n') + '\n';
  if (check) {
    const want = existsSync(COMMITTED) ? readFileSync(COMMITTED, 'utf8').split('\n') : [];
    const got = text.split('\n');
    const at = got.findIndex((line, i) => line !== want[i]);
    if (at !== -1 || got.length !== want.length) {
      const line = at === -1 ? Math.min(got.length, want.length) : at;
      console.error(`The widgets show different words from ${COMMITTED} (first at line ${line + 1}):`);
      console.error(`  expected: ${want[line] ?? '(end)'}\n  shown:    ${got[line] ?? '(end)'}`);
      console.error('If the change of words is intended and checked against its sources (sources.html), run `node scripts/content-snapshot.mjs` and commit the file for review.');
      process.exitCode = 1;
    } else console.log(`${COMMITTED}: the bundle shows the same words in all ${markups.length} states.`);
  } else {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, text);
    console.log(`${out}: ${markups.length} states, ${text.length} characters`);
  }
} finally {
  await browser.close();
}
