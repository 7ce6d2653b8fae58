// The embed builder's options, read from custom-elements.json: which widgets there are, and which
// attributes each takes, with the values each accepts taken from the row of the element's own table
// that the manifest carries (`input`: its kind and values). No DOM here.

/** Labels in words where an attribute's name is not one; others are its name as words ("Heading level"). */
const LABELS = {
  url: 'Website',
  email: 'Email address',
  phone: 'Phone number',
  'text-number': 'Number to text',
  'text-keyword': 'Word to text',
  hours: 'Opening hours',
  eligibility: 'Who it is for',
  compact: 'Smaller card',
  strings: 'Your own words (JSON)',
  audience: 'Who is reading',
  situation: 'Situation shown open',
  'no-quick-exit': 'Leave out the quick exit',
  'exit-url': 'Where the quick exit goes',
  jurisdiction: 'Where the reader lives',
  level: 'Reading level',
  sections: 'Sections to show',
  open: 'Section shown open',
  scenario: 'Whose story',
  stage: 'Stage shown first',
  'show-all': 'Show every stage at once',
};
const labelFor = (name) => LABELS[name] ?? name[0].toUpperCase() + name.slice(1).replace(/-/g, ' ');

/** The widgets and their settable attributes: documented, public, and not internal state. */
export function widgetsFrom(manifest) {
  const widgets = [];
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (!d.customElement || !d.tagName) continue;
      const hidden = new Set((d.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name));
      const attributes = (d.attributes ?? [])
        .filter((a) => a.description && !hidden.has(a.fieldName))
        .map((a) => {
          const kind = a.input?.kind;
          return {
            name: a.name,
            label: labelFor(a.name),
            description: a.description.replace(/`/g, ''),
            boolean: kind === 'boolean',
            json: kind === 'json',
            list: kind === 'list',
            // A choice, a comma list or a number range: the values as the attribute writes them.
            choices: (a.input?.values ?? []).map(String),
          };
        });
      widgets.push({ tag: d.tagName, summary: d.summary ?? '', attributes });
    }
  }
  return widgets.sort((a, b) => a.tag.localeCompare(b.tag));
}
