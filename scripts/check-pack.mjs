// Packs the library as npm would publish it and checks the tarball: publint (package.json's fields and
// every `exports` target against the files packed) and @arethetypeswrong/cli (each entry's types
// resolve as TypeScript would find them, ES modules only). Then what neither tool does: installs it into
// a fresh project and imports every entry point there, checks that every file the README links to is
// packed, and type-checks the React, Vue and Svelte types and the editor data against the frameworks'
// own types: what a developer gets from `npm install ypsi-widgets` must work.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = process.cwd();
const work = resolve('.cache/pack-check');
rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, 'app'), { recursive: true });

const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] }).toString();
const tarball = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root))[0].filename;

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
writeFileSync(join(work, 'app/package.json'), JSON.stringify({ name: 'fresh-app', private: true, type: 'module' }));
run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, tarball)], join(work, 'app'));

const installed = join(work, 'app/node_modules/ypsi-widgets');
const problems = [];
// The standard linters, on the tarball itself; their own report is shown only when they find something.
// --strict: publint's warnings fail too. esm-only: the package has no CommonJS build, on purpose.
const lint = (name, args) => {
  try {
    run(join(root, 'node_modules/.bin', name), args, root);
  } catch (error) {
    problems.push(`${name} found problems in the packed package:\n${error.stdout?.toString() ?? error.message}`);
  }
};
lint('publint', ['run', join(work, tarball), '--strict']);
lint('attw', [join(work, tarball), '--profile', 'esm-only', '--format', 'ascii', '--no-color']);
if (!problems.length) console.log('publint and arethetypeswrong: package.json, exports and types are as published packages need.');
// Every file the README links to ships beside it: npm and the registry's page show that README, so a
// link to a picture, SECURITY.md or the CHANGELOG must not lead nowhere.
const readme = readFileSync('README.md', 'utf8');
for (const [, target] of readme.matchAll(/\]\((?!https?:|mailto:|#)([^)#\s]+)(?:#[^)]*)?\)/g)) {
  if (!existsSync(join(installed, target))) problems.push(`README links to ${target}, which is not in the package (package.json "files")`);
}
// Importing in Node must not throw (there is no customElements there: registration is skipped).
const imports = Object.keys(pkg.exports)
  .filter((entry) => entry.endsWith('.js') || entry === '.')
  .filter((entry) => !entry.includes('*'))
  .map((entry) => (entry === '.' ? 'ypsi-widgets' : `ypsi-widgets/${entry.slice(2)}`));
writeFileSync(
  join(work, 'app/check.mjs'),
  `${imports.map((name, i) => `import * as m${i} from '${name}';`).join('\n')}
const main = m0;
if (typeof main.HelplineCard !== 'function') throw new Error('HelplineCard is not exported');
if (!main.SERVICES?.childline) throw new Error('SERVICES is not exported');
if (main.VERSION !== '${pkg.version}') throw new Error('src/version.ts says ' + main.VERSION + ' but package.json says ${pkg.version}');
console.log('imported ${imports.length} entry points: ${imports.join(', ')}');
`,
);
try {
  console.log(run('node', ['check.mjs'], join(work, 'app')).trim());
} catch (error) {
  problems.push(`importing the installed package failed: ${error.message}`);
}
// React users get JSX types from `ypsi-widgets/react`: a TSX file that uses every tag must type-check
// against @types/react 19, and a misspelt or wrongly typed prop must fail.
mkdirSync(join(work, 'app/node_modules/@types'), { recursive: true });
symlinkSync(join(root, 'node_modules/@types/react'), join(work, 'app/node_modules/@types/react'), 'dir');
writeFileSync(
  join(work, 'app/widgets.tsx'),
  `import type {} from 'ypsi-widgets/react';
export const page = (
  <>
    <helpline-card service="childline" heading-level={2} compact />
    <helpline-card name="School nurse" phone="020 7946 0000" headingLevel="3" strings={{ call: 'Ring {number}' }} />
    <help-panel audience="parent" situation="sextortion" no-quick-exit exit-url="https://example.org/" id="help" className="x" />
    <law-explainer jurisdiction="scotland" level="teen" sections="who,police" open="police" />
    <consequences-timeline scenario="sextortion" stage={2} showAll jurisdiction="england-wales" />
    <consequences-timeline stage="weeks" heading-level="4" />
    {/* @ts-expect-error: not a prop of helpline-card */}
    <helpline-card servce="childline" />
    {/* @ts-expect-error: compact is a boolean */}
    <helpline-card compact={{}} />
    {/* @ts-expect-error: not a level */}
    <law-explainer level="kids" />
    {/* @ts-expect-error: not an audience */}
    <help-panel audience="teacher" />
    {/* @ts-expect-error: not a built-in service */}
    <helpline-card service="chldline" />
    {/* @ts-expect-error: headings run from 2 to 6 */}
    <consequences-timeline heading-level={1} />
  </>
);
`,
);
writeFileSync(
  join(work, 'app/tsconfig.json'),
  JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, jsx: 'react-jsx', module: 'esnext', moduleResolution: 'bundler', target: 'es2022', lib: ['es2022', 'dom'], skipLibCheck: false, types: [] },
    files: ['widgets.tsx'],
  }),
);
try {
  run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], join(work, 'app'));
  console.log('ypsi-widgets/react: every tag type-checks in a React 19 TSX file, and a wrong prop is an error.');
} catch (error) {
  problems.push(`the React JSX types do not check: ${error.stdout?.toString() || error.message}`);
}

