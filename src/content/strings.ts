/**
 * Strings shared by more than one element. Each element keeps its own defaults beside its class;
 * anything that names a service takes the number from the directory, never a second copy.
 */
import { CHILDLINE as childline } from './services.js';

/** What every widget shows if it cannot render: still a way to get help. */
export const FALLBACK = `If you need help, you can call ${childline.name} free on ${childline.phones[0].display}, or go to childline.org.uk.`;

/** Added to links that open in a new tab, for screen-reader users. */
export const NEW_TAB = '(opens in a new tab)';
