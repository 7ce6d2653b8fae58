// The embed builder's options, read from custom-elements.json: which widgets there are, and which
// attributes each takes, with the values each accepts taken from its TypeScript type. No DOM here.

/**
 * The values an attribute's type allows: `"young" | "teen" | "adult" | undefined` gives the three
 * words (numbers too: `2 | 3 | 4`). A comma list is typed as its single ids plus `` `id,${string}` ``
 * members: those make it a list, where several values are chosen. Any other member (`string`) means
 * free text: no choices.
 */
export function typeChoices(typeText = '') {
  const members = typeText.split('|').map((member) => member.trim()).filter((member) => member && member !== 'undefined');
  const literal = /^'([^']*)'$|^"([^"]*)"$|^(\d+)$/;
  const listMember = /^`[^`]*,\$\{string\}`$/;
  const values = [];
  let list = false;
  for (const member of members) {
    const match = member.match(literal);
    if (match) values.push(match[1] ?? match[2] ?? match[3]);
    else if (listMember.test(member)) list = true;
    else return { values: [], list: false };
  }
  return { values, list };
}

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
          const typed = typeChoices(a.type?.text);
          return {
            name: a.name,
            label: labelFor(a.name),
            description: a.description.replace(/`/g, ''),
            boolean: a.type?.text === 'boolean',
            json: a.name === 'strings',
            list: typed.list,
            choices: typed.values,
          };
        });
      widgets.push({ tag: d.tagName, summary: d.summary ?? '', attributes });
    }
  }
  return widgets.sort((a, b) => a.tag.localeCompare(b.tag));
}
