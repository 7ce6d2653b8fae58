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
  /** The row of the element's attribute table, as custom-elements.json carries it. */
  input?: { kind: string; values?: (string | number)[] };
}
interface ManifestMember {
  name: string;
  privacy?: string;
}
/** A part, custom property, event or slot: documented on the Docs page, never set from a control. */
interface ManifestEntry {
  name: string;
  description?: string;
  default?: string;
  syntax?: string;
  type?: { text?: string };
}
interface ManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  description?: string;
  attributes?: ManifestAttribute[];
  members?: ManifestMember[];
  cssParts?: ManifestEntry[];
  cssProperties?: ManifestEntry[];
  events?: ManifestEntry[];
  slots?: ManifestEntry[];
}

/** The Docs page's sections after the attributes, in the manifest's words. */
const DOCUMENTED = [
  { key: 'cssParts', category: 'css shadow parts', prefix: 'part' },
  { key: 'cssProperties', category: 'css custom properties', prefix: 'css' },
  { key: 'events', category: 'events', prefix: 'event' },
  { key: 'slots', category: 'slots', prefix: 'slot' },
] as const;

const declarations: ManifestDeclaration[] = manifest.modules.flatMap((m) => (m as { declarations?: ManifestDeclaration[] }).declarations ?? []);

/** The element's documented public attributes (never a private or protected member's). */
const declarationOf = (tag: string) => declarations.find((x) => x.customElement && x.tagName === tag);

export function attributesOf(tag: string): ManifestAttribute[] {
  const d = declarationOf(tag);
  const hidden = new Set((d?.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name));
  return (d?.attributes ?? []).filter((a) => a.description && !hidden.has(a.fieldName ?? ''));
}

/**
 * The Docs page's table: every public attribute with a control, from its manifest type (a select of
 * its values for a union, with "unset" first so the element's own default shows; a checkbox for a
 * boolean; text otherwise), then its parts, custom properties, events and slots, which have no control.
 * Those rows are keyed "part:base", "css:--ypsi-accent" and so on, so a part that shares an
 * attribute's name (the card's `description`) keeps its own row.
 */
export function argTypesFor(tag: string): ArgTypes<AttributeArgs> {
  const out: ArgTypes<AttributeArgs> = {};
  for (const a of attributesOf(tag)) {
    // The element's own table, as the manifest carries it: its kind and, for a choice, its values.
    // Numbers stay numbers, as Storybook reads them from a URL (?args=heading-level:2).
    const kind = a.input?.kind ?? 'text';
    const values = a.input?.values ?? [];
    // A list such as sections="who,police" is typed in as text.
    const isList = kind === 'list';
    const control = kind === 'boolean' ? { type: 'boolean' as const } : values.length && !isList ? { type: 'select' as const } : { type: 'text' as const };
    // `type` tells Storybook how to read a value from the URL (?args=level:teen); the manifest's own
    // type text is not one it knows, and it would drop the value.
    const type = control.type === 'boolean' ? { name: 'boolean' as const } : control.type === 'select' ? { name: 'enum' as const, value: values.map(String) } : { name: 'string' as const };
    out[a.name] = {
      name: a.name,
      type,
      description: a.description,
      control,
      ...(values.length && !isList ? { options: ['', ...values], labels: { '': '(unset)' } } : {}),
      table: { category: 'attributes', type: { summary: (a.type?.text ?? 'string').replace(/ \| undefined$/, '') }, ...(a.default ? { defaultValue: { summary: a.default } } : {}) },
    };
  }
  const d = declarationOf(tag);
  for (const { key, category, prefix } of DOCUMENTED) {
    for (const entry of d?.[key] ?? []) {
      // How a page author writes it: ::part(base), slot="name"; a custom property's syntax where given.
      const summary = key === 'cssParts' ? `::part(${entry.name})` : key === 'slots' ? (entry.name ? `slot="${entry.name}"` : 'default slot') : (entry.syntax ?? entry.type?.text);
      out[`${prefix}:${entry.name}`] = {
        name: entry.name,
        description: entry.description,
        control: false,
        table: { category, ...(summary ? { type: { summary } } : {}), ...(entry.default ? { defaultValue: { summary: entry.default } } : {}) },
      };
    }
  }
  return out;
}

/**
 * Every row shows, on the Docs page and in the Controls panel; only attributes have a control (parts,
 * custom properties, events and slots are documented, not set). An `include` list would hide those
 * rows from the Docs page too.
 */
export function controlsFor(_tag: string) {
  return { controls: { expanded: true } };
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
 * The manifest as Storybook reads it for each element's Docs page: its description. The table's rows
 * (attributes, parts, custom properties, events, slots) come from `argTypesFor`, so they are left
 * out here: Storybook's own reading keys every row by its bare name, so a part named like an
 * attribute would overwrite it, and it would list class members (private state, methods, statics),
 * which are not for a page author to set.
 */
export const docsManifest = {
  ...manifest,
  modules: manifest.modules.map((m) => ({
    ...m,
    declarations: ((m as { declarations?: ManifestDeclaration[] }).declarations ?? []).map((d) =>
      d.customElement && d.tagName ? { ...d, members: [], attributes: [], cssParts: [], cssProperties: [], events: [], slots: [] } : d,
    ),
  })),
};
