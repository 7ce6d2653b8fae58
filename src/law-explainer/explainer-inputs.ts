import { JURISDICTION_IDS } from '../content/jurisdictions.js';
import { LEVEL_IDS, SECTION_IDS, type SectionId } from '../content/law.js';
import { INVALID, baseInputs, changedByReader, choice, type Input } from '../core/inputs.js';

const isSectionId = (id: string): id is SectionId => (SECTION_IDS as readonly string[]).includes(id);

/**
 * `sections`: the known ids of a comma list, each once, in the host's order. Unknown ids warn; with
 * none known, every section is shown.
 */
const sectionList: Input<readonly SectionId[]> = {
  attribute: 'sections',
  kind: 'list',
  values: SECTION_IDS,
  valid: SECTION_IDS.join(', '),
  fallback: SECTION_IDS,
  instead: 'Showing every section.',
  parse(value, partly) {
    if (typeof value !== 'string') return INVALID;
    const asked = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
    const known = asked.filter((id, i): id is SectionId => isSectionId(id) && asked.indexOf(id) === i);
    if (!known.length) return asked.length ? INVALID : SECTION_IDS;
    if (known.length < asked.length) partly(`Showing ${known.join(', ')}.`);
    return known;
  },
};

/**
 * `<law-explainer>`'s attributes, declared once (core/inputs.ts): each property is read as `unknown`
 * and normalised here before use. `open` is a deep link to one section, which the reader then
 * opens and closes, so it can never reflect.
 */
export const EXPLAINER_INPUTS = {
  jurisdiction: choice('jurisdiction', JURISDICTION_IDS, 'england-wales'),
  level: choice('level', LEVEL_IDS, 'young'),
  sections: sectionList,
  open: changedByReader(choice('open', SECTION_IDS, undefined, 'No section is opened.')),
  ...baseInputs,
};
