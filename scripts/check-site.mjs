// CI: the docs site (site/, from `npm run docs`) and the self-host example (from `npm run release`)
// work from a plain static file server, with no Node features behind them. Each page is opened in
// headless Chromium; the check fails on a console error, a page error, a failed request, or a widget
// that renders blank, and checks that the builder makes static HTML in both forms, with no server.
//   node scripts/check-site.mjs
// Why a script: no link checker opens pages in a browser and asks whether a widget rendered and the
//  builder works offline.
import puppeteer from 'puppeteer-core';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { unzipSync } from 'fflate';
import { requireChrome, CHROME_ARGS } from './find-chrome.mjs';

const TAGS = ['helpline-card', 'help-panel', 'law-explainer', 'consequences-timeline'];
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2' };

/** A plain static file server: files and index.html, nothing else (as GitHub Pages or a school's host). */
function staticServer(root, headers = {}) {
  const server = createServer(async (request, response) => {
    let path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      if ((await stat(join(root, path))).isDirectory()) path = join(path, 'index.html');
      const body = await readFile(join(root, path));
      response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', ...headers }).end(body);
    } catch {
      response.writeHead(404).end('Not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` })));
}

/** The release folder, unzipped into a temporary directory. */
function unzippedRelease() {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'ypsi-release-'));
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(`release/ypsi-widgets-${version}.zip`)))) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    if (!name.endsWith('/')) writeFileSync(join(dir, name), bytes);
  }
  return { dir, page: `/ypsi-widgets-${version}/example.html` };
}

const failures = [];

