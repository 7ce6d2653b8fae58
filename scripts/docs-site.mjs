// `npm run docs`: the docs site in site/, plain files for any static host (no Node behind it):
//   site/index.html           the demo school page
//   site/builder/index.html   the embed builder, with its static HTML pre-rendered beside it
//   site/storybook/           the Storybook build
// Every path inside is relative, so the site also works from a sub-folder (such as a project page).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pairsKey, widgetsFrom } from '../demo/builder-options.js';
import { main as render } from '../bin/render.mjs';

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
for (const file of ['builder.js', 'builder-options.js', 'builder.css']) cpSync(`demo/${file}`, `${SITE}/builder/${file}`);
const builder = readFileSync('demo/builder.html', 'utf8').replace('href="school.css"', 'href="../school.css"').replace('href="./"', 'href="../"');
writeFileSync(`${SITE}/builder/index.html`, builder);

// What the builder's "static HTML" option can offer with no render server: each widget as it starts
// in the builder, and with each single choice of its options.
const widgets = widgetsFrom(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
const made = [];
for (const widget of widgets) {
  const sets = [[]];
  for (const attribute of widget.attributes) {
    if (attribute.boolean) sets.push([[attribute.name, '']]);
    for (const value of attribute.choices) sets.push([[attribute.name, value]]);
  }
  // helpline-card starts on its first service, and each choice is offered with it.
  const first = widget.attributes[0];
  const startsOn = first?.choices.length && !/\(default\)|default /i.test(first.description) ? [first.name, first.choices[0]] : undefined;
  mkdirSync(`${SITE}/builder/static/${widget.tag}`, { recursive: true });
  for (const set of sets) {
    const pairs = startsOn && !set.some(([name]) => name === startsOn[0]) ? [startsOn, ...set] : set;
    let html = '';
    const code = await render(['render', widget.tag, ...pairs.map(([n, v]) => (v === '' ? n : `${n}=${v}`))], (text) => (html += text), () => {});
    if (code !== 0) throw new Error(`could not pre-render <${widget.tag}> ${JSON.stringify(pairs)}`);
    const file = `${widget.tag}/${pairsKey(pairs)}.html`;
    writeFileSync(`${SITE}/builder/static/${file}`, html);
    made.push(file);
  }
}
writeFileSync(`${SITE}/builder/static/index.json`, JSON.stringify([...new Set(made)].sort()));
console.log(`${SITE}/: demo page, embed builder (${new Set(made).size} static HTML files ready), Storybook`);
