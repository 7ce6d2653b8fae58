import type { Example } from './types.js';

/** Every state of <law-explainer> (filled in with the element). */
export const lawExplainerExamples: Example[] = [];
