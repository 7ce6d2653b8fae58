/**
 * What a suite can set on each tag: its attributes and slots from custom-elements.json, plus the
 * class's own reactive properties (so an element is covered even before the manifest is regenerated),
 * and the valid values the manifest's types give, so fuzzing also walks through real states.
 */

interface ManifestAttribute {
  name: string;
  fieldName?: string;
  description?: string;
  input?: { kind: string; values?: (string | number)[] };
}
interface ManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: ManifestAttribute[];
  slots?: { name: string }[];
}

/** What the fuzz knows about one tag. */
export interface Surface {
  attributes: string[];
  properties: string[];
  slots: string[];
  /** Valid values read from the manifest's types, so the fuzz also walks through real states. */
  valid: Record<string, string[]>;
  /** Each reactive property's attribute (`noQuickExit` → `no-quick-exit`), as warnings name it. */
  attributeOf: Record<string, string>;
}

let manifest: ManifestDeclaration[] = [];

/** Read custom-elements.json from the test server (the test may fetch; the widgets never do). */
export async function loadManifest(): Promise<void> {
  const json = await (await fetch('/custom-elements.json')).json();
  manifest = json.modules.flatMap((m: { declarations?: ManifestDeclaration[] }) => m.declarations ?? []);
}

/**
 * The valid values of an attribute, from its row of the element's table as the manifest carries it
 * (`input.values`: a choice's or a list's ids, a number range written out). A comma list's
 * combinations are left to the fuzz, which makes them from the ids. Never from the description's prose, which is
 * written for people.
 */
export function validValues(attribute: ManifestAttribute): string[] {
  return (attribute.input?.values ?? []).map(String);
}

export function surfaceOf(tag: string): Surface {
  const ctor = customElements.get(tag) as unknown as { elementProperties?: Map<string, { attribute?: unknown; state?: boolean }> };
  const declared = manifest.find((d) => d.customElement && d.tagName === tag);
  const attributes = new Set<string>(declared?.attributes?.map((a) => a.name) ?? []);
  const properties = new Set<string>();
  const attributeOf: Record<string, string> = {};
  for (const [name, options] of ctor.elementProperties ?? []) {
    if (options.state) continue;
    properties.add(String(name));
    const attribute = typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase();
    attributeOf[String(name)] = attribute;
    if (options.attribute !== false) attributes.add(attribute);
  }
  const valid: Record<string, string[]> = {};
  for (const attribute of declared?.attributes ?? []) valid[attribute.name] = validValues(attribute);
  return {
    attributes: [...attributes],
    properties: [...properties],
    slots: declared?.slots?.map((s) => s.name) ?? [],
    valid,
    attributeOf,
  };
}
