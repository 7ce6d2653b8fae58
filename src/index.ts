/**
 * Classes, content and types only: importing this module defines no element, so a host can register
 * the classes under its own names. `ypsi-widgets.js` (or `ypsi-widgets/<element>.js`) defines the tags.
 */
export { HelplineCard, HELPLINE_CARD_STRINGS } from './helpline-card/helpline-card.js';
export { SERVICES, SERVICE_IDS, serviceById } from './content/services.js';
export type { Service, FactRef, Hours, Phone } from './content/types.js';
export { setStrings, type Strings } from './core/strings.js';
export { defineElement } from './core/define-element.js';
export { VERSION } from './version.js';
