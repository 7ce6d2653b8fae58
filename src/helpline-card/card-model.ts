import { serviceById, SERVICE_IDS } from '../content/services.js';
import type { Service } from '../content/types.js';
import { openStatus, type OpenStatus } from '../core/london-time.js';
import { hiddenFormatCharacter, hiddenFormatReason, mailtoHref, safeWebsite, smsHref, telHref } from '../core/safe-link.js';
import { hasVisibleText } from '../core/visible-text.js';
import { warnAttribute, warnOnce } from '../core/warn.js';

/** What the host set on the element, as attributes or properties. */
export interface CardInput {
  service?: string | null;
  name?: string | null;
  description?: string | null;
  phone?: string | null;
  textNumber?: string | null;
  textKeyword?: string | null;
  url?: string | null;
  email?: string | null;
  hours?: string | null;
  eligibility?: string | null;
}

export interface CardPhone {
  display: string;
  href: string;
  label?: string;
}

/** Everything the card renders, every link already checked. */
export interface CardModel {
  name?: string;
  description?: string;
  eligibility?: string;
  phones: CardPhone[];
  text?: { href: string; number: string; keyword?: string };
  email?: { href: string; address: string };
  website?: string;
  hoursWords?: string;
  status?: OpenStatus;
  free?: boolean;
  confidential?: boolean;
  anonymous?: boolean;
}

const clean = (value: string | null | undefined): string | undefined => {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  // Text with nothing visible (zero-width, control or blank-looking characters) counts as not set:
  // otherwise a name of "\u200b" or "\u2800" would show an empty card instead of the built-in name.
  return hasVisibleText(trimmed) ? trimmed.slice(0, 500) : undefined;
};

/**
 * Build the card from a built-in service and the host's own fields. A host field replaces the
 * built-in one; anything invalid is warned about (naming the attribute and what is valid) and left out,
 * so the card still shows everything that is valid.
 */
export function cardModel(tag: string, input: CardInput, now: Date): CardModel {
  const id = clean(input.service)?.toLowerCase();
  const builtIn: Service | undefined = id ? serviceById(id) : undefined;
  if (id && !builtIn) {
    warnAttribute(tag, 'service', input.service, SERVICE_IDS.join(', '), 'Showing only the fields set on the element.');
  }
  /** The host's field, else the built-in one. */
  const field = <K extends 'name' | 'description' | 'eligibility' | 'email' | 'url'>(key: K) => clean(input[key]) ?? builtIn?.[key];
  /** A link that passed safe-link, or a warning that names what was left out. */
  const checked = <T>(link: T | undefined, attribute: string, value: string, valid: string, what: string) => {
    if (!link) warnAttribute(tag, attribute, value, valid, `The ${what} is left out.${hiddenFormatReason(value)}`);
    return link;
  };
  const model: CardModel = {
    name: field('name'),
    description: field('description'),
    eligibility: field('eligibility'),
    phones: [],
    free: builtIn?.free,
    confidential: builtIn?.confidential,
    anonymous: builtIn?.anonymous,
  };

  const hostPhone = clean(input.phone);
  for (const { display, label } of hostPhone ? [{ display: hostPhone }] : builtIn?.phones ?? []) {
    const href = telHref(display);
    // A built-in number always passes (tests/helpline-card.test.ts): only the host's own can be wrong.
    if (href) model.phones.push({ display, href, label });
    else warnAttribute(tag, 'phone', display, 'a UK number such as "0800 1111", "+44 800 1111", or a short code such as 999 or 116 123', `The Call button is left out.${hiddenFormatReason(display)}`);
  }

  const number = clean(input.textNumber) ?? builtIn?.text?.number;
  if (number) {
    const keyword = clean(input.textKeyword) ?? (input.textNumber ? undefined : builtIn?.text?.keyword);
    // The keyword is printed on the button too: a hidden direction character would show it reversed.
    const keywordFault = hiddenFormatCharacter(keyword);
    if (keywordFault) warnAttribute(tag, 'text-keyword', keyword, 'a word such as "SHOUT"', `The Text button is left out.${hiddenFormatReason(keyword)}`);
    const href = keywordFault ? undefined : checked(smsHref(number, keyword), 'text-number', number, 'a short code such as "85258" or a UK mobile number', 'Text button');
    if (href) model.text = { href, number, keyword };
  }

  const address = field('email');
  if (address) {
    const href = checked(mailtoHref(address), 'email', address, 'an address such as "help@example.org"', 'Email link');
    if (href) model.email = { href, address };
  }

  const url = field('url');
  if (url) model.website = checked(safeWebsite(url), 'url', url, 'an https:// address', 'website link');

  const hours = builtIn?.hours;
  model.hoursWords = clean(input.hours);
  // The facts' rule: never say "open now" for a service whose hours are unconfirmed. Host hours are shown as given.
  if (!model.hoursWords && hours?.verified) {
    model.hoursWords = hours.words;
    if (hours.schedule) model.status = openStatus(hours.schedule, now);
  }

  // With an unknown service, its own warning above already lists the valid ids and says what is shown.
  if (!model.name && !id) warnOnce(tag, `needs a service (one of: ${SERVICE_IDS.join(', ')}) or a name attribute.`);
  return model;
}
