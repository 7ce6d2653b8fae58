/** Every state of <help-panel>: each audience before a choice and with each situation open, and no quick exit. */
import type { ElementExample } from '../core/example.js';
import { AUDIENCES, SITUATION_IDS } from '../content/situations.js';

export const helpPanelExamples: ElementExample[] = [
  ...AUDIENCES.flatMap((audience): ElementExample[] => [
    { tag: 'help-panel', name: `${audience}: nothing chosen`, attributes: { audience } },
    ...SITUATION_IDS.map((situation) => ({ tag: 'help-panel', name: `${audience}: ${situation}`, attributes: { audience, situation } })),
  ]),
  { tag: 'help-panel', name: 'no quick exit', attributes: { 'no-quick-exit': true } },
];
