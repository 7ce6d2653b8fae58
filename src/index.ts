/**
 * Classes, content and types only: importing this module defines no element, so a host can register
 * the classes under its own names. `ypsi-widgets.js` (or `ypsi-widgets/<element>.js`) defines the tags.
 */
// First, before Lit loads: explains a Trusted Types policy that blocks Lit (trusted-types-help.ts).
import './trusted-types-help.js';

export { HelplineCard, HELPLINE_CARD_STRINGS } from './helpline-card/helpline-card.js';
export { HelpPanel, HELP_PANEL_STRINGS, DEFAULT_EXIT_URL } from './help-panel/help-panel.js';
export { quickExit, type QuickExitController } from './help-panel/quick-exit.js';
export { SITUATIONS, SITUATION_IDS, AUDIENCES, type Situation, type SituationId, type Audience } from './content/situations.js';
export { ConsequencesTimeline, CONSEQUENCES_TIMELINE_STRINGS } from './consequences-timeline/consequences-timeline.js';
export { SCENARIOS, SCENARIO_IDS, STAGE_IDS, type Scenario, type ScenarioId, type Stage, type StageId, type Point } from './content/consequences.js';
export { LawExplainer, LAW_EXPLAINER_STRINGS } from './law-explainer/law-explainer.js';
export { JURISDICTION_IDS, type Jurisdiction } from './content/jurisdictions.js';
export { JURISDICTIONS, LEVEL_IDS, LAW_FACTS, SECTIONS, SECTION_IDS, type Level, type LawSection, type LawFact } from './content/law.js';
export { MYTHS, type Myth } from './content/myths.js';
export { SERVICES, SERVICE_IDS, serviceById } from './content/services.js';
export type { Service, FactRef, Hours, Phone } from './content/types.js';
export { setStrings, addTranslation, type Strings, type Translation } from './core/strings.js';
export { defineElement } from './core/define-element.js';
export { VERSION } from './version.js';
