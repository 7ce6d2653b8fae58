// Two builds from one source:
//  - dist/: the npm build. ES modules, one file per source module, bare `lit` imports, .d.ts types.
//    Only the define.js files (and ypsi-widgets.js) register tags; everything else is side-effect free.
//  - cdn/: one minified file with Lit inside that defines every element, as an ES module and as a
//    classic script for CMSes that cannot add type="module"; plus one file per element for the
//    per-element size budget.
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyTemplateLiterals from 'rollup-plugin-minify-template-literals';

const elements = readdirSync('src', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`src/${entry.name}/define.ts`))
  .map((entry) => entry.name);

// Lit's production build (no dev-mode warnings) for everything that ships.
const nodeResolve = () => resolve({ exportConditions: ['production', 'module', 'import', 'default'] });

// A module's top level is private, so terser may drop or rename anything there; the classic script's
// top-level `var YpsiWidgets` is its documented global and must survive (module: false).
const minify = ({ module = true } = {}) =>
  terser({
    ecma: 2022,
    module,
    format: { comments: false },
    compress: { passes: 3, unsafe_arrows: true },
  });

// The grade-B floor (README, "Browser support"). TypeScript's ES2022 output writes each static
// property as a class static block (`static { this.styles = … }`), which Safari before 16.4 cannot
// parse: the whole file would fail there, so no widget would show on an iPhone 8 or X. Each such block
// of plain `this.name = value;` statements becomes `ClassName.name = value;` right after the class,
// which runs at the same point for these classes (nothing reads them before the tag is defined). A
// block that does anything else, or a value that mentions `this` or `super`, is left alone, and the
// build then fails rather than ship a file older Safari cannot parse.
// Why not esbuild's target (supported: { 'class-static-blocks': false }) or another transpiler: esbuild
// cannot lower a static block alone; it lowers the whole class, every `#private` field to a WeakMap
// with helpers, which measured 0.96 KB gzip more on the bundle and 0.41 KB on the card. Terser never
// lowers syntax. This rewrite touches nothing but the blocks.
const noStaticBlocks = () => ({
  name: 'no-static-blocks',
  transform(code, id) {
    if (!/\.ts$/.test(id) || !code.includes('static {')) return null;
    const edits = [];
    const visit = (node) => {
      if (!node || typeof node.type !== 'string') return;
      if (node.type === 'ClassDeclaration' && node.id) {
        const assignments = [];
        for (const member of node.body.body) {
          if (member.type !== 'StaticBlock') continue;
          const statements = member.body.map((statement) => {
            const assignment = statement.type === 'ExpressionStatement' && statement.expression;
            const target = assignment?.type === 'AssignmentExpression' && assignment.operator === '=' && assignment.left;
            if (target?.type !== 'MemberExpression' || target.object.type !== 'ThisExpression' || target.computed) return undefined;
            const value = code.slice(assignment.right.start, assignment.right.end);
            return /\b(this|super)\b/.test(value) ? undefined : `${node.id.name}.${target.property.name} = ${value};`;
          });
          if (statements.includes(undefined)) this.error(`${id}: a static block the build cannot rewrite`);
          assignments.push(...statements);
          edits.push([member.start, member.end, '']);
        }
        if (assignments.length) edits.push([node.end, node.end, `\n${assignments.join('\n')}`]);
      }
      for (const value of Object.values(node)) {
        if (Array.isArray(value)) value.forEach(visit);
        else if (value && typeof value === 'object') visit(value);
      }
    };
    visit(this.parse(code));
    let out = code;
    for (const [from, to, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, from) + text + out.slice(to);
    return { code: out, map: null };
  },
});

const npmBuild = {
  // src/content/sources.ts is imported by no element: listed so scripts/sources-page.mjs can read it.
  input: ['src/index.ts', 'src/ypsi-widgets.ts', 'src/testing.ts', ...elements.map((name) => `src/${name}/define.ts`), 'src/content/sources.ts'],
  external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || id === 'lit-html' || id.startsWith('lit-html/'),
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    entryFileNames: '[name].js',
  },
  plugins: [
    typescript({ tsconfig: './tsconfig.build.json', outputToFilesystem: true }),
    noStaticBlocks(),
  ],
};

const cdnTypescript = () =>
  typescript({ tsconfig: './tsconfig.build.json', compilerOptions: { declaration: false, outDir: 'cdn' } });

