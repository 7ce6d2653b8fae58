// `npm run bench` (builds first): how fast the widgets render and how much the page moves, in headless
// Chromium, as medians over repeated runs. Prints markdown tables, with the machine it ran on, and
// writes them into the README's "Performance and size" section (its `figures:bench` block), so the
// README states what was last measured. Not part of `npm test`: timings depend on the machine.
//
//  1. Render N = 10, 100, 1000 <helpline-card>s, against the same content as plain static HTML (the
//     card's own rendered shadow DOM, serialised, with its CSS once in the page) and inside Shoelace's
//     <sl-card> (the same nodes in its header, body and footer slots), and as the least a closed shadow
//     root costs (a bare custom element cloning the same nodes into one; see render.mjs). The ratios are
//     the figures to watch, each taken within one run. Timed from inserting the markup to layout done.
//  2. Memory per instance: DOM + JavaScript memory growth (Chromium's measureUserAgentSpecificMemory),
//     per card, per Shoelace card, per bare root and per static copy.
//  3. The demo page: from the CDN bundle starting to run to every widget on the page rendered.
//  4. The demo page's cumulative layout shift (CLS), at phone and desktop widths.
import puppeteer from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { execFileSync } from 'node:child_process';
import { requireChrome, CHROME_ARGS } from '../scripts/find-chrome.mjs';
import { serve } from '../scripts/serve.mjs';
import { renderBench, memoryBench, SIDES } from './render.mjs';
import { demoBench } from './demo.mjs';
import { figures } from '../scripts/lib/readme-figures.mjs';

const RUNS = Number(process.env.BENCH_RUNS) || 15;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (n) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;

function machine(executablePath) {
  const cpuInfo = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m)?.[1] ?? cpus()[0]?.model;
  let chromium = 'unknown';
  try {
    chromium = execFileSync(executablePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    /* the version line is a nicety */
  }
  return { cpu: cpuInfo, cores: availableParallelism(), chromium, node: process.version, load: loadavg()[0].toFixed(1) };
}

const executablePath = requireChrome();
const { server, url } = await serve(8300);
const origin = new URL(url).origin;
const browser = await puppeteer.launch({
  executablePath,
  args: [...CHROME_ARGS, '--js-flags=--expose-gc', '--enable-blink-features=ForceEagerMeasureMemory'],
});

// Every table line is printed and kept for the README.
const lines = [];
const table = (line) => {
  console.log(line);
  lines.push(line);
};

try {
  const info = machine(executablePath);
  console.log(`\nMachine: ${info.cpu}, ${info.cores} cores; ${info.chromium}; Node ${info.node}; load average ${info.load} at start. Medians of ${RUNS} runs.\n`);

  const render = await renderBench(browser, origin, RUNS);
  const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
  table('| Render | static HTML | bare closed root | Shoelace `<sl-card>` | `<helpline-card>` | card ÷ `<sl-card>` | card ÷ static | bare root ÷ static |');
  table('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const { n, times } of render) {
    const [s, f, sl, c] = SIDES.map((side) => median(times[side]));
    table(`| N = ${n} | ${ms(s)} | ${ms(f)} | ${ms(sl)} | ${ms(c)} | ${ratio(c, sl)} | ${ratio(c, s)} | ${ratio(f, s)} |`);
  }

  const memory = await memoryBench(browser, origin, Math.max(3, Math.round(RUNS / 3)));
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const [mStatic, mFloor, mShoelace, mCard] = SIDES.map((side) => median(memory.bytes[side]));
  table(`| Memory per instance, DOM + JS (N = ${memory.n}) | ${kb(mStatic)} | ${kb(mFloor)} | ${kb(mShoelace)} | ${kb(mCard)} | ${ratio(mCard, Math.max(1, mShoelace))} | ${ratio(mCard, Math.max(1, mStatic))} | ${ratio(mFloor, Math.max(1, mStatic))} |`);

  const demo = await demoBench(browser, origin, RUNS);
  table('');
  table('| Demo page | median |');
  table('| --- | ---: |');
  table(`| Elements rendered on the page | ${demo.found.join(', ')} (${demo.count} instances) |`);
  if (demo.missing.length) table(`| On the page but never rendered | ${demo.missing.join(', ')} |`);
  table(`| Script start → every widget rendered | ${ms(median(demo.scriptToRendered))} |`);
  table(`| Navigation start → every widget rendered | ${ms(median(demo.navigationToRendered))} |`);
  if (demo.fellBack) table('| (script start not seen: timed from the bundle download instead) | |');
  for (const [width, values] of Object.entries(demo.cls)) {
    table(`| CLS at ${width} px | ${median(values).toFixed(3)} |`);
  }
  const day = new Date().toISOString().slice(0, 10);
  lines.push('', `Measured on ${day} on ${info.cpu} (${info.cores} cores), ${info.chromium}, Node ${info.node}, with a load average of ${info.load} at the start; medians of ${RUNS} runs.`);
  const result = figures('bench', lines.join('\n').replace(/^\n+/, ''), { command: 'npm run bench' });
  console.log(result.ok ? '\nREADME.md: bench figures written.' : `\n${result.message}`);
} finally {
  await browser.close();
  server.close();
}