/** Resolves once a frame of `page` holds one of the widgets. */
async function waitForWidget(page) {
  const end = Date.now() + 20000;
  for (;;) {
    for (const frame of page.frames()) {
      if (await frame.evaluate((tags) => Boolean(document.querySelector(tags.join(','))), TAGS).catch(() => false)) return;
    }
    if (Date.now() > end) throw new Error('no widget');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
const browser = await puppeteer.launch({ executablePath: requireChrome(), args: CHROME_ARGS });

/** Open `url`; record console errors, page errors, failed requests and blank widgets. */
async function check(url, label, extra, widgetsExpected = true) {
  const page = await browser.newPage();
  const problems = [];
  // The browser asks every host for /favicon.ico on its own; a page without one is not broken.
  const favicon = (url) => new URL(url).pathname === '/favicon.ico';
  page.on('console', (message) => message.type() === 'error' && !favicon(message.location().url ?? url) && problems.push(`console error: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => response.status() >= 400 && !favicon(response.url()) && problems.push(`${response.status()}: ${response.url()}`));
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(url, { waitUntil: 'load' });
  // Storybook's manager keeps a connection open, so "network idle" may never come: wait until some
  // frame of the page holds a widget instead.
  await page.waitForNetworkIdle({ idleTime: 300, timeout: 5000 }).catch(() => {});
  if (widgetsExpected) await waitForWidget(page).catch(() => problems.push('no widget appeared within 20 s'));
  let widgets = 0;
  for (const frame of page.frames()) {
    const sizes = await frame.evaluate(async (tags) => {
      const found = [...document.querySelectorAll(tags.join(','))];
      // A widget that never gets defined is reported below, not waited for.
      const defined = Promise.all(found.map((el) => customElements.whenDefined(el.localName)));
      await Promise.race([defined, new Promise((resolve) => setTimeout(resolve, 5000))]);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return found.map((el) => ({ tag: el.localName, defined: Boolean(customElements.get(el.localName)), height: el.getBoundingClientRect().height }));
    }, TAGS);
    for (const { tag, defined, height } of sizes) {
      widgets++;
      if (!defined) problems.push(`<${tag}> never defined`);
      else if (height < 40) problems.push(`<${tag}> is blank (${height}px tall)`);
    }
  }
  if (extra) await extra(page, problems).catch((error) => problems.push(`${error.message}`));
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${label} (${widgets} widgets)`);
  for (const problem of problems) console.log(`     ${problem}`);
  failures.push(...problems.map((problem) => `${label}: ${problem}`));
  await page.close();
}

/**
 * The example page where the script cannot load: it must say why (`cause`) and what to do, and every
 * widget's space must show the Childline line instead of an empty box.
 */
async function checkNotLoaded(url, cause, label) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(url, { waitUntil: 'load' });
  const seen = await page.evaluate(() => {
    const shown = (el) => Boolean(el && el.checkVisibility());
    const box = document.getElementById('not-loaded');
    return {
      message: shown(box) ? box.innerText : '',
      causes: [...document.querySelectorAll('#not-loaded [data-cause]')].filter(shown).map((p) => p.dataset.cause),
      widgets: [...document.querySelectorAll('helpline-card, help-panel, law-explainer, consequences-timeline')].map((el) => ({
        tag: el.localName,
        defined: Boolean(customElements.get(el.localName)),
        text: el.innerText,
        height: el.getBoundingClientRect().height,
      })),
    };
  });
  if (!seen.message) problems.push('no message said that the widgets did not load');
  if (seen.causes.join() !== cause) problems.push(`the message gave the cause as "${seen.causes.join()}", not "${cause}"`);
  for (const widget of seen.widgets) {
    if (widget.defined) problems.push(`<${widget.tag}> loaded after all: this check is not testing a failure`);
    if (!widget.text.includes('0800 1111') || widget.height > 200) problems.push(`<${widget.tag}> is an empty box (${widget.height}px, "${widget.text.slice(0, 40)}")`);
  }
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${label} (says: ${seen.causes.join() || 'nothing'})`);
  for (const problem of problems) console.log(`     ${problem}`);
  failures.push(...problems.map((problem) => `${label}: ${problem}`));
  await page.close();
}

const site = await staticServer('site');
const release = unzippedRelease();
const self = await staticServer(release.dir);
// The same folder on a second address (another origin): one server that sends no CORS header, and one
// that sends Access-Control-Allow-Origin, as README "Host it yourself" asks. The example page, with its
// lines pointed there, is what a school's page looks like when it uses a file store or its own CDN.
const noCors = await staticServer(release.dir);
const withCors = await staticServer(release.dir, { 'Access-Control-Allow-Origin': '*' });
const folder = release.page.replace('example.html', '');
const example = readFileSync(join(release.dir, release.page), 'utf8');
for (const [name, origin] of [['no-cors.html', noCors.origin], ['with-cors.html', withCors.origin]]) {
  writeFileSync(join(release.dir, folder, name), example.replace(/(href|src)="\.\/ypsi-widgets\./g, `$1="${origin}${folder}ypsi-widgets.`));
}
try {
  await check(`${site.origin}/`, 'site/index.html (demo school page)');
  await check(`${site.origin}/builder/`, 'site/builder/index.html (embed builder)', async (page, problems) => {
    await page.waitForFunction(() => document.documentElement.dataset.builder === 'ready', { timeout: 10000 });
    await page.click('#kind-static');
    await page.waitForFunction(() => document.querySelector('#snippet').dataset.state === 'ready');
    const code = await page.$eval('#snippet', (el) => el.value);
    if (!code.includes('shadowrootmode=')) problems.push(`the static-HTML option gave no static HTML: ${code.slice(0, 80)}`);
    // Two options chosen: made in the browser as well, never a command to run.
    await page.select('#opt-service', 'shout');
    await page.click('#opt-compact');
    await page.waitForFunction(() => document.querySelector('#snippet').dataset.state === 'ready' && document.querySelector('#snippet').value.includes('compact'));
    const two = await page.$eval('#snippet', (el) => el.value);
    if (!two.includes('shadowrootmode=') || two.includes('npx')) problems.push(`two options gave no static HTML: ${two.slice(0, 80)}`);
    await page.click('#kind-plain');
    await page.waitForFunction(() => document.querySelector('#snippet').dataset.state === 'ready' && document.querySelector('#snippet').value.includes('as plain HTML'));
    const plain = await page.$eval('#snippet', (el) => el.value);
    if (/<style|<template/.test(plain) || !plain.includes('sms:85258')) problems.push(`the plain-HTML option gave no plain HTML: ${plain.slice(0, 80)}`);
  });
  await check(`${site.origin}/storybook/`, 'site/storybook/index.html (Storybook)');
  await check(`${self.origin}${release.page}`, 'release example.html (self-hosted)');
  await check(`${self.origin}${folder}with-cors.html`, 'release files on another origin that sends Access-Control-Allow-Origin');
  await checkNotLoaded(`${self.origin}${folder}no-cors.html`, 'other-origin', 'release files on another origin with no CORS header');
  await checkNotLoaded(`file://${join(release.dir, release.page)}`, 'file', 'release example.html opened from file://');
  // The sources page (where every fact comes from) ships in both, once the project makes one.
  if (existsSync('scripts/sources-page.mjs')) {
    await check(`${site.origin}/sources.html`, 'site/sources.html (sources page)', undefined, false);
    await check(`${self.origin}${release.page.replace('example.html', 'sources.html')}`, 'release sources.html', undefined, false);
  }
} finally {
  await browser.close();
  site.server.close();
  self.server.close();
  noCors.server.close();
  withCors.server.close();
}
if (failures.length) {
  console.error(`\n${failures.length} problem(s) on the static site.`);
  process.exit(1);
}
