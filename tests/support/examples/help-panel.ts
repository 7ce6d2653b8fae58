import type { Example } from './types.js';
import { AUDIENCES, SITUATION_IDS } from '../../../src/content/situations.js';

/** Every state of <help-panel>: each audience before a choice and with each situation open, and no quick exit. */
export const helpPanelExamples: Example[] = [
  ...AUDIENCES.flatMap((audience) => [
    { tag: 'help-panel', name: `${audience}: nothing chosen`, markup: `<help-panel audience="${audience}"></help-panel>` },
    ...SITUATION_IDS.map((situation) => ({
      tag: 'help-panel',
      name: `${audience}: ${situation}`,
      markup: `<help-panel audience="${audience}" situation="${situation}"></help-panel>`,
    })),
  ]),
  { tag: 'help-panel', name: 'no quick exit', markup: '<help-panel no-quick-exit></help-panel>' },
];
