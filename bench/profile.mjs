// `node bench/profile.mjs [N]` (after `npm run build`): where the render time goes. Records a Chromium
// performance trace of N (default 1000) of each side of the render bench (static HTML, the bare closed
// root, Shoelace's <sl-card>, <helpline-card>), each filled from empty to layout done, and prints the main thread's
// self time by kind: script, style recalc, layout, HTML parsing, garbage collection, the rest (idle
// time between the bench's own tasks included). Self time, so the style
// recalc that a container query runs inside layout counts as style, not layout. Repeat with
// PROFILE_RUNS to see medians; the numbers move with the machine's load, their proportions less so.
import puppeteer from 'puppeteer-core';
import { loadavg } from 'node:os';
import { requireChrome, CHROME_ARGS } from '../scripts/find-chrome.mjs';
import { serve } from '../scripts/serve.mjs';
import { benchPage, SIDES } from './render.mjs';

const N = Number(process.argv[2]) || 1000;
const RUNS = Number(process.env.PROFILE_RUNS) || 3;

/** Which kind of work a trace event's own time is. */
function kind(name) {
  if (name === 'UpdateLayoutTree' || name === 'RecalculateStyles' || name.startsWith('StyleEngine')) return 'style';
  if (name === 'Layout' || name.startsWith('LayoutNG') || name === 'UpdateLayerTree') return 'layout';
  if (name === 'ParseHTML' || name.startsWith('HTMLDocumentParser') || name === 'ParseFragment') return 'parse';
  if (name.includes('GC')) return 'gc';
  if (/^(FunctionCall|EvaluateScript|RunMicrotasks|v8\.|V8\.|TimerFire|FireAnimationFrame)/.test(name)) return 'script';
  return undefined;
}

/** Self time by kind (ms) of the main thread's complete events between the two marks. */
function selfTimes(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((m) => m.name === 'bench-start' && m.tid === e.tid && m.pid === e.pid));
  const on = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const start = on.find((e) => e.name === 'bench-start').ts;
  const end = on.find((e) => e.name === 'bench-end').ts;
  const spans = on
    .filter((e) => e.ph === 'X' && e.ts >= start && e.ts + (e.dur ?? 0) <= end && e.dur > 0)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const totals = { script: 0, style: 0, layout: 0, parse: 0, gc: 0, other: 0 };
  // Walk the nesting: each span's own time is its duration less its children's; a span of no known
  // kind gives its own time to the nearest enclosing span that has one.
  const stack = [];
  const own = new Map();
  for (const span of spans) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= span.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) own.set(parent, own.get(parent) - span.dur);
    own.set(span, span.dur);
    span.kindOf = kind(span.name) ?? parent?.kindOf;
    stack.push(span);
  }
  for (const [span, time] of own) totals[span.kindOf ?? 'other'] += time / 1000;
  totals.wall = (end - start) / 1000;
  return totals;
}

const { server, url } = await serve(8350);
const origin = new URL(url).origin;
const browser = await puppeteer.launch({ executablePath: requireChrome(), args: [...CHROME_ARGS, '--js-flags=--expose-gc'] });
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
try {
  const page = await benchPage(browser, origin);
  console.log(`N = ${N}, medians of ${RUNS} traced fills per side; load average ${loadavg()[0].toFixed(1)} at start.`);
  console.log('side      wall ms  script   style  layout   parse      gc   other');
  for (const side of SIDES) {
    const rows = [];
    for (let i = 0; i <= RUNS; i++) {
      await page.evaluate(async () => {
        document.getElementById('root').replaceChildren();
        globalThis.gc?.();
        await window.__frame();
      });
      await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'blink.user_timing', 'v8.execute'] });
      // The marks in tasks of their own, so that every event of the fill lies wholly between them.
      await page.evaluate(() => performance.mark('bench-start'));
      await page.evaluate(
        async (side, n, card) => {
          await window.__fill(side, n, card);
          void document.getElementById('root').offsetHeight;
        },
        side,
        N,
        '<helpline-card service="childline"></helpline-card>',
      );
      await page.evaluate(() => performance.mark('bench-end'));
      const events = JSON.parse(new TextDecoder().decode(await page.tracing.stop())).traceEvents;
      if (i > 0) rows.push(selfTimes(events));
    }
    const col = (key) => median(rows.map((r) => r[key])).toFixed(1).padStart(7);
    console.log(`${side.padEnd(9)}${col('wall')} ${col('script')} ${col('style')} ${col('layout')} ${col('parse')} ${col('gc')} ${col('other')}`);
  }
  await page.close();
} finally {
  await browser.close();
  server.close();
}
