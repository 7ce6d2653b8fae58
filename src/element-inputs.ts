import { EXPLAINER_INPUTS } from './law-explainer/explainer-inputs.js';
import { CARD_INPUTS } from './helpline-card/card-inputs.js';
import { PANEL_INPUTS } from './help-panel/panel-inputs.js';
import { TIMELINE_INPUTS } from './consequences-timeline/timeline-inputs.js';

/**
 * Every element's table of inputs, by tag: what custom-elements-manifest.config.mjs writes into
 * custom-elements.json (attribute types, values and defaults), and what the hostile-input test walks.
 * No element imports this file, so it adds nothing to a bundle.
 */
export const ELEMENT_INPUTS = {
  'helpline-card': CARD_INPUTS,
  'help-panel': PANEL_INPUTS,
  'law-explainer': EXPLAINER_INPUTS,
  'consequences-timeline': TIMELINE_INPUTS,
};
