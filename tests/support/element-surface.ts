/**
 * What a suite can set on each tag: its attributes and slots from custom-elements.json, plus the
 * class's own reactive properties (so an element is covered even before the manifest is regenerated),
 * and the valid values the manifest lists, so fuzzing also walks through real states.
 */

interface ManifestAttribute { name: string; fieldName?: string; type?: { text?: string }; description?: string }
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
  /** Valid values read from the manifest, so the fuzz also walks through real states. */
  valid: Record<string, string[]>;
}

let manifest: ManifestDeclaration[] = [];

/** Read custom-elements.json from the test server (the test may fetch; the widgets never do). */
export async function loadManifest(): Promise<void> {
  const json = await (await fetch('/custom-elements.json')).json();
  manifest = json.modules.flatMap((m: { declarations?: ManifestDeclaration[] }) => m.declarations ?? []);
}

/**
 * Valid values an attribute's type or description lists: `'a' | 'b'`, `a` in backticks, or a plain
 * list such as "…: childline, ceop, nspcc" or "(who, what, myths)".
 */
function validValues(attribute: ManifestAttribute): string[] {
  const type = attribute.type?.text ?? '';
  const description = attribute.description ?? '';
  const quoted = [...type.matchAll(/'([^']+)'|"([^"]+)"/g), ...description.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? m[2]);
  const listed = description
    .split(/[,:()]|\.\s|\s+or\s+/)
    .map((s) => s.trim().replace(/\.$/, ''))
    .filter((s) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(s));
  return [...new Set([...quoted, ...(listed.length > 2 ? listed : [])])].filter((v) => v.length < 40);
}

export function surfaceOf(tag: string): Surface {
  const ctor = customElements.get(tag) as unknown as { elementProperties?: Map<string, { attribute?: unknown; state?: boolean }> };
  const declared = manifest.find((d) => d.customElement && d.tagName === tag);
  const attributes = new Set<string>(declared?.attributes?.map((a) => a.name) ?? []);
  const properties = new Set<string>();
  for (const [name, options] of ctor.elementProperties ?? []) {
    if (options.state) continue;
    properties.add(String(name));
    if (options.attribute !== false) {
      attributes.add(typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase());
    }
  }
  const valid: Record<string, string[]> = {};
  for (const attribute of declared?.attributes ?? []) valid[attribute.name] = validValues(attribute);
  return {
    attributes: [...attributes],
    properties: [...properties],
    slots: declared?.slots?.map((s) => s.name) ?? [],
    valid,
  };
}
