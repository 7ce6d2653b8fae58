// `node scripts/size-entry.mjs [src/entry.ts …] [--out file.js]`: builds entries in memory exactly as
// the CDN build does (same plugins, minified) and prints their gzip size, without touching cdn/, so
// several people can measure their own change in one checkout at once. With --out, the first entry's
// bundle is also written there (e.g. for scripts/content-snapshot.mjs --bundle).
// Why a script: size-limit measures files on disk; this measures an entry built in memory with the CDN
//  build's own plugins.
import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import configs from '../rollup.config.mjs';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt === -1 ? undefined : args.splice(outAt, 2)[1];
const entries = args.length ? args : ['src/ypsi-widgets.ts', 'src/helpline-card/define.ts'];
const base = configs.find((config) => config.input === 'src/ypsi-widgets.ts');
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;

for (const [i, entry] of entries.entries()) {
  const bundle = await rollup({ input: entry, plugins: base.plugins, onwarn() {} });
  const { output } = await bundle.generate({ format: 'es', plugins: base.output[0].plugins });
  await bundle.close();
  const code = output[0].code;
  if (out && i === 0) writeFileSync(out, code);
  console.log(entry.padEnd(40), `${kb(code.length)} raw`.padStart(14), `${kb(gzipSync(code, { level: 9 }).length)} gzip`.padStart(14));
}
