/** The CDN entry: defines every element. Safe to load more than once. */

// Order only, no behaviour: the bundle keeps modules in first-import order, so importing the content
// and then the styles here puts like next to like (all the words together, then all the CSS), which
// gzip compresses much better than each element's words and CSS spread among its code. These modules
// only define constants.
// First, before Lit loads: explains a Trusted Types policy that blocks Lit (trusted-types-help.ts).
import './trusted-types-help.js';
import './content/strings.js';
import './content/services.js';
import './content/situations.js';
import './content/consequences.js';
import './content/myths.js';
import './content/law.js';
import './styles/base.styles.js';
import './styles/box.styles.js';
import './helpline-card/helpline-card.styles.js';
import './help-panel/help-panel.styles.js';
import './law-explainer/law-explainer.styles.js';
import './consequences-timeline/consequences-timeline.styles.js';

import './helpline-card/define.js';
import './help-panel/define.js';
import './law-explainer/define.js';
import './consequences-timeline/define.js';

export * from './index.js';
