// The WordPress plugin, release/ypsi-widgets-wordpress-<version>.zip, built by `npm run release` (or on
// its own: node scripts/wordpress-plugin.mjs, after `npm run build`). The zip holds one folder,
// ypsi-widgets/, as WordPress's "Upload Plugin" expects:
//   ypsi-widgets.php   the plugin (wordpress/ypsi-widgets.php, its Version set to the package's)
//   blocks.js          the blocks (wordpress/blocks.ts, compiled with the element list inside)
//   elements.json      the tags and documented attributes from custom-elements.json, and each file's integrity
//   assets/            cdn/ypsi-widgets.js, .classic.js and .css, as built
//   LICENSE.txt
// Like the self-host zip it is reproducible: sorted entries, all dated `mtime`.
// Why a script: WordPress's own scaffolding needs PHP's tools and a network; this packs the plugin
//  reproducibly from the build.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { zipSync } from 'fflate';
import { readElements } from './lib/manifest.mjs';

const FOLDER = 'ypsi-widgets';
const ASSETS = ['ypsi-widgets.js', 'ypsi-widgets.classic.js', 'ypsi-widgets.css'];
/**
 * Attributes any element may carry and WordPress lets through on its own tags: a class or id for the
 * theme's CSS and anchors, and a language and direction.
 */
const GLOBAL_ATTRIBUTES = ['class', 'id', 'lang', 'dir'];

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** What a block control needs to know of an attribute, from its manifest type. */
function blockAttribute({ name, kind, type, values, description }) {
  if (kind === 'json') return undefined; // `strings`: JSON for translators, not a sidebar field
  const blockKind = kind === 'boolean' ? 'boolean' : kind === 'union' ? (type.includes('`') ? 'list' : 'choice') : 'text';
  // The manifest's descriptions are Markdown; a sidebar shows them as plain text.
  return { name, kind: blockKind, values: values.map(String), description: description.replace(/`/g, '').replace(/\s*\n\s*/g, ' ') };
}

/** blocks.ts compiled into one classic script, with the element list as its `ypsi:elements` import. */
async function compileBlocks(elements) {
  const data = elements.map((e) => ({ tag: e.tag, summary: e.summary, attributes: e.attributes.map(blockAttribute).filter(Boolean) }));
  const elementList = {
    name: 'element-list',
    resolveId: (id) => (id === 'ypsi:elements' ? id : null),
    load: (id) => (id === 'ypsi:elements' ? `export default ${JSON.stringify(data)};` : null),
  };
  const bundle = await rollup({
    input: 'wordpress/blocks.ts',
    plugins: [
      elementList,
      typescript({ tsconfig: false, include: ['wordpress/*.ts'], compilerOptions: { target: 'es2019', module: 'esnext', moduleResolution: 'bundler', strict: true, noEmitOnError: true, lib: ['es2019', 'dom'] } }),
      terser({ format: { comments: false } }),
    ],
  });
  const { output } = await bundle.generate({ format: 'iife' });
  await bundle.close();
  return Buffer.from(output[0].code);
}

/**
 * Writes the plugin zip; returns its path. `mtime` dates every entry (the release passes the last
 * commit's date, so the same commit gives the same bytes).
 */
export async function buildWordPressPlugin({ version, mtime }) {
  const elements = readElements();
  const files = new Map();
  for (const name of ASSETS) files.set(`assets/${name}`, readFileSync(`cdn/${name}`));
  files.set('blocks.js', await compileBlocks(elements));
  const integrity = Object.fromEntries([...files].map(([name, bytes]) => [name, sri(bytes)]).sort());
  const elementsJson = {
    version,
    elements: Object.fromEntries(elements.map((e) => [e.tag, e.attributes.map((a) => a.name)])),
    globalAttributes: GLOBAL_ATTRIBUTES,
    integrity,
  };
  files.set('elements.json', Buffer.from(`${JSON.stringify(elementsJson, null, 2)}\n`));
  const php = readFileSync('wordpress/ypsi-widgets.php', 'utf8');
  if (!/^ \* Version: +\S+$/m.test(php)) throw new Error('wordpress/ypsi-widgets.php: no "Version:" line in the plugin header');
  files.set('ypsi-widgets.php', Buffer.from(php.replace(/^( \* Version: +)\S+$/m, `$1${version}`)));
  files.set('LICENSE.txt', readFileSync('LICENSE'));

  const entries = {};
  for (const name of [...files.keys()].sort()) entries[`${FOLDER}/${name}`] = [new Uint8Array(files.get(name)), { mtime, level: 9 }];
  mkdirSync('release', { recursive: true });
  const path = `release/ypsi-widgets-wordpress-${version}.zip`;
  writeFileSync(path, zipSync(entries));
  return path;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const path = await buildWordPressPlugin({ version, mtime: new Date() });
  console.log(`${path}: ${(readFileSync(path).length / 1024).toFixed(1)} KB`);
}
