/**
 * No layout shift when the script upgrades the tags (issue #6). The demo school page links the shipped
 * reserve-space styles (cdn/ypsi-widgets.css, from src/styles/reserve-space.css) before the script; the
 * test server holds the bundle back (`delay-bundle`) so the page is painted with undefined tags first,
 * then measures Cumulative Layout Shift with PerformanceObserver('layout-shift') inside the page.
 * A control run with the reserve-space styles switched off proves the measurement would notice.
 */
import { expect } from '@open-wc/testing';
import { TAGS } from '../support/examples/index.js';
import { closePages, openPage } from './frame.js';

afterEach(closePages);

/** Google's "good" CLS is 0.1; ours must be ten times better. */
const MAX_CLS = 0.01;
const DELAY = 600;
let runs = Date.now();

interface Shift {
  score: number;
  paintedBeforeUpgrade: boolean;
  upgraded: number;
}

/** Load the demo at a size, wait for every widget, and add up its layout shifts. */
async function demoShift(width: number, height: number, reserve = true): Promise<Shift> {
  const query = `delay-bundle=${DELAY}${reserve ? '' : '&reserve=off'}&run=${(runs += 1)}`;
  const page = await openPage(`/demo/?${query}`, { width, height });
  const widgets = TAGS.flatMap((tag) => [...page.doc.querySelectorAll(tag)]);
  await Promise.all(TAGS.map((tag) => (page.doc.querySelector(tag) ? page.win.customElements.whenDefined(tag) : null)));
  await Promise.all(widgets.map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete));
  await new Promise((resolve) => setTimeout(resolve, 300));
  const entries = await new Promise<PerformanceEntry[]>((resolve) => {
    const observer = new page.win.PerformanceObserver((list) => {
      observer.disconnect();
      resolve(list.getEntries());
    });
    observer.observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => resolve([]), 500);
  });
  const score = entries
    .map((entry) => entry as PerformanceEntry & { value: number; hadRecentInput: boolean })
    .filter((entry) => !entry.hadRecentInput)
    .reduce((sum, entry) => sum + entry.value, 0);
  const paint = page.win.performance.getEntriesByName('first-contentful-paint')[0];
  const bundle = page.win.performance
    .getEntriesByType('resource')
    .find((entry) => new URL(entry.name).pathname === '/cdn/ypsi-widgets.js') as PerformanceResourceTiming | undefined;
  return {
    score,
    paintedBeforeUpgrade: !!paint && !!bundle && paint.startTime < bundle.responseEnd,
    upgraded: widgets.filter((el) => el.shadowRoot).length,
  };
}

describe('Embedding: no layout shift when the widgets appear on the demo school page', () => {
  // A phone, a laptop, and a window tall enough to see every widget at once (every reserve counts).
  for (const [width, height] of [
    [360, 740],
    [1280, 800],
    [1280, 2400],
  ] as const) {
    it(`at ${width}×${height} the page keeps still (CLS < ${MAX_CLS}) while the script upgrades the tags`, async function () {
      this.timeout(20_000);
      const shift = await demoShift(width, height);
      expect(shift.paintedBeforeUpgrade, 'the page was painted before the bundle arrived').to.be.true;
      expect(shift.upgraded, 'every widget upgraded').to.be.greaterThan(0);
      expect(shift.score, `CLS ${shift.score.toFixed(4)}`).to.be.below(MAX_CLS);
    });
  }

  it('without the reserve-space styles the same measurement sees the page jump (the control)', async function () {
    this.timeout(20_000);
    const shift = await demoShift(1280, 800, false);
    expect(shift.paintedBeforeUpgrade).to.be.true;
    expect(shift.score).to.be.above(0.1);
  });
});
