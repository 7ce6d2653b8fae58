import { serviceById, SERVICE_IDS, type ServiceId } from '../content/services.js';
import type { Service } from '../content/types.js';
import { openStatus, type OpenStatus } from '../core/london-time.js';
import { hiddenFormatCharacter, hiddenFormatReason, mailtoHref, safeWebsite, smsHref, telHref } from '../core/safe-link.js';
import { warnAttribute, warnOnce } from '../core/warn.js';

/**
 * What the host set on the element, already normalised by its table (card-inputs.ts): a known
 * service id, trimmed visible text, an https website.
 */
export interface CardInput {
  service?: ServiceId;
  name?: string;
  description?: string;
  phone?: string;
  textNumber?: string;
  textKeyword?: string;
  url?: string;
  email?: string;
  hours?: string;
  eligibility?: string;
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

/**
 * Build the card from a built-in service and the host's own fields. A host field replaces the
 * built-in one; anything invalid is warned about (naming the attribute and what is valid) and left out,
 * so the card still shows everything that is valid. `serviceSet` says whether the host set any
 * `service` at all (one that is not valid has been warned about by its row already).
 */
export function cardModel(tag: string, input: CardInput, now: Date, serviceSet = !!input.service): CardModel {
  const builtIn: Service | undefined = input.service ? serviceById(input.service) : undefined;
  /** The host's field, else the built-in one. */
  const field = <K extends 'name' | 'description' | 'eligibility' | 'email' | 'url'>(key: K) => input[key] ?? builtIn?.[key];
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

  const hostPhone = input.phone;
  for (const { display, label } of hostPhone ? [{ display: hostPhone }] : builtIn?.phones ?? []) {
    const href = telHref(display);
    // A built-in number always passes (tests/helpline-card.test.ts): only the host's own can be wrong.
    if (href) model.phones.push({ display, href, label });
    else warnAttribute(tag, 'phone', display, 'a UK number such as "0800 1111", "+44 800 1111", or a short code such as 999 or 116 123', `The Call button is left out.${hiddenFormatReason(display)}`);
  }

  const number = input.textNumber ?? builtIn?.text?.number;
  if (number) {
    const keyword = input.textKeyword ?? (input.textNumber ? undefined : builtIn?.text?.keyword);
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

  // The host's address already passed its row (https only); a built-in one is checked all the same.
  model.website = input.url ?? safeWebsite(builtIn?.url);

  const hours = builtIn?.hours;
  model.hoursWords = input.hours;
  // The facts' rule: never say "open now" for a service whose hours are unconfirmed. Host hours are shown as given.
  if (!model.hoursWords && hours?.verified) {
    model.hoursWords = hours.words;
    if (hours.schedule) model.status = openStatus(hours.schedule, now);
  }

  // With a service that is not valid, its own warning already lists the valid ids and says what is shown.
  if (!model.name && !serviceSet) warnOnce(tag, `needs a service (one of: ${SERVICE_IDS.join(', ')}) or a name attribute.`);
  return model;
}
