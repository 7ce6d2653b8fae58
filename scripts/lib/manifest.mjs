// What the generated framework and editor data read from custom-elements.json: each element's public
// attributes with their values, taken from the declared types (never from the JSDoc prose).
import { readFileSync } from 'node:fs';

/**
 * The parts of a manifest type text that are literals: `"teen"`, `3`, or a template such as
 * `` `who,${string}` ``. `boolean`, `string` and named types give none.
 */
export function literalsOf(text = '') {
  const parts = text.split(' | ').map((p) => p.trim());
  if (!parts.every((p) => /^(".*"|-?\d+(\.\d+)?|`.*`|undefined)$/.test(p))) return [];
  return parts.filter((p) => p !== 'undefined');
}

/** The values of a literal union, as an attribute would hold them: `teen`, `3` (templates left out). */
export function valuesOf(text = '') {
  return literalsOf(text)
    .filter((p) => !p.startsWith('`'))
    .map((p) => (p.startsWith('"') ? JSON.parse(p) : p));
}

/** What kind of value an attribute takes, from its manifest type. */
export function kindOf(text = '') {
  if (/^boolean( \| undefined)?$/.test(text)) return 'boolean';
  if (/\bStrings\b/.test(text)) return 'json';
  if (literalsOf(text).length) return 'union';
  return 'string';
}

/**
 * Every element in the manifest with its public attributes: name, property, description, type text,
 * kind and values. Attributes of private or protected fields never appear.
 */
export function readElements(path = 'custom-elements.json') {
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  const elements = [];
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (!d.customElement || !d.tagName) continue;
      const hidden = new Set((d.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name));
      const attributes = (d.attributes ?? [])
        .filter((a) => a.description && !hidden.has(a.fieldName))
        .map((a) => ({
          name: a.name,
          property: a.fieldName,
          description: a.description,
          type: a.type?.text ?? 'string',
          kind: kindOf(a.type?.text),
          values: valuesOf(a.type?.text),
          default: a.default,
        }));
      elements.push({ tag: d.tagName, className: d.name, summary: d.summary ?? '', description: d.description ?? '', declaration: d, attributes });
    }
  }
  return elements;
}
