/** The CDN entry: defines every element. Safe to load more than once. */
import './helpline-card/define.js';
import './help-panel/define.js';
import './law-explainer/define.js';
import './consequences-timeline/define.js';

export * from './index.js';
