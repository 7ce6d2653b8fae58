import { serviceById, SERVICE_IDS, type ServiceId } from '../content/services.js';
import type { Service } from '../content/types.js';
import { openStatus, type OpenStatus } from '../core/london-time.js';
import { mailtoHref, safeWebsite, smsHref, telHref } from '../core/safe-link.js';
import { warnOnce } from '../core/warn.js';
import { KEYWORD_REFUSED } from './card-inputs.js';

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
  /** KEYWORD_REFUSED when the host's keyword was refused: the Text button is then left out. */
  textKeyword?: string | typeof KEYWORD_REFUSED;
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

// A built-in service's website, checked once per service rather than on every card of a page.
const checkedWebsites = new WeakMap<Service, string | undefined>();
function builtInWebsite(service: Service): string | undefined {
  if (!checkedWebsites.has(service)) checkedWebsites.set(service, safeWebsite(service.url));
  return checkedWebsites.get(service);
}

/**
 * Build the card from a built-in service and the host's own fields. A host field replaces the
 * built-in one. Every host field has passed its row already (card-inputs.ts), which warned about what
 * it refused, so the card shows everything that is valid. `serviceSet` says whether the host set any
 * `service` at all (one that is not valid has been warned about by its row already).
 */
export function cardModel(tag: string, input: CardInput, now: Date, serviceSet = !!input.service): CardModel {
  const builtIn: Service | undefined = input.service ? serviceById(input.service) : undefined;
  /** The host's field, else the built-in one. */
  const field = <K extends 'name' | 'description' | 'eligibility' | 'email' | 'url'>(key: K) => input[key] ?? builtIn?.[key];
  const model: CardModel = {
    name: field('name'),
    description: field('description'),
    eligibility: field('eligibility'),
    phones: [],
    free: builtIn?.free,
    confidential: builtIn?.confidential,
    anonymous: builtIn?.anonymous,
  };

  // A built-in number always makes a link (tests/helpline-card.test.ts) and a host's passed its row:
  // the checks here only keep a link from ever being drawn without an href.
  const hostPhone = input.phone;
  for (const { display, label } of hostPhone ? [{ display: hostPhone }] : builtIn?.phones ?? []) {
    const href = telHref(display);
    if (href) model.phones.push({ display, href, label });
  }

  const number = input.textNumber ?? builtIn?.text?.number;
  if (number && input.textKeyword !== KEYWORD_REFUSED) {
    const keyword = input.textKeyword ?? (input.textNumber ? undefined : builtIn?.text?.keyword);
    const href = smsHref(number, keyword);
    if (href) model.text = { href, number, keyword };
  }

  const address = field('email');
  const emailHref = address && mailtoHref(address);
  if (address && emailHref) model.email = { href: emailHref, address };

  // The host's address already passed its row (https only); a built-in one is checked all the same.
  model.website = input.url ?? (builtIn && builtInWebsite(builtIn));

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
