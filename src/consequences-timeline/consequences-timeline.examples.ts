/**
 * Every state of <consequences-timeline>: each scenario at each stage, and each with every stage shown;
 * plus one outside England and Wales, where the Outcome 21 point is left out of the "years" stage.
 */
import type { ElementExample } from '../core/example.js';
import { SCENARIO_IDS, STAGE_IDS } from '../content/consequences.js';

export const consequencesTimelineExamples: ElementExample[] = [
  ...SCENARIO_IDS.flatMap((scenario): ElementExample[] => [
    ...STAGE_IDS.map((stage) => ({
      tag: 'consequences-timeline',
      name: `scenario: ${scenario}, stage: ${stage}`,
      attributes: { scenario, stage },
    })),
    { tag: 'consequences-timeline', name: `scenario: ${scenario}, show-all`, attributes: { scenario, 'show-all': true } },
  ]),
  { tag: 'consequences-timeline', name: 'jurisdiction: scotland, scenario: sent, stage: years', attributes: { jurisdiction: 'scotland', stage: 'years' } },
];
