// `npm run release`: the download a school hosts itself, release/ypsi-widgets-<version>.zip. It holds
// the built cdn/ files, a ready example page, the sources page, the licence and INTEGRITY.txt (the
// sha384 of every file), all in one folder to upload as it is. The same integrity values are written
// into the README's snippets. The archive is reproducible: sorted entries, and every file dated with
// the last commit (or SOURCE_DATE_EPOCH), so the same commit always gives the same bytes.
// Why a script: no release tool writes a reproducible zip for self-hosting with the integrity values
//  put into the README.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { changelogProblem } from './lib/changelog.mjs';
import { examplePage } from './lib/example-page.mjs';
import { buildWordPressPlugin } from './wordpress-plugin.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const folder = `ypsi-widgets-${pkg.version}`;
const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

// Refused before anything is built: a release is only what its CHANGELOG section says it is.
const unwritten = changelogProblem(readFileSync('CHANGELOG.md', 'utf8'), pkg.version);
if (unwritten) {
  console.error(`npm run release: not built. ${unwritten}`);
  process.exit(1);
}

if (!process.argv.includes('--no-build')) run('npm', ['run', 'build', '--silent']);
if (existsSync('scripts/sources-page.mjs')) run(process.execPath, ['scripts/sources-page.mjs']);

/** `sha384-…`, as a browser checks it in an `integrity` attribute. */
export const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

const files = new Map();
for (const name of readdirSync('cdn').sort()) {
  if (/\.(js|css)$/.test(name)) files.set(name, readFileSync(`cdn/${name}`));
}
const sri = (name) => integrity(files.get(name));

/** The lines a web editor pastes, for files served from `base` (a folder URL ending in /). */
export function snippet(base) {
  return [
    `<link rel="stylesheet" href="${base}ypsi-widgets.css" integrity="${sri('ypsi-widgets.css')}" crossorigin="anonymous">`,
    `<script type="module" src="${base}ypsi-widgets.js" integrity="${sri('ypsi-widgets.js')}" crossorigin="anonymous"></script>`,
  ].join('\n');
}

// The built content the example page's fallback line quotes (the widgets' own last resort).
const built = (path) => import(new URL(`../dist/${path}`, import.meta.url).href);
const [{ FALLBACK }, { CHILDLINE }, { telHref }] = await Promise.all([built('content/strings.js'), built('content/services.js'), built('core/safe-link.js')]);
const example = examplePage({ version: pkg.version, snippet: snippet('./'), content: { FALLBACK, CHILDLINE, telHref }, sources: existsSync('sources.html') });
files.set('example.html', Buffer.from(example));
if (existsSync('sources.html')) files.set('sources.html', readFileSync('sources.html'));
files.set('LICENSE.txt', readFileSync('LICENSE'));
files.set('CHANGELOG.md', readFileSync('CHANGELOG.md'));

const listed = [...files.keys()].sort();
const integrityText = `ypsi-widgets ${pkg.version}: the sha384 integrity of every file in this folder,
for the integrity="…" attribute of a <script> or <link> (add crossorigin="anonymous" with it).

${listed.map((name) => `${sri(name)}  ${name}`).join('\n')}
`;
files.set('INTEGRITY.txt', Buffer.from(integrityText));

const epoch = Number(process.env.SOURCE_DATE_EPOCH) || Number(execFileSync('git', ['log', '-1', '--format=%ct']).toString().trim());
const mtime = new Date(Math.max(epoch, 315532800 + 86400) * 1000);
const entries = {};
for (const name of [...files.keys()].sort()) entries[`${folder}/${name}`] = [new Uint8Array(files.get(name)), { mtime, level: 9 }];
mkdirSync('release', { recursive: true });
const zipPath = `release/${folder}.zip`;
writeFileSync(zipPath, zipSync(entries));

// The README's snippets carry the same integrity, for the CDN copy of this exact version.
const README = 'README.md';
const start = '<!-- release:snippet -->';
const end = '<!-- /release:snippet -->';
const readme = readFileSync(README, 'utf8');
const from = readme.indexOf(start);
const to = readme.indexOf(end);
if (from !== -1 && to > from) {
  const block = `${start}\n\`\`\`html\n${snippet(`https://cdn.jsdelivr.net/npm/ypsi-widgets@${pkg.version}/cdn/`)}\n<helpline-card service="childline"></helpline-card>\n\`\`\`\n`;
  writeFileSync(README, readme.slice(0, from) + block + readme.slice(to));
}

console.log(`${zipPath}: ${files.size} files, ${(readFileSync(zipPath).length / 1024).toFixed(1)} KB`);

// The WordPress plugin: the same cdn/ files inside, with its blocks (scripts/wordpress-plugin.mjs).
const pluginZip = await buildWordPressPlugin({ version: pkg.version, mtime });
console.log(`${pluginZip}: ${(readFileSync(pluginZip).length / 1024).toFixed(1)} KB`);
