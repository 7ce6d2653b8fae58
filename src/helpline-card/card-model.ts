import { serviceById, SERVICE_IDS } from '../content/services.js';
import type { Service } from '../content/types.js';
import { openStatus, type OpenStatus } from '../core/london-time.js';
import { mailtoHref, safeWebsite, smsHref, telHref } from '../core/safe-link.js';
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
  // Text with nothing visible (only zero-width or control characters) counts as not set: otherwise a
  // name of "\u200b" would show an empty card instead of the built-in name or the fallback.
  return /[^\s\p{C}]/u.test(trimmed) ? trimmed.slice(0, 500) : undefined;
};

/**
 * Build the card from a built-in service and the host's own fields. A host field replaces the
 * built-in one; anything invalid is warned about (naming the attribute and what is valid) and left out,
 * so the card still shows everything that is valid.
 */
export function cardModel(tag: string, input: CardInput, now: Date): CardModel {
  const id = clean(input.service)?.toLowerCase();
  let builtIn: Service | undefined;
  if (id) {
    builtIn = serviceById(id);
    if (!builtIn) {
      warnAttribute(tag, 'service', input.service, SERVICE_IDS.join(', '), 'Showing only the fields set on the element.');
    }
  }
  const model: CardModel = {
    name: clean(input.name) ?? builtIn?.name,
    description: clean(input.description) ?? builtIn?.description,
    eligibility: clean(input.eligibility) ?? builtIn?.eligibility,
    phones: [],
    free: builtIn?.free,
    confidential: builtIn?.confidential,
    anonymous: builtIn?.anonymous,
  };

  const hostPhone = clean(input.phone);
  if (hostPhone) {
    const href = telHref(hostPhone);
    if (href) model.phones.push({ display: hostPhone, href });
    else warnAttribute(tag, 'phone', hostPhone, 'a UK number such as "0800 1111", "+44 800 1111", or a short code such as 999 or 116 123', 'The Call button is left out.');
  } else {
    for (const phone of builtIn?.phones ?? []) {
      const href = telHref(phone.display);
      if (href) model.phones.push({ display: phone.display, href, label: phone.label });
    }
  }

  const textNumber = clean(input.textNumber) ?? builtIn?.text?.number;
  if (textNumber) {
    const keyword = clean(input.textKeyword) ?? (input.textNumber ? undefined : builtIn?.text?.keyword);
    const href = smsHref(textNumber, keyword);
    if (href) model.text = { href, number: textNumber, keyword };
    else warnAttribute(tag, 'text-number', textNumber, 'a short code such as "85258" or a UK mobile number', 'The Text button is left out.');
  }

  const email = clean(input.email) ?? builtIn?.email;
  if (email) {
    const href = mailtoHref(email);
    if (href) model.email = { href, address: email };
    else warnAttribute(tag, 'email', email, 'an address such as "help@example.org"', 'The Email link is left out.');
  }

  const url = clean(input.url) ?? builtIn?.url;
  if (url) {
    model.website = safeWebsite(url);
    if (!model.website) warnAttribute(tag, 'url', url, 'an https:// address', 'The website link is left out.');
  }

  const hostHours = clean(input.hours);
  if (hostHours) {
    model.hoursWords = hostHours;
  } else if (builtIn?.hours?.verified) {
    // FACTS.md: never say "open now" for a service whose hours are unconfirmed.
    model.hoursWords = builtIn.hours.words;
    if (builtIn.hours.schedule) model.status = openStatus(builtIn.hours.schedule, now);
  }

  if (!model.name) {
    warnOnce(tag, id && !builtIn
      ? `has no name to show because service=${JSON.stringify(id)} is unknown. Set a valid service or a name attribute.`
      : 'needs a service (one of: ' + SERVICE_IDS.join(', ') + ') or a name attribute.');
  }
  return model;
}
