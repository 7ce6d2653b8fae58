// How big each widget's static HTML is, in both forms, as a web editor pastes it (the note included):
// a CMS field often takes no more than 40 KB. Writes the README's figures (`node
// scripts/static-sizes.mjs`); `npm test` runs it with --check, which fails when they differ. Needs dist/.
// Why a script: size-limit measures files; these sizes are of the render command's output, and written
//  into the README.
import { main as render } from '../bin/render.mjs';
import { figures } from './lib/readme-figures.mjs';

const check = process.argv.includes('--check');
const FIELD_LIMIT = 40 * 1024;
// Each widget as the README's examples start it, largest first.
const WIDGETS = [
  ['help-panel', '`help-panel`'],
  ['law-explainer', '`law-explainer`'],
  ['consequences-timeline', '`consequences-timeline`'],
  ['helpline-card', 'a card', 'service=childline'],
];

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const problems = [];

/** The bytes of `<tag>`'s static HTML, in one form. */
async function size(tag, attributes, plain) {
  let out = '';
  const code = await render(['render', tag, ...attributes, ...(plain ? ['--plain'] : [])], (text) => (out += `${text}\n`), (text) => problems.push(text));
  if (code !== 0) problems.push(`could not render <${tag}>`);
  return Buffer.byteLength(out);
}

/** "`help-panel`, the largest, is 28.4 KB; `law-explainer` 21.2 KB, …" for one form. */
async function sentence(plain) {
  const sizes = [];
  for (const [tag, name, ...attributes] of WIDGETS) sizes.push([tag, name, await size(tag, attributes, plain)]);
  const largest = sizes.reduce((a, b) => (b[2] > a[2] ? b : a));
  for (const [tag, , bytes] of sizes) if (bytes > FIELD_LIMIT) problems.push(`<${tag}>'s ${plain ? 'plain' : 'static'} HTML is ${kb(bytes)}, over the 40 KB the README promises`);
  const rest = sizes.filter((entry) => entry !== largest).map(([, name, bytes]) => `${name} ${kb(bytes)}`);
  return `${largest[1]}, the largest, is ${kb(largest[2])}; ${rest.join(', ')}`;
}

const command = 'node scripts/static-sizes.mjs';
for (const [name, plain] of [['static-sizes', false], ['plain-sizes', true]]) {
  const text = await sentence(plain);
  const result = figures(name, text, { check, command });
  if (!result.ok) problems.push(result.message);
  else if (result.written) console.log(`README.md: ${name} figures written.`);
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('static HTML, both forms: every widget under 40 KB, as the README says');
