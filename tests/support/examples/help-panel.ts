import type { Example } from './types.js';

/** Every state of <help-panel> (filled in with the element). */
export const helpPanelExamples: Example[] = [];