// Vue 3 (GlobalComponents) and Svelte 5 (SvelteHTMLElements) types, checked against each framework's
// own types the same way: valid props pass, a misspelt or wrongly typed one must fail. A Vue template
// is checked by vue-tsc through these same GlobalComponents; here the props are checked directly.
for (const name of ['vue', 'svelte']) symlinkSync(join(root, 'node_modules', name), join(work, 'app/node_modules', name), 'dir');
writeFileSync(
  join(work, 'app/frameworks.ts'),
  `import type {} from 'ypsi-widgets/vue';
import type {} from 'ypsi-widgets/svelte';
import type { GlobalComponents } from 'vue';
import type { SvelteHTMLElements } from 'svelte/elements';

type VueProps<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];
export const vue: [VueProps<'law-explainer'>, VueProps<'help-panel'>, VueProps<'helpline-card'>, VueProps<'consequences-timeline'>] = [
  { jurisdiction: 'scotland', level: 'teen', sections: 'who,police', open: 'police', 'heading-level': 2 },
  { audience: 'parent', situation: 'sextortion', 'no-quick-exit': true, exitUrl: 'https://example.org/' },
  { service: 'childline', compact: true, strings: { call: 'Ring {number}' } },
  { scenario: 'sextortion', stage: 'weeks', 'show-all': true },
];
// @ts-expect-error: not a level
export const vueBadLevel: VueProps<'law-explainer'> = { level: 'kids' };
// @ts-expect-error: not an audience
export const vueBadAudience: VueProps<'help-panel'> = { audience: 'teacher' };

export const svelte: [SvelteHTMLElements['law-explainer'], SvelteHTMLElements['helpline-card']] = [
  { level: 'adult', open: 'schools', class: 'x' },
  { service: 'shout', 'heading-level': '3' },
];
// @ts-expect-error: not a level
export const svelteBadLevel: SvelteHTMLElements['law-explainer'] = { level: 'kids' };
// @ts-expect-error: not a built-in service
export const svelteBadService: SvelteHTMLElements['helpline-card'] = { service: 'chldline' };
`,
);
writeFileSync(
  join(work, 'app/tsconfig.frameworks.json'),
  JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, module: 'esnext', moduleResolution: 'bundler', target: 'es2022', lib: ['es2022', 'dom'], skipLibCheck: true, types: [] },
    files: ['frameworks.ts'],
  }),
);
try {
  run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.frameworks.json'], join(work, 'app'));
  console.log('ypsi-widgets/vue and ypsi-widgets/svelte: every tag type-checks against Vue 3 and Svelte 5 types, and a wrong value is an error.');
} catch (error) {
  problems.push(`the Vue or Svelte types do not check: ${error.stdout?.toString() || error.message}`);
}

// Editor data: every tag, and each enumerated attribute's values, as VS Code and JetBrains read them.
const vscode = JSON.parse(readFileSync(join(installed, 'dist/vscode.html-custom-data.json'), 'utf8'));
const webTypesPath = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'))['web-types'];
const webTypes = JSON.parse(readFileSync(join(installed, webTypesPath), 'utf8'));
const levels = (tags) => tags.find((t) => t.name === 'law-explainer')?.attributes.find((a) => a.name === 'level')?.values?.map((v) => v.name).join(' ');
if (vscode.tags.length !== 4 || levels(vscode.tags) !== 'young teen adult') problems.push('dist/vscode.html-custom-data.json does not list the four tags with their values');
if (webTypes.contributions.html.elements.length !== 4 || levels(webTypes.contributions.html.elements) !== 'young teen adult') problems.push("package.json's web-types does not list the four tags with their values");
else console.log('Editor data: VS Code custom data and web-types list every tag, attribute and value.');

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`npm pack: ${tarball} installs and imports in a fresh project.`);
