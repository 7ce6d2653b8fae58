// `npm run size -- --modules [entry]`: where the bytes of a CDN bundle go, module by module, so the
// budget can be kept by trimming what is heavy rather than guessing. Each module's rendered code is
// minified and gzipped on its own, which over-counts a little (gzip shares repeats across a bundle),
// so read the figures as shares, not exact bytes.
// Why a script: a bundle visualiser shows bytes before minifying; this shows each module's share after
//  the CDN build's own plugins, as text.
import { rollup } from 'rollup';
import { minify } from 'terser';
import { gzipSync } from 'node:zlib';
import configs from '../rollup.config.mjs';

export async function moduleSizes(entry = 'src/ypsi-widgets.ts') {
  const base = configs.find((config) => config.input === 'src/ypsi-widgets.ts');
  // The CDN build's own plugins, less the final minifier: we minify module by module below.
  const plugins = base.plugins.filter((plugin) => plugin.name !== 'terser');
  const bundle = await rollup({ input: entry, plugins, onwarn() {} });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const rows = [];
  for (const [id, module] of Object.entries(output[0].modules)) {
    if (!module.code) continue;
    // Whitespace and comments only: a module alone has no exports, so compressing would drop it all.
    const { code = '' } = await minify(module.code, { ecma: 2022, compress: false, mangle: false });
    rows.push({ file: id.replace(`${process.cwd()}/`, ''), min: code.length, gzip: gzipSync(code, { level: 9 }).length });
  }
  return rows.sort((a, b) => b.gzip - a.gzip);
}

const group = (file) =>
  file.startsWith('node_modules/') ? 'Lit' : file.startsWith('src/content/') ? 'content' : file.split('/')[1];

export async function printModuleSizes(entry) {
  const rows = await moduleSizes(entry);
  const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
  const total = rows.reduce((sum, row) => sum + row.gzip, 0);
  console.log(`\nWhere the bytes go in ${entry ?? 'src/ypsi-widgets.ts'} (each module gzipped alone):`);
  for (const row of rows) {
    console.log(row.file.padEnd(52), kb(row.min).padStart(10), kb(row.gzip).padStart(10), `${((100 * row.gzip) / total).toFixed(0)}%`.padStart(5));
  }
  const groups = {};
  for (const row of rows) groups[group(row.file)] = (groups[group(row.file)] ?? 0) + row.gzip;
  console.log('\nBy group:', Object.entries(groups).sort((a, b) => b[1] - a[1]).map(([name, bytes]) => `${name} ${((100 * bytes) / total).toFixed(0)}%`).join(', '));
}
