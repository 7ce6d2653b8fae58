// The embed builder's options, read from custom-elements.json: which widgets there are, and which
// attributes each takes. No DOM here, so the docs-site script reads the same options to pre-render
// the static HTML the builder offers.

/** The values of a union type such as `'young' | 'teen' | 'adult'` (or `2 | 3 | 4`); none for `string`. */
export function unionValues(typeText = '') {
  const members = typeText.split('|').map((member) => member.trim()).filter((member) => member !== 'undefined');
  const literal = /^'([^']*)'$|^"([^"]*)"$|^(\d+)$/;
  if (!members.length || !members.every((member) => literal.test(member))) return [];
  return members.map((member) => { const m = member.match(literal); return m[1] ?? m[2] ?? m[3]; });
}

/** The values an attribute takes, read from its description: `a`, `b` or "thing: a, b, c", or (2–6). */
export function choicesFrom(description) {
  const ticked = [...description.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]);
  if (ticked.length >= 2) return ticked;
  const listed = description.match(/:\s*([a-z0-9-]+(?:,\s*[a-z0-9-]+){2,})/);
  if (listed) return listed[1].split(/,\s*/);
  const range = description.match(/\((\d)–(\d)\)/);
  if (range) {
    const values = [];
    for (let n = Number(range[1]); n <= Number(range[2]); n++) values.push(String(n));
    return values;
  }
  return [];
}

/** The widgets and their settable attributes: documented, public, and not internal state. */
export function widgetsFrom(manifest) {
  const widgets = [];
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (!d.customElement || !d.tagName) continue;
      const hidden = new Set((d.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name));
      const attributes = (d.attributes ?? [])
        .filter((a) => a.description && !hidden.has(a.fieldName))
        .map((a) => ({
          name: a.name,
          description: a.description.replace(/`/g, ''),
          boolean: a.type?.text === 'boolean',
          json: a.name === 'strings',
          // The manifest's union type, once the element declares one; else the values its description lists.
          choices: unionValues(a.type?.text).length ? unionValues(a.type?.text) : choicesFrom(a.description),
        }));
      widgets.push({ tag: d.tagName, summary: d.summary ?? '', attributes });
    }
  }
  return widgets.sort((a, b) => a.tag.localeCompare(b.tag));
}


/** One file name for a set of chosen attributes, the same in the builder and the docs-site script. */
export function pairsKey(pairs) {
  const key = pairs.map(([name, value]) => (value === '' ? name : `${name}=${value}`)).sort().join('&');
  return key ? encodeURIComponent(key).replace(/%/g, '_') : 'default';
}
