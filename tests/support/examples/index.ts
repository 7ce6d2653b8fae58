/**
 * Every element's example catalogue, read once for the suites. The states themselves live beside each
 * element (src/<element>/<element>.examples.ts), where Storybook's stories are made from them too.
 */
import type { Example } from './types.js';
import { markupOf, type ElementExample } from '../../../src/core/example.js';
import { helplineCardExamples } from '../../../src/helpline-card/helpline-card.examples.js';
import { helpPanelExamples } from '../../../src/help-panel/help-panel.examples.js';
import { lawExplainerExamples } from '../../../src/law-explainer/law-explainer.examples.js';
import { consequencesTimelineExamples } from '../../../src/consequences-timeline/consequences-timeline.examples.js';

export type { Example };

const forSuites = (example: ElementExample): Example => ({ ...example, markup: markupOf(example) });

/** Each element's examples by tag, in catalogue order. */
export const EXAMPLES_BY_TAG = {
  'helpline-card': helplineCardExamples.map(forSuites),
  'help-panel': helpPanelExamples.map(forSuites),
  'law-explainer': lawExplainerExamples.map(forSuites),
  'consequences-timeline': consequencesTimelineExamples.map(forSuites),
} as const;

/** Every state of every element. */
export const EXAMPLES: Example[] = Object.values(EXAMPLES_BY_TAG).flat();

/** The four tags, for suites that go element by element. */
export const TAGS = ['helpline-card', 'help-panel', 'law-explainer', 'consequences-timeline'] as const;
