// Render and memory benchmarks for <helpline-card>, against the same content three times over: as
// plain static HTML, inside Shoelace's <sl-card>, and in a bare closed shadow root (a custom element
// with no library: the least a private root can cost). The bench page is served by interception at the demo
// server's origin, so the bundle is the real cdn/ypsi-widgets.js that a CMS page would load; Shoelace
// (a devDependency, never in a build) is served from node_modules the same way.
import { readFileSync } from 'node:fs';

const SHOELACE = new URL('../node_modules/@shoelace-style/shoelace/cdn/', import.meta.url);

// Shoelace's design tokens, scoped to the class its theme also answers to (not :root), so that the
// hundreds of --sl-* properties are inherited only by the Shoelace cards, as on a Shoelace page,
// and never weigh on the other sides' style recalc.
const shoelaceTheme = () => readFileSync(new URL('themes/light.css', SHOELACE), 'utf8').replace(/:root,\s*:host,\s*/, '');

const BENCH_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script>globalThis[Symbol.for('ypsi-widgets.open-shadow-roots-for-tests')] = true;</script>
<link rel="stylesheet" href="/bench/shoelace/theme.css">
<script type="module" src="/cdn/ypsi-widgets.js"></script>
<script type="module" src="/bench/shoelace/components/card/card.js"></script></head>
<body><main id="root"></main></body></html>`;

const CARD = '<helpline-card service="childline"></helpline-card>';

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/** The bench page, Shoelace's files, or the demo server for everything else (the bundle). */
function respond(request, origin) {
  const url = request.url();
  if (url === `${origin}/bench/`) {
    return request.respond({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      // Cross-origin isolation unlocks performance.measureUserAgentSpecificMemory (DOM + JS).
      headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
      body: BENCH_PAGE,
    });
  }
  if (url.startsWith(`${origin}/bench/shoelace/`)) {
    const path = url.slice(`${origin}/bench/shoelace/`.length);
    const body = path === 'theme.css' ? shoelaceTheme() : readFileSync(new URL(path, SHOELACE));
    return request.respond({ status: 200, contentType: TYPES[path.slice(path.lastIndexOf('.'))], body });
  }
  return request.continue();
}

/**
 * A page at `${origin}/bench/` with both libraries loaded, and the three twins of one card prepared:
 *  - static HTML: the card's rendered shadow DOM as plain HTML, its CSS once in the page with :host
 *    rewritten to a class, so it lays out the same boxes with the same rules, with no element code;
 *  - Shoelace: the same nodes (same text, same classes, same page CSS) in an <sl-card>, the name in its
 *    header slot, the actions in its footer slot and the rest in its body; <sl-card>'s own box (border,
 *    padding, radius) stands in for the card's <article>. The buttons stay plain links and buttons
 *    (no <sl-button>), so both sides draw the same number of elements and only the card differs;
 *  - the floor: <shadow-floor>, the same nodes cloned into a closed shadow root under the card's own
 *    stylesheets by a bare custom element (below), so what a private root costs on its own is measured.
 */
async function benchPage(browser, origin) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.setRequestInterception(true);
  page.on('request', (request) => respond(request, origin));
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${origin}/bench/`, { waitUntil: 'load' });
  await page.evaluate(async (card) => {
    await Promise.all([customElements.whenDefined('helpline-card'), customElements.whenDefined('sl-card')]);
    const root = document.getElementById('root');
    root.innerHTML = card;
    const el = root.firstElementChild;
    await el.updateComplete;
    const css = el.constructor.elementStyles.map((s) => s.cssText).join('\n').replaceAll(':host', '.host');
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
    const markup = el.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '');
    window.__staticOne = `<div class="host">${markup}</div>`;

    const article = new DOMParser().parseFromString(markup, 'text/html').querySelector('article');
    const slCard = document.createElement('sl-card');
    slCard.className = 'host';
    for (const child of [...article.children]) {
      if (/^H[1-6]$/.test(child.tagName)) child.slot = 'header';
      else if (child.querySelector('.actions')) child.slot = 'footer';
      slCard.append(child);
    }
    window.__shoelaceOne = slCard.outerHTML;

    // The floor: the least any element that keeps a card in its own closed shadow root can do. No
    // library, no checks, no strings: attach the root, adopt the card's own stylesheets, clone the
    // card's rendered nodes from one template, all in the connected callback.
    const sheets = el.constructor.elementStyles.map((s) => s.styleSheet ?? s);
    const template = document.createElement('template');
    template.innerHTML = markup;
    customElements.define(
      'shadow-floor',
      class extends HTMLElement {
        connectedCallback() {
          const root = this.attachShadow({ mode: 'closed' });
          root.adoptedStyleSheets = sheets;
          root.append(template.content.cloneNode(true));
        }
      },
    );
    window.__frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    root.replaceChildren();
  }, CARD);
  await page.evaluate(`window.__fill = ${fillSide}`);
  return page;
}

