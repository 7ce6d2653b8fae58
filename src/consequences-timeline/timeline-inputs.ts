import { SCENARIO_IDS, STAGE_IDS } from '../content/consequences.js';
import { JURISDICTION_IDS } from '../content/jurisdictions.js';
import { INVALID, baseInputs, changedByReader, choice, flag, type Input } from '../core/inputs.js';

/** The stages by their place in time, as the attribute may also give them ("2" is read as 2). */
const STAGE_NUMBERS = STAGE_IDS.map((_, i) => i + 1);

/** `stage`: an id (`moment` … `years`) or its number from 1, as a number or its text; gives the index. */
const stageIndex: Input<number> = {
  attribute: 'stage',
  kind: 'choice',
  values: [...STAGE_IDS, ...STAGE_NUMBERS],
  valid: `${STAGE_IDS.join(', ')}, or a number from 1 to ${STAGE_IDS.length}`,
  fallback: 0,
  attributeDefault: STAGE_IDS[0],
  instead: 'Opening the first stage.',
  parse(value) {
    const given = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim().toLowerCase() : INVALID;
    if (given === INVALID) return INVALID;
    const index = STAGE_IDS.findIndex((id, i) => given === id || (given !== '' && Number(given) === i + 1));
    return index < 0 ? INVALID : index;
  },
};

/**
 * `<consequences-timeline>`'s attributes, declared once (core/inputs.ts): each property is read as
 * `unknown` and normalised here before use. The stage shown and "Show all stages" are the reader's
 * to change (Previous, Next, the toggle), so neither can ever reflect.
 */
export const TIMELINE_INPUTS = {
  scenario: choice('scenario', SCENARIO_IDS, 'sent'),
  stage: changedByReader(stageIndex),
  showAll: changedByReader(flag('show-all')),
  jurisdiction: choice('jurisdiction', JURISDICTION_IDS, 'england-wales'),
  ...baseInputs,
};