// The reserve-space styles (no layout shift while the script loads) ship beside the bundle as plain CSS.
const reserveSpaceCss = () => ({
  name: 'reserve-space-css',
  generateBundle(options) {
    if (options.format !== 'es') return;
    this.emitFile({ type: 'asset', fileName: 'ypsi-widgets.css', source: readFileSync('src/styles/reserve-space.css', 'utf8') });
  },
});

// Where each fact came from (its FACTS.md id, checked date and source) is for reviewers: it stays in
// src/content and in the npm build's data, but no widget shows it except <law-explainer>'s Sources, so
// the CDN files, which every phone downloads, leave it out of the other content modules.
// scripts/content-snapshot.mjs shows that the widgets read the same without it.
const PROVENANCE = new Set(['fact', 'facts', 'checked', 'source']);
// myths.ts keeps its facts: <law-explainer> lists them under the myth check's Sources.
const PROVENANCE_FREE = /src[\\/]content[\\/](services|situations|consequences)\.ts$/;
const stripProvenance = () => ({
  name: 'strip-provenance',
  transform(code, id) {
    if (!PROVENANCE_FREE.test(id)) return null;
    const cuts = [];
    const visit = (node) => {
      if (!node || typeof node.type !== 'string') return;
      if (node.type === 'ObjectExpression') {
        for (const property of node.properties) {
          const name = property.type === 'Property' && !property.computed && (property.key.name ?? property.key.value);
          if (PROVENANCE.has(name)) cuts.push([property.start, /^\s*,/.test(code.slice(property.end)) ? code.indexOf(',', property.end) + 1 : property.end]);
        }
      }
      for (const value of Object.values(node)) {
        if (Array.isArray(value)) value.forEach(visit);
        else if (value && typeof value === 'object') visit(value);
      }
    };
    visit(this.parse(code));
    let out = code;
    for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + out.slice(end);
    return { code: out, map: null };
  },
});

// Lit's css`` and html`` templates, minified. scheme-colours.ts has no template, only one compact CSS
// string passed to unsafeCSS(), which the plugin would announce it skips on every build: left out.
const minifyLiterals = () => minifyTemplateLiterals({ include: ['src/**'], exclude: ['src/styles/scheme-colours.ts'] });

const cdnBundle = {
  input: 'src/ypsi-widgets.ts',
  output: [
    { file: 'cdn/ypsi-widgets.js', format: 'es', plugins: [minify()] },
    // window.YpsiWidgets: setStrings, the classes and the content, for pages that only take classic scripts.
    { file: 'cdn/ypsi-widgets.classic.js', format: 'iife', name: 'YpsiWidgets', plugins: [minify({ module: false })] },
  ],
  plugins: [nodeResolve(), cdnTypescript(), stripProvenance(), minifyLiterals(), noStaticBlocks(), reserveSpaceCss()],
};

const perElement = elements.map((name) => ({
  input: `src/${name}/define.ts`,
  output: { file: `cdn/${name}.js`, format: 'es' },
  plugins: [nodeResolve(), cdnTypescript(), stripProvenance(), minifyLiterals(), noStaticBlocks(), minify()],
}));

// The embed builder's worker (demo/render-worker.js): Lit SSR and the widgets' server build (Lit's
// `node` export condition, where `isServer` is true), so the builder makes static HTML in the browser
// exactly as the render command does. It is for the docs site only: never shipped in the package.
// @lit-labs/ssr-client's Node build imports Node's Buffer for one thing, a template's digest:
// `Buffer.from(binary, 'binary').toString('base64')`, which is btoa() in a browser.
const bufferAsBtoa = () => ({
  name: 'buffer-as-btoa',
  resolveId: (id) => (id === 'buffer' ? '\0buffer-as-btoa' : null),
  load: (id) => (id === '\0buffer-as-btoa' ? 'export const Buffer = { from: (binary) => ({ toString: () => btoa(binary) }) };' : null),
});

const builderWorker = {
  input: 'demo/render-worker.js',
  output: { file: 'demo/build/render-worker.js', format: 'es', plugins: [minify()] },
  plugins: [
    bufferAsBtoa(),
    resolve({ exportConditions: ['node', 'production', 'module', 'import', 'default'], browser: false, preferBuiltins: false }),
    // Templates and styles as in dist/, which the render command reads, so both give the same bytes.
    typescript({ tsconfig: './tsconfig.build.json', include: ['src/**/*.ts'], compilerOptions: { declaration: false, outDir: 'demo/build', rootDir: '.' } }),
  ],
};

export default [npmBuild, cdnBundle, ...perElement, builderWorker];
