// The demo school website, served as `npm start` serves it (strict CSP and all): how long from the
// CDN bundle starting to run to every widget on the page rendered, and how much the page shifts (CLS).
const TAGS = ['helpline-card', 'help-panel', 'law-explainer', 'consequences-timeline'];

/** Installed before any page script: notes when each tag's instances have all rendered, and the CLS. */
function instrument(tags) {
  window.__bench = { rendered: {}, cls: 0, scriptStart: undefined };
  // "Script start": the bundle's first real work is Lit asking whether the ShadyCSS polyfill is
  // present, so the first read of window.ShadyCSS marks when the script began to run.
  Object.defineProperty(window, 'ShadyCSS', {
    configurable: true,
    get() {
      window.__bench.scriptStart ??= performance.now();
      return undefined;
    },
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__bench.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const define = customElements.define.bind(customElements);
  customElements.define = (name, ctor, options) => {
    define(name, ctor, options);
    if (!tags.includes(name)) return;
    // Module scripts run after parsing, so every instance in the page's HTML exists by now.
    const all = [...document.querySelectorAll(name)];
    Promise.all(all.map((el) => el.updateComplete)).then(() => {
      window.__bench.rendered[name] = performance.now();
    });
  };
}

export async function demoBench(browser, origin, runs) {
  const scriptToRendered = [];
  const navigationToRendered = [];
  const cls = { 375: [], 1280: [] };
  let found = [];
  let missing = [];
  let fellBack = false;
  let count = 0;
  for (let i = 0; i <= runs; i++) {
    for (const width of [1280, 375]) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width, height: 800 });
      await page.evaluateOnNewDocument(instrument, TAGS);
      await page.goto(`${origin}/demo/`, { waitUntil: 'networkidle0' });
      // Let late layout shifts (fonts, images) land before reading CLS.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const result = await page.evaluate((tags) => {
        const present = tags.filter((tag) => document.querySelector(tag));
        const bundle = performance
          .getEntriesByType('resource')
          .find((entry) => entry.name.includes('/cdn/ypsi-widgets'));
        const rendered = present.filter((tag) => window.__bench.rendered[tag] !== undefined);
        const done = Math.max(...rendered.map((tag) => window.__bench.rendered[tag]));
        return {
          present: rendered,
          missing: present.filter((tag) => !rendered.includes(tag)),
          count: rendered.reduce((sum, tag) => sum + document.querySelectorAll(tag).length, 0),
          sinceScript: done - (window.__bench.scriptStart ?? bundle?.responseEnd ?? NaN),
          sinceNavigation: done,
          markedStart: window.__bench.scriptStart !== undefined,
          cls: window.__bench.cls,
        };
      }, TAGS);
      await context.close();
      if (i === 0) continue; // warm-up: the first load also warms the server's file reads
      if (!result.present.length) throw new Error('no widget on the demo page rendered');
      if (!result.markedStart) fellBack = true;
      found = result.present;
      missing = result.missing;
      count = result.count;
      cls[width].push(result.cls);
      if (width === 1280) {
        scriptToRendered.push(result.sinceScript);
        navigationToRendered.push(result.sinceNavigation);
      }
    }
  }
  return { found, missing, fellBack, count, scriptToRendered, navigationToRendered, cls };
}
