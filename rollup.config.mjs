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

const minify = () =>
  terser({
    ecma: 2022,
    module: true,
    format: { comments: false },
    compress: { passes: 3, unsafe_arrows: true },
  });

const npmBuild = {
  input: ['src/index.ts', 'src/ypsi-widgets.ts', 'src/testing.ts', ...elements.map((name) => `src/${name}/define.ts`)],
  external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/'),
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    entryFileNames: '[name].js',
  },
  plugins: [
    typescript({ tsconfig: './tsconfig.build.json', outputToFilesystem: true }),
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
const PROVENANCE_FREE = /src[\\/]content[\\/](services|situations|consequences|myths)\.ts$/;
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

const cdnBundle = {
  input: 'src/ypsi-widgets.ts',
  output: [
    { file: 'cdn/ypsi-widgets.js', format: 'es' },
    { file: 'cdn/ypsi-widgets.classic.js', format: 'iife', name: 'YpsiWidgets' },
  ],
  plugins: [nodeResolve(), cdnTypescript(), stripProvenance(), minifyTemplateLiterals({ include: ['src/**'] }), minify(), reserveSpaceCss()],
};

const perElement = elements.map((name) => ({
  input: `src/${name}/define.ts`,
  output: { file: `cdn/${name}.js`, format: 'es' },
  plugins: [nodeResolve(), cdnTypescript(), stripProvenance(), minifyTemplateLiterals({ include: ['src/**'] }), minify()],
}));

export default [npmBuild, cdnBundle, ...perElement];
