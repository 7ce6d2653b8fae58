// custom-elements.json is generated from the classes' JSDoc (descriptions, parts, custom properties)
// and from each element's table of inputs (src/<element>/*-inputs.ts): the attributes, their types,
// values and defaults come from the table the element itself reads, never from prose or type text.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

/**
 * The tables, as Node can import them: src/ compiled file by file (types stripped, nothing checked)
 * into a scratch folder. The tables import only content and core modules, never Lit.
 */
async function loadTables() {
  const out = '.cache/cem-inputs';
  rmSync(out, { recursive: true, force: true });
  const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  for (const file of walk('src').filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))) {
    const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
      fileName: file,
    });
    const target = join(out, relative('src', file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, outputText);
  }
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
  const { ELEMENT_INPUTS } = await import(pathToFileURL(join(out, 'element-inputs.js')).href);
  rmSync(out, { recursive: true, force: true });
  return ELEMENT_INPUTS;
}

const TABLES = await loadTables();

/** A literal as TypeScript writes it: `"teen"`, `3`. */
const literal = (value) => (typeof value === 'number' ? String(value) : JSON.stringify(value));

/**
 * The row's type as the manifest's readers expect it (React, Vue and editor data, Storybook): the
 * values written out, and a comma list as its ids plus `` `id,${string}` `` for several.
 */
function typeText(row) {
  switch (row.kind) {
    case 'boolean':
      return 'boolean';
    case 'json':
      return 'Strings | undefined';
    case 'choice':
    case 'number':
      return [...row.values.map(literal), 'undefined'].join(' | ');
    case 'list':
      return [...row.values.map(literal), ...row.values.map((id) => `\`${id},\${string}\``), 'undefined'].join(' | ');
    default:
      return 'string | undefined';
  }
}

/** The default as the attribute would be written, or undefined where none is shown. */
function defaultText(row) {
  const shown = row.attributeDefault ?? row.fallback;
  if (shown === undefined) return undefined;
  if (Array.isArray(shown)) return JSON.stringify(shown.join(','));
  return literal(shown);
}

/** What the manifest's readers need of a row beyond its type: its kind, values, and whether it reflects. */
function inputOf(row) {
  return {
    kind: row.kind,
    ...(row.values ? { values: [...row.values] } : {}),
    reflects: !row.reader && !!row.reflect,
    ...(row.reader ? { changedByReader: true } : {}),
  };
}

function fromTables() {
  return {
    name: 'attributes-from-tables',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          const table = d.customElement && TABLES[d.tagName];
          if (!table) continue;
          const members = new Map((d.members ?? []).map((m) => [m.name, m]));
          d.attributes = [];
          for (const [property, row] of Object.entries(table)) {
            const member = members.get(property);
            if (!member) throw new Error(`<${d.tagName}>: the table's row "${property}" has no declared property to document it.`);
            const type = { text: typeText(row) };
            const fallback = defaultText(row);
            Object.assign(member, { type, privacy: 'public' }, fallback === undefined ? {} : { default: fallback });
            if (row.propertyOnly) continue;
            Object.assign(member, { attribute: row.attribute, ...(row.reflect && !row.reader ? { reflects: true } : {}) });
            d.attributes.push({
              name: row.attribute,
              type,
              ...(fallback === undefined ? {} : { default: fallback }),
              description: member.description,
              fieldName: property,
              ...(member.inheritedFrom ? { inheritedFrom: member.inheritedFrom } : {}),
              input: inputOf(row),
            });
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts', 'src/**/*.examples.ts', 'src/core/example.ts'],
  litelement: true,
  // Never rewrite package.json's customElements field (the staleness check writes to a scratch dir).
  packagejson: false,
  plugins: [
    {
      // The file walk's order differs between machines (a fresh clone lists folders differently),
      // so sort modules by path: the same source must give the same manifest everywhere.
      name: 'stable-module-order',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
    {
      // A `#name` member cannot be reached from outside the class at all, so it is no part of the
      // contract: listing it would only show tools (and readers) names they can never use.
      name: 'no-hash-private-members',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) {
            if (d.members) d.members = d.members.filter((m) => !m.name.startsWith('#'));
          }
        }
      },
    },
    fromTables(),
  ],
};