/** Fills `#root` with N of one side; resolves once every element has rendered (layout is forced after). */
async function fillSide(side, n, card) {
  const root = document.getElementById('root');
  if (side === 'static') {
    root.innerHTML = window.__staticOne.repeat(n);
  } else if (side === 'floor') {
    root.innerHTML = '<shadow-floor></shadow-floor>'.repeat(n);
  } else if (side === 'shoelace') {
    root.innerHTML = `<div class="sl-theme-light">${window.__shoelaceOne.repeat(n)}</div>`;
    await Promise.all([...root.firstElementChild.children].map((el) => el.updateComplete));
  } else {
    root.innerHTML = card.repeat(n);
    await Promise.all([...root.children].map((el) => el.updateComplete));
  }
}

export const SIDES = ['static', 'floor', 'shoelace', 'card'];

/** Time N static copies, N Shoelace cards and N cards, interleaved, `runs` times each after one warm-up. */
export async function renderBench(browser, origin, runs) {
  const page = await benchPage(browser, origin);
  const results = [];
  for (const n of [10, 100, 1000]) {
    const times = Object.fromEntries(SIDES.map((side) => [side, []]));
    const count = n === 1000 ? Math.max(5, Math.round(runs / 2)) : runs;
    for (let i = 0; i <= count; i++) {
      // A different side goes first each round, so no side always runs on a freshly collected heap.
      const order = SIDES.map((_, k) => SIDES[(k + i) % SIDES.length]);
      for (const side of order) {
        const t = await page.evaluate(
          async (side, n, card) => {
            const root = document.getElementById('root');
            root.replaceChildren();
            globalThis.gc?.();
            await window.__frame();
            const t0 = performance.now();
            await window.__fill(side, n, card);
            void root.offsetHeight; // style and layout done
            const t = performance.now() - t0;
            root.replaceChildren();
            return t;
          },
          side,
          n,
          CARD,
        );
        if (i > 0) times[side].push(t);
      }
    }
    results.push({ n, times });
  }
  await page.close();
  return results;
}

/**
 * Memory per instance: what the page holds (DOM + JavaScript, as Chromium's own memory measurement
 * reports it, after a collection) with N instances of a side, less the empty page, over N.
 */
export async function memoryBench(browser, origin, runs, n = 1000) {
  const page = await benchPage(browser, origin);
  const measure = (side) =>
    page.evaluate(
      async (side, n, card) => {
        const root = document.getElementById('root');
        const used = async () => {
          globalThis.gc?.();
          const { breakdown } = await performance.measureUserAgentSpecificMemory();
          return breakdown
            .filter((b) => b.types.includes('DOM') || b.types.includes('JavaScript'))
            .reduce((sum, b) => sum + b.bytes, 0);
        };
        root.replaceChildren();
        const before = await used();
        await window.__fill(side, n, card);
        const after = await used();
        root.replaceChildren();
        return (after - before) / n;
      },
      side,
      n,
      CARD,
    );
  const bytes = Object.fromEntries(SIDES.map((side) => [side, []]));
  for (let i = 0; i < runs; i++) {
    for (const side of SIDES) bytes[side].push(await measure(side));
  }
  await page.close();
  return { n, bytes };
}

export { benchPage };
