import type { Example } from './types.js';
import { SCENARIO_IDS, STAGE_IDS } from '../../../src/content/consequences.js';

/**
 * Every state of <consequences-timeline>: each scenario at each stage, and each with every stage shown;
 * plus one outside England and Wales, where the Outcome 21 point is left out of the "years" stage.
 */
export const consequencesTimelineExamples: Example[] = SCENARIO_IDS.flatMap((scenario) => [
  ...STAGE_IDS.map((stage) => ({
    tag: 'consequences-timeline',
    name: `scenario: ${scenario}, stage: ${stage}`,
    markup: `<consequences-timeline scenario="${scenario}" stage="${stage}"></consequences-timeline>`,
  })),
  {
    tag: 'consequences-timeline',
    name: `scenario: ${scenario}, show-all`,
    markup: `<consequences-timeline scenario="${scenario}" show-all></consequences-timeline>`,
  },
]).concat({
  tag: 'consequences-timeline',
  name: 'jurisdiction: scotland, scenario: sent, stage: years',
  markup: '<consequences-timeline jurisdiction="scotland" stage="years"></consequences-timeline>',
});
