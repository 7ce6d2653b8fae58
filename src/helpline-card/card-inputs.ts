import { SERVICE_IDS } from '../content/services.js';
import { baseInputs, choice, date, flag, text, website } from '../core/inputs.js';

/**
 * `<helpline-card>`'s attributes, declared once (core/inputs.ts): each property is read as `unknown`
 * and normalised here before use. A phone, text number or email address is then checked for what it
 * holds (a UK number, an address) by cardModel, which warns with the same attribute names.
 */
export const CARD_INPUTS = {
  service: choice('service', SERVICE_IDS, undefined, 'Showing only the fields set on the element.'),
  name: text('name'),
  description: text('description'),
  phone: text('phone'),
  textNumber: text('text-number'),
  textKeyword: text('text-keyword'),
  url: website('url', undefined, 'It is not used.'),
  email: text('email'),
  hours: text('hours'),
  eligibility: text('eligibility'),
  compact: flag('compact'),
  now: date('now'),
  ...baseInputs,
};
