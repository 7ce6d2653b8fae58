// Prints raw, gzip and brotli sizes of what ships to a child's phone, and fails over budget.
// Budgets live in package.json "sizeBudgets" as gzip bytes per file in cdn/. They guard against
// growth nobody meant; they never outrank clarity (README, "Performance and size").
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const budgets = pkg.sizeBudgets ?? {};
// Every file in cdn/ (each element alone with Lit, and the whole bundle), budgeted or not.
const files = ['cdn/ypsi-widgets.js', 'cdn/ypsi-widgets.classic.js', ...Object.keys(budgets), ...cdnFiles()]
  .filter((file, i, all) => all.indexOf(file) === i);

function cdnFiles() {
  return existsSync('cdn') ? readdirSync('cdn').filter((name) => name.endsWith('.js')).sort().map((name) => `cdn/${name}`) : [];
}

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
let over = false;
console.log('file'.padEnd(34), 'raw'.padStart(10), 'gzip'.padStart(10), 'brotli'.padStart(10), 'budget (gzip)'.padStart(14));
for (const file of files) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run npm run build first.`);
    process.exit(1);
  }
  const code = readFileSync(file);
  const gzip = gzipSync(code, { level: 9 }).length;
  const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const budget = budgets[file];
  const verdict = budget === undefined ? '' : gzip <= budget ? `${kb(budget)} ok` : `${kb(budget)} OVER`;
  if (budget !== undefined && gzip > budget) over = true;
  console.log(file.padEnd(34), kb(code.length).padStart(10), kb(gzip).padStart(10), kb(brotli).padStart(10), verdict.padStart(14));
}
// `npm run size -- --modules [src/entry.ts]`: also show which modules the bytes come from.
const modulesAt = process.argv.indexOf('--modules');
if (modulesAt !== -1) {
  const { printModuleSizes } = await import('./size-modules.mjs');
  await printModuleSizes(process.argv[modulesAt + 1]);
}
if (over) {
  console.error('Over the size budget: every byte ships to a child\'s phone.');
  process.exit(1);
}
