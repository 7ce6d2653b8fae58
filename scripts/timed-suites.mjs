// `npm test`'s browser suites: every test file in Chromium, then the engine suite (Firefox, WebKit,
// Chromium 106). Each runs as it would on its own, output and all; this also times it and counts its
// tests, and writes those figures into the README when they are no longer true: a count that changed,
// or a time more than half again off what the README says (times vary with the machine's load, so a
// small difference is left alone rather than rewritten on every run).
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { figures } from './lib/readme-figures.mjs';

const SUITES = [
  { name: 'chromium', args: [] },
  { name: 'engines', args: ['--config', 'web-test-runner.engines.config.mjs'] },
];

/** Run wtr with `args`, passing its output through; resolves with its exit code, seconds and test count. */
function run(args) {
  const started = Date.now();
  const child = spawn('node_modules/.bin/wtr', args, { stdio: ['inherit', 'pipe', 'inherit'] });
  let tail = '';
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    tail = (tail + chunk).slice(-4000);
  });
  return new Promise((resolve) => {
    child.on('close', (code) => {
      // wtr's summary, one line per browser: "Chrome: |███| 28/28 test files | 1345 passed, 0 failed".
      // Progress lines come first, so each browser's last line counts.
      const plain = tail.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
      const byBrowser = new Map([...plain.matchAll(/([A-Za-z][\w ]*?):\s+\|[^\n]*?\| (\d+) passed, \d+ failed/g)].map((match) => [match[1], Number(match[2])]));
      const tests = byBrowser.size ? [...byBrowser.values()].reduce((a, b) => a + b, 0) : undefined;
      resolve({ code: code ?? 1, seconds: (Date.now() - started) / 1000, tests });
    });
  });
}

const minutes = (seconds) => Math.max(1, Math.round(seconds / 60));
const about = (seconds) => `about ${minutes(seconds)} minute${minutes(seconds) === 1 ? '' : 's'}`;
/** The minutes a README block states, if it states any. */
function stated(name) {
  const match = readFileSync('README.md', 'utf8').match(new RegExp(`<!-- figures:${name} -->about (\\d+) minute`));
  return match ? Number(match[1]) : undefined;
}
const farOff = (name, seconds) => {
  const was = stated(name);
  return was === undefined || Math.abs(seconds / 60 - was) > was / 2;
};

const results = {};
for (const suite of SUITES) {
  const result = await run(suite.args);
  if (result.code !== 0) process.exit(result.code);
  results[suite.name] = result;
}

const cores = availableParallelism();
const { chromium, engines } = results;
const written = [];
const write = (name, text) => figures(name, text, { command: 'npm test' }).written && written.push(name);
const count = (n) => n.toLocaleString('en-GB');
if (chromium.tests) write('chromium-count', `${count(chromium.tests)} tests`);
if (farOff('chromium-time', chromium.seconds)) write('chromium-time', `${about(chromium.seconds)} on ${cores} cores`);
if (farOff('engines-time', engines.seconds)) write('engines-time', about(engines.seconds));
console.log(`Chromium: ${count(chromium.tests ?? 0)} tests in ${Math.round(chromium.seconds)} s; engines: ${count(engines.tests ?? 0)} test runs (every engine) in ${Math.round(engines.seconds)} s.`);
if (written.length) console.log(`README.md: ${written.join(', ')} written; commit it.`);
