// Writes the editor data shipped in the package, made from custom-elements.json: completion and hover
// docs for every tag, attribute and valid value.
// - dist/vscode.html-custom-data.json: VS Code's HTML custom data (the `html.customData` setting).
// - dist/web-types.json: JetBrains IDEs' web-types, found through package.json's `web-types` field.
// Why a script: it reads each attribute's table row (scripts/lib/manifest.mjs), as the framework types
//  do, so editors offer exactly the values the elements accept. The custom-elements-manifest
//  integrations (custom-element-vs-code-integration 1.5, custom-element-jet-brains-integration 1.8)
//  parse the type text instead, and offer a comma list's pattern (`who,${string}`) and a type's name
//  (`Strings`) as values to pick.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readElements } from './lib/manifest.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const elements = readElements();
const readme = (tag) => `${pkg.homepage ?? 'https://www.npmjs.com/package/ypsi-widgets'}#${tag}`;

/** The element's own words for a hover: its summary and description. */
const about = (e) => [e.summary, e.description].filter(Boolean).join('\n\n');

const vscode = {
  version: 1.1,
  tags: elements.map((e) => ({
    name: e.tag,
    description: { kind: 'markdown', value: about(e) },
    attributes: e.attributes.map((a) => ({
      name: a.name,
      description: { kind: 'markdown', value: a.description },
      // "v": a boolean attribute, written without a value.
      ...(a.kind === 'boolean' ? { valueSet: 'v' } : a.values.length ? { values: a.values.map((name) => ({ name })) } : {}),
    })),
    references: [{ name: 'README', url: readme(e.tag) }],
  })),
};

const named = (list = []) => list.map((x) => ({ name: x.name, description: x.description ?? '' }));
const webTypes = {
  $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: elements.map((e) => ({
        name: e.tag,
        description: about(e),
        'doc-url': readme(e.tag),
        attributes: e.attributes.map((a) => ({
          name: a.name,
          description: a.description,
          value: a.kind === 'boolean' ? { type: 'boolean' } : { type: a.type.replace(/ \| undefined$/, ''), required: false },
          ...(a.values.length ? { values: a.values.map((name) => ({ name })) } : {}),
        })),
        slots: named(e.declaration.slots),
        events: named(e.declaration.events),
        css: { parts: named(e.declaration.cssParts), properties: named(e.declaration.cssProperties) },
      })),
    },
  },
};

mkdirSync('dist', { recursive: true });
writeFileSync('dist/vscode.html-custom-data.json', `${JSON.stringify(vscode, null, 2)}\n`);
writeFileSync('dist/web-types.json', `${JSON.stringify(webTypes, null, 2)}\n`);
