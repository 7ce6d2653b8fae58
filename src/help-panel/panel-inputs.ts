import { DEFAULT_EXIT } from '../content/quick-exit.js';
import { AUDIENCES, SITUATION_IDS } from '../content/situations.js';
import { baseInputs, changedByReader, choice, date, flag, website } from '../core/inputs.js';

/**
 * `<help-panel>`'s attributes, declared once (core/inputs.ts): each property is read as `unknown`
 * and normalised here before use, the quick exit's destination included. `situation` is a deep
 * link the reader then changes on screen, so it can never reflect.
 */
export const PANEL_INPUTS = {
  audience: choice('audience', AUDIENCES, 'young-person'),
  situation: changedByReader(choice('situation', SITUATION_IDS, undefined, 'Showing the choices with none chosen.')),
  noQuickExit: flag('no-quick-exit'),
  exitUrl: website('exit-url', DEFAULT_EXIT.url, `Using ${DEFAULT_EXIT.url}.`),
  now: date('now'),
  ...baseInputs,
};
