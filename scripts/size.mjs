// Prints raw, gzip and brotli sizes of what ships to a child's phone and writes them into the README.
// The budgets themselves are size-limit's (package.json "size-limit": gzip bytes per file in cdn/),
// which `npm test` and `npm run size` run; size-limit cannot write a README table, state brotli beside
// gzip, or say how far the bundle and the card are over their limits, so that part stays here.
// Budgets guard against growth nobody meant; they never outrank clarity (README, "Performance and size").
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { figures } from './lib/readme-figures.mjs';

// `npm run size` writes the README's size table from what it measures; `npm test` runs it with
// --check, which fails when the README's figures are not the measured ones.
const check = process.argv.includes('--check');
// What each file in the README's table is, in its order.
const DESCRIBED = {
  'cdn/ypsi-widgets.js': '`cdn/ypsi-widgets.js`: all four elements, all English content, Lit',
  'cdn/helpline-card.js': '`cdn/helpline-card.js`: the card alone, with Lit',
  'cdn/help-panel.js': '`cdn/help-panel.js` (the panel and its cards)',
  'cdn/law-explainer.js': '`cdn/law-explainer.js`',
  'cdn/consequences-timeline.js': '`cdn/consequences-timeline.js`',
};
// The limits the README measures the bundle and the card against (README, "Performance and size").
const BUNDLE_LIMIT = 28 * 1024;
const CARD_LIMIT = 14 * 1024;
const measured = new Map();

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
// size-limit's limits, written "34820 B" so they read as the exact gzip bytes.
const budgets = Object.fromEntries((pkg['size-limit'] ?? []).map(({ path, limit }) => [path, Number.parseInt(limit, 10)]));
// Every file in cdn/ (each element alone with Lit, and the whole bundle), budgeted or not.
const files = ['cdn/ypsi-widgets.js', 'cdn/ypsi-widgets.classic.js', ...Object.keys(budgets), ...cdnFiles()]
  .filter((file, i, all) => all.indexOf(file) === i);

function cdnFiles() {
  return existsSync('cdn') ? readdirSync('cdn').filter((name) => name.endsWith('.js')).sort().map((name) => `cdn/${name}`) : [];
}

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
console.log('file'.padEnd(34), 'raw'.padStart(10), 'gzip'.padStart(10), 'brotli'.padStart(10), 'budget (gzip)'.padStart(14));
for (const file of files) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run npm run build first.`);
    process.exit(1);
  }
  const code = readFileSync(file);
  const gzip = gzipSync(code, { level: 9 }).length;
  const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  measured.set(file, { gzip, brotli });
  const budget = budgets[file];
  const verdict = budget === undefined ? '' : gzip <= budget ? `${kb(budget)} ok` : `${kb(budget)} OVER`;
  console.log(file.padEnd(34), kb(code.length).padStart(10), kb(gzip).padStart(10), kb(brotli).padStart(10), verdict.padStart(14));
}
// `npm run size -- --modules [src/entry.ts]`: also show which modules the bytes come from.
const modulesAt = process.argv.indexOf('--modules');
if (modulesAt !== -1) {
  const { printModuleSizes } = await import('./size-modules.mjs');
  await printModuleSizes(process.argv[modulesAt + 1]);
}
const oneDecimal = (n) => `${(n / 1024).toFixed(1)} KB`;
const table = [
  '| File | gzip | brotli | Budget (gzip) |',
  '| --- | ---: | ---: | ---: |',
  ...Object.entries(DESCRIBED).map(([file, what]) => {
    const { gzip, brotli } = measured.get(file);
    return `| ${what} | ${oneDecimal(gzip)} | ${oneDecimal(brotli)} | ${budgets[file] ? oneDecimal(budgets[file]) : 'none'} |`;
  }),
].join('\n');
const bundle = measured.get('cdn/ypsi-widgets.js').gzip;
const card = measured.get('cdn/helpline-card.js').gzip;
const stale = [];
// The paragraph under the table says the bundle and the card are both over their limits, by how much.
if (bundle <= BUNDLE_LIMIT || card <= CARD_LIMIT) {
  stale.push('The README says the bundle is over its 28 KB limit and the card over its 14 KB one; that is no longer so: rewrite that paragraph.');
}
const command = 'npm run size';
for (const [name, text] of [
  ['size-table', table],
  ['bundle-gzip', oneDecimal(bundle)],
  ['bundle-over', oneDecimal(bundle - BUNDLE_LIMIT)],
  ['card-over', oneDecimal(card - CARD_LIMIT)],
]) {
  const result = figures(name, text, { check, command });
  if (!result.ok) stale.push(result.message);
  else if (result.written) console.log(`README.md: ${name} figures written.`);
}
if (stale.length) {
  console.error(stale.join('\n'));
  process.exit(1);
}
