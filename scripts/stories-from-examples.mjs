// Writes one Storybook story per catalogue state (src/<element>/<element>.examples.ts) into
// stories/<element>.stories.ts, between its "states" markers; `--check` fails instead if the stories
// no longer match the catalogues (scripts/check-stories.mjs runs it). Storybook needs each story as a
// named export it can read without running the file, so stories cannot be made in a loop at run
// time; this writes those exports, and the rest of each story file stays hand-written.
import { readFile, writeFile } from 'node:fs/promises';
import { runnerImport } from 'vite';

export const TAGS = ['helpline-card', 'help-panel', 'law-explainer', 'consequences-timeline'];

/** The catalogue of `tag`, loaded through Vite as the stories and the test server load it. */
export async function catalogueOf(tag) {
  const { module } = await runnerImport(`/src/${tag}/${tag}.examples.ts`, { root: process.cwd(), configFile: false, logLevel: 'error' });
  const [examples] = Object.values(module);
  return examples;
}

/** A story's export name from a state's name: "young-person: nothing chosen" is YoungPersonNothingChosen. */
export const exportName = (name) =>
  name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('')
    .replace(/^(\d)/, 'State$1');

const START = '// <states: written by scripts/stories-from-examples.mjs from the catalogue, one story per state>';
const END = '// </states>';

/** The story file of `tag` with its states block as the catalogue says, or an error. */
async function rewritten(tag) {
  const file = `stories/${tag}.stories.ts`;
  const source = await readFile(file, 'utf8');
  const [before, rest] = source.split(START);
  if (rest === undefined || !rest.includes(END)) throw new Error(`${file} has no "${START}" … "${END}" block.`);
  const after = rest.slice(rest.indexOf(END) + END.length);
  const examples = await catalogueOf(tag);
  const names = examples.map((example) => exportName(example.name));
  const clash = names.find((name, i) => names.indexOf(name) !== i);
  if (clash) throw new Error(`Two states of <${tag}> make the story name ${clash}: give one another name.`);
  const quoted = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  // The name is written out too: Storybook's sidebar reads it from the file, not from the call.
  const lines = examples.map((example, i) => `export const ${names[i]}: Story = { ...stateStory(${quoted(example.name)}), name: ${quoted(example.name)} };`);
  return { file, source, next: `${before}${START}\n${lines.join('\n')}\n${END}${after}`, count: examples.length };
}

/** Write (or with `check`, compare) every element's states block; returns the files out of date. */
export async function storiesFromExamples({ check = false } = {}) {
  const stale = [];
  for (const tag of TAGS) {
    const { file, source, next } = await rewritten(tag);
    if (next === source) continue;
    stale.push(file);
    if (!check) await writeFile(file, next);
  }
  return stale;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  const stale = await storiesFromExamples({ check });
  if (check && stale.length) {
    console.error(`${stale.join(', ')}: not the catalogue's states. Run node scripts/stories-from-examples.mjs and commit.`);
    process.exit(1);
  }
  console.log(stale.length ? `${stale.join(', ')} written.` : 'Every story file has one story per catalogue state.');
}
