import { SERVICE_IDS } from '../content/services.js';
import { baseInputs, choice, date, flag, linkText, text, website } from '../core/inputs.js';
import { hiddenFormatCharacter, mailtoHref, smsHref, telHref } from '../core/safe-link.js';

/** What a card does without a host's number or address that is not valid. */
const BUILT_IN_INSTEAD = "It is not used: a built-in service's own shows instead, if it has one.";

/** What the keyword's row gives for a keyword it refused: the card then leaves its Text button out. */
export const KEYWORD_REFUSED: unique symbol = Symbol('keyword refused');

/**
 * `<helpline-card>`'s attributes, declared once (core/inputs.ts): each property is read as `unknown`
 * and normalised here before use, a phone number, text number, keyword and email address checked for
 * what it holds (core/safe-link.ts decides what a link can be made of).
 */
export const CARD_INPUTS = {
  service: choice('service', SERVICE_IDS, undefined, 'Showing only the fields set on the element.'),
  name: text('name'),
  description: text('description'),
  phone: linkText('phone', (number) => !!telHref(number), 'a UK number such as "0800 1111", "+44 800 1111", or a short code such as 999 or 116 123', BUILT_IN_INSTEAD),
  textNumber: linkText('text-number', (number) => !!smsHref(number), 'a short code such as "85258" or a UK mobile number', BUILT_IN_INSTEAD),
  // The keyword is printed on the button too, and a hidden direction character would show it
  // reversed. Without the keyword the host meant, a text might not reach them: a refused keyword
  // leaves the Text button out rather than sending the text without it.
  textKeyword: linkText('text-keyword', (keyword) => !hiddenFormatCharacter(keyword), 'a word such as "SHOUT"', 'The Text button is left out.', KEYWORD_REFUSED),
  url: website('url', undefined, 'It is not used.'),
  email: linkText('email', (address) => !!mailtoHref(address), 'an address such as "help@example.org"', BUILT_IN_INSTEAD),
  hours: text('hours'),
  eligibility: text('eligibility'),
  compact: flag('compact'),
  now: date('now'),
  ...baseInputs,
};
