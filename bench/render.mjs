// Render and memory benchmarks for <helpline-card>, against the same markup as plain static HTML.
// The bench page is served by interception at the demo server's origin, so the bundle is the real
// cdn/ypsi-widgets.js that a CMS page would load.

const BENCH_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script>globalThis[Symbol.for('ypsi-widgets.open-shadow-roots-for-tests')] = true;</script>
<script type="module" src="/cdn/ypsi-widgets.js"></script></head>
<body><main id="root"></main></body></html>`;

const CARD = '<helpline-card service="childline"></helpline-card>';

/** A page at `${origin}/bench/` with the bundle loaded, and the static twin of one card prepared. */
async function benchPage(browser, origin) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.setRequestInterception(true);
  page.on('request', (request) =>
    request.url() === `${origin}/bench/`
      ? request.respond({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          // Cross-origin isolation unlocks performance.measureUserAgentSpecificMemory (DOM + JS).
          headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
          body: BENCH_PAGE,
        })
      : request.continue(),
  );
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${origin}/bench/`, { waitUntil: 'load' });
  await page.evaluate(async (card) => {
    await customElements.whenDefined('helpline-card');
    const root = document.getElementById('root');
    root.innerHTML = card;
    const el = root.firstElementChild;
    await el.updateComplete;
    // The static twin: the card's rendered shadow DOM as plain HTML, its CSS once in the page with
    // :host rewritten to a class, so both sides lay out the same boxes with the same rules.
    const css = el.constructor.elementStyles.map((s) => s.cssText).join('\n').replaceAll(':host', '.host');
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
    const markup = el.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '');
    window.__staticOne = `<div class="host">${markup}</div>`;
    window.__frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    root.replaceChildren();
  }, CARD);
  return page;
}

/** Time N static copies and N cards, interleaved, `runs` times each after one warm-up. */
export async function renderBench(browser, origin, runs) {
  const page = await benchPage(browser, origin);
  const results = [];
  for (const n of [10, 100, 1000]) {
    const staticTimes = [];
    const cardTimes = [];
    const times = n === 1000 ? Math.max(5, Math.round(runs / 2)) : runs;
    for (let i = 0; i <= times; i++) {
      const [s, c] = await page.evaluate(
        async (n, card) => {
          const root = document.getElementById('root');
          const time = async (fill) => {
            root.replaceChildren();
            globalThis.gc?.();
            await window.__frame();
            const t0 = performance.now();
            await fill();
            void root.offsetHeight; // layout done
            const t = performance.now() - t0;
            root.replaceChildren();
            return t;
          };
          const s = await time(() => {
            root.innerHTML = window.__staticOne.repeat(n);
          });
          const c = await time(async () => {
            root.innerHTML = card.repeat(n);
            await Promise.all([...root.children].map((el) => el.updateComplete));
          });
          return [s, c];
        },
        n,
        CARD,
      );
      if (i > 0) {
        staticTimes.push(s);
        cardTimes.push(c);
      }
    }
    results.push({ n, staticTimes, cardTimes });
  }
  await page.close();
  return results;
}

/**
 * Memory per instance: what the page holds (DOM + JavaScript, as Chromium's own memory measurement
 * reports it, after a collection) with N instances, less the empty page, over N.
 */
export async function memoryBench(browser, origin, runs, n = 1000) {
  const page = await benchPage(browser, origin);
  const measure = (fill) =>
    page.evaluate(
      async (fill, n, card) => {
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
        root.innerHTML = fill === 'static' ? window.__staticOne.repeat(n) : card.repeat(n);
        await Promise.all([...root.children].map((el) => el.updateComplete));
        const after = await used();
        root.replaceChildren();
        return (after - before) / n;
      },
      fill,
      n,
      CARD,
    );
  const staticBytes = [];
  const cardBytes = [];
  for (let i = 0; i < runs; i++) {
    staticBytes.push(await measure('static'));
    cardBytes.push(await measure('card'));
  }
  await page.close();
  return { n, staticBytes, cardBytes };
}
