/**
 * The only way a link reaches the page. A host attribute, a content override or a story control can
 * all carry a URL, so every href is checked here: https, tel, sms and mailto only (never
 * javascript:, data:, http: or a relative path that would resolve against a host we know nothing
 * about), and phone numbers are normalised so that a tap dials the right service from any phone.
 */

const ALLOWED = ['https:', 'tel:', 'sms:', 'mailto:'] as const;

/** Return the URL when its scheme is allowed, otherwise undefined. Never throws. */
export function safeHref(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  // Browsers drop tabs and newlines inside a URL ("java\tscript:"), so refuse any control character
  // or space rather than guess what the browser will make of it.
  // eslint-disable-next-line no-control-regex
  if (!trimmed || /[\u0000-\u0020\u007f-\u009f]/.test(trimmed)) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (!(ALLOWED as readonly string[]).includes(url.protocol)) return undefined;
  if (url.protocol === 'https:' && (!url.hostname || url.username || url.password)) return undefined;
  return trimmed;
}

/** Return an https: URL for a website link, otherwise undefined. */
export function safeWebsite(value: unknown): string | undefined {
  const href = safeHref(value);
  return href?.startsWith('https:') ? href : undefined;
}

/** Digits only, keeping a leading + so "+44 800 1111" and "0800 1111" can both be read. */
function digitsOf(value: string): string | undefined {
  const compact = value.replace(/[\s().-]/g, '');
  return /^\+?\d+$/.test(compact) ? compact : undefined;
}

/**
 * The `tel:` form of a UK number: national numbers (0 + 9 or 10 digits) become +44 so the call
 * connects from a phone roaming abroad; short codes (999, 101, 116 123) stay as dialled, because
 * they are not reachable with a country code. Anything else is refused.
 */
export function telHref(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const digits = digitsOf(value);
  if (!digits) return undefined;
  // UK national numbers are 0 + 9 or 10 digits, and a few freephone numbers are shorter (0800 1111).
  if (/^0\d{7,10}$/.test(digits)) return `tel:+44${digits.slice(1)}`;
  // Any number already in + form (+44 included): E.164, a country code then 7 to 15 digits in all.
  if (/^\+[1-9]\d{6,14}$/.test(digits)) return `tel:${digits}`;
  if (/^(999|112|101|1\d{4,5})$/.test(digits)) return `tel:${digits}`;
  return undefined;
}

/**
 * The `sms:` form of a text number, with the keyword as the message body. "?&body=" is the form that
 * both iOS and Android fill in; a short code such as 85258 is kept as it is.
 */
export function smsHref(number: unknown, keyword?: string): string | undefined {
  if (typeof number !== 'string') return undefined;
  const digits = digitsOf(number);
  if (!digits) return undefined;
  let target: string;
  if (/^\d{5,6}$/.test(digits)) target = digits;
  else if (/^0\d{7,10}$/.test(digits)) target = `+44${digits.slice(1)}`;
  else if (/^\+\d{7,15}$/.test(digits)) target = digits;
  else return undefined;
  const body = keyword ? `?&body=${encodeURIComponent(keyword)}` : '';
  return `sms:${target}${body}`;
}

/** A mailto: link for a plain address, otherwise undefined. */
export function mailtoHref(address: unknown): string | undefined {
  if (typeof address !== 'string') return undefined;
  const trimmed = address.trim();
  return /^[^\s@<>"'()]+@[^\s@<>"'()]+\.[a-z]{2,}$/i.test(trimmed)
    ? `mailto:${trimmed}`
    : undefined;
}
