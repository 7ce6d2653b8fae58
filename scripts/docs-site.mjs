// `npm run docs`: the docs site in site/, plain files for any static host (no Node behind it):
//   site/index.html           the demo school page
//   site/builder/index.html   the embed builder, which makes static HTML in the browser (build/)
//   site/storybook/           the Storybook build
// Every path inside is relative, so the site also works from a sub-folder (such as a project page).
// Why a script: the site is three existing builds copied side by side; a site generator would add a
//  build for no new page.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const SITE = 'site';
const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

if (!process.argv.includes('--no-build')) run('npm', ['run', 'build-storybook', '--silent']);
rmSync(SITE, { recursive: true, force: true });
mkdirSync(`${SITE}/builder`, { recursive: true });
cpSync('cdn', `${SITE}/cdn`, { recursive: true });
cpSync('storybook-static', `${SITE}/storybook`, { recursive: true });
cpSync('custom-elements.json', `${SITE}/custom-elements.json`);
cpSync('demo/school.css', `${SITE}/school.css`);
if (existsSync('sources.html')) cpSync('sources.html', `${SITE}/sources.html`);

const demo = readFileSync('demo/index.html', 'utf8').replaceAll('"/cdn/', '"cdn/').replace('href="builder.html"', 'href="builder/"');
writeFileSync(`${SITE}/index.html`, demo);
for (const file of ['builder.js', 'builder-options.js', 'builder.css', 'build/render-worker.js']) {
  if (!existsSync(`demo/${file}`)) throw new Error(`demo/${file} is missing: run \`npm run build\` first.`);
  cpSync(`demo/${file}`, `${SITE}/builder/${file}`);
}
const builder = readFileSync('demo/builder.html', 'utf8').replace('href="school.css"', 'href="../school.css"').replace('href="./"', 'href="../"');
writeFileSync(`${SITE}/builder/index.html`, builder);

console.log(`${SITE}/: demo page, embed builder, Storybook`);
