import type { Example } from './types.js';
import { helplineCardExamples } from './helpline-card.js';
import { helpPanelExamples } from './help-panel.js';
import { lawExplainerExamples } from './law-explainer.js';
import { consequencesTimelineExamples } from './consequences-timeline.js';

export type { Example };

/** Every state of every element. */
export const EXAMPLES: Example[] = [
  ...helplineCardExamples,
  ...helpPanelExamples,
  ...lawExplainerExamples,
  ...consequencesTimelineExamples,
];

/** The four tags, for suites that go element by element. */
export const TAGS = ['helpline-card', 'help-panel', 'law-explainer', 'consequences-timeline'] as const;
