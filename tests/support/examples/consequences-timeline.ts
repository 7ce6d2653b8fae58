import type { Example } from './types.js';

/** Every state of <consequences-timeline> (filled in with the element). */
export const consequencesTimelineExamples: Example[] = [];
