import type { ArgTypes } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

/** A story's args: the element's public attributes by name (`true` for a boolean one that is set). */
export type AttributeArgs = Record<string, unknown>;

interface ManifestAttribute {
  name: string;
  fieldName?: string;
  description?: string;
  type?: { text?: string };
  default?: string;
}
interface ManifestMember {
  name: string;
  privacy?: string;
}
interface ManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: ManifestAttribute[];
  members?: ManifestMember[];
}

const declarations: ManifestDeclaration[] = manifest.modules.flatMap((m) => (m as { declarations?: ManifestDeclaration[] }).declarations ?? []);

/**
 * The values of a manifest type that is a union of literals ("teen", 3); none for `string`, `boolean`.
 * Numbers stay numbers, as Storybook reads them from a URL (?args=heading-level:2).
 */
function valuesOf(text = ''): (string | number)[] {
  const parts = text.split(' | ').map((p) => p.trim());
  if (!parts.every((p) => /^(".*"|-?\d+(\.\d+)?|`.*`|undefined)$/.test(p))) return [];
  return parts.filter((p) => p !== 'undefined' && !p.startsWith('`')).map((p) => (p.startsWith('"') ? JSON.parse(p) : Number(p)));
}

/** The element's documented public attributes (never a private or protected member's). */
export function attributesOf(tag: string): ManifestAttribute[] {
  const d = declarations.find((x) => x.customElement && x.tagName === tag);
  const hidden = new Set((d?.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name));
  return (d?.attributes ?? []).filter((a) => a.description && !hidden.has(a.fieldName ?? ''));
}

/**
 * Controls for every public attribute, from its manifest type: a select of its values for a union
 * (with "unset" first, so the element's own default shows), a checkbox for a boolean, text otherwise.
 */
export function argTypesFor(tag: string): ArgTypes<AttributeArgs> {
  const out: ArgTypes<AttributeArgs> = {};
  for (const a of attributesOf(tag)) {
    const text = a.type?.text ?? 'string';
    const values = valuesOf(text);
    // A list such as sections="who,police" (a template literal in its type) is typed in as text.
    const isList = text.includes('`');
    const control = /^boolean/.test(text) ? { type: 'boolean' as const } : values.length && !isList ? { type: 'select' as const } : { type: 'text' as const };
    // `type` tells Storybook how to read a value from the URL (?args=level:teen); the manifest's own
    // type text is not one it knows, and it would drop the value.
    const type = control.type === 'boolean' ? { name: 'boolean' as const } : control.type === 'select' ? { name: 'enum' as const, value: values.map(String) } : { name: 'string' as const };
    out[a.name] = {
      name: a.name,
      type,
      description: a.description,
      control,
      ...(values.length && !isList ? { options: ['', ...values], labels: { '': '(unset)' } } : {}),
      table: { category: 'attributes', type: { summary: text.replace(/ \| undefined$/, '') } },
    };
  }
  return out;
}

/** Controls for the attributes only: parts, slots and custom properties are documented, not set. */
export function controlsFor(tag: string) {
  return { controls: { include: attributesOf(tag).map((a) => a.name) } };
}

/** A story's element with every arg written as its attribute, as a web editor would write the tag. */
export function renderFromArgs(tag: string) {
  return (args: AttributeArgs): HTMLElement => {
    const el = document.createElement(tag);
    for (const a of attributesOf(tag)) {
      const value = args[a.name];
      if (value === true) el.setAttribute(a.name, '');
      else if ((typeof value === 'string' && value !== '') || typeof value === 'number') el.setAttribute(a.name, String(value));
    }
    return el;
  };
}

/**
 * The manifest as Storybook's Docs pages read it: description, attributes, parts, custom properties,
 * events and slots of each element, without class members (private state, methods, statics), which
 * are not for a page author to set.
 */
export const docsManifest = {
  ...manifest,
  modules: manifest.modules.map((m) => ({
    ...m,
    declarations: ((m as { declarations?: ManifestDeclaration[] }).declarations ?? []).map((d) =>
      d.customElement && d.tagName ? { ...d, members: [], attributes: attributesOf(d.tagName) } : d,
    ),
  })),
};
