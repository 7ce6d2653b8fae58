/**
 * The only way a link reaches the page. A host attribute, a content override or a story control can
 * all carry a URL, so every href is checked here: https, tel, sms and mailto only (never
 * javascript:, data:, http: or a relative path that would resolve against a host we know nothing
 * about), and phone numbers are normalised so that a tap dials the right service from any phone.
 */

/**
 * Characters that print nothing but change how the text around them is shown: the bidi marks,
 * embeddings, overrides and isolates (U+200E–U+200F, U+202A–U+202E, U+2066–U+2069) and the byte-order
 * mark U+FEFF. "https://example.org/" + U+202E + "gpj.exe" would read as ending in ".jpg".
 */
const HIDDEN_FORMAT = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

/**
 * The first hidden direction or format character in `value`, as "U+202E", else undefined: for a
 * warning that says why an address was refused.
 */
export function hiddenFormatCharacter(value: unknown): string | undefined {
  const found = typeof value === 'string' ? HIDDEN_FORMAT.exec(value) : null;
  return found ? `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : undefined;
}

/** What a warning adds when `value` was refused for a hidden direction or format character. */
export function hiddenFormatReason(value: unknown): string {
  const found = hiddenFormatCharacter(value);
  return found ? ` It holds ${found}, an invisible character that can make an address read backwards.` : '';
}

/**
 * Return the URL when it is a website link that is safe to put in an href, otherwise undefined. Never
 * throws. https only, with a host and no user name or password (which could make a link read as one
 * site and open another). Calls, texts and email are not taken from a host's URL: telHref, smsHref
 * and mailtoHref below build those links themselves from a number or an address.
 */
export function safeWebsite(value: unknown): string | undefined {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  try {
    const { hostname, username, password } = new URL(trimmed);
    // Browsers drop tabs and newlines inside a URL ("java\tscript:"), so refuse any control character
    // or space rather than guess what the browser will make of it.
    // eslint-disable-next-line no-control-regex
    if (!/[\u0000-\u0020\u007f-\u009f]/.test(trimmed) && !HIDDEN_FORMAT.test(trimmed) && trimmed.startsWith('https:') && hostname && !username && !password) {
      return trimmed;
    }
  } catch {
    /* not a URL at all */
  }
  return undefined;
}

/**
 * Digits only (keeping a leading +), in the forms people write UK numbers: "020 7946 0000", "+44 20 7946 0000",
 * "0044 20 7946 0000" and "+44 (0)20 7946 0000" (a number set aside for drama) all dial +44…; a UK national number (0 + 9 or 10 digits,
 * or a shorter freephone such as 0800 1111) becomes +44 so the call or text connects from a phone
 * roaming abroad. "+44 0…" (the trunk 0 kept after the country code) does not connect, so it is
 * refused rather than guessed at.
 */
function dialled(value: unknown): string | undefined {
  // U+FEFF counts as white space to a regular expression, so it is refused before spaces are dropped.
  if (typeof value !== 'string' || HIDDEN_FORMAT.test(value)) return undefined;
  // "(0)" after a country code is the trunk prefix written for people dialling at home: never dialled.
  let digits = value.replace(/^(\s*(?:\+|00)\s*\d{1,3}\s*)\(0\)/, '$1').replace(/[\s().-]/g, '');
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  if (digits.startsWith('+440')) return undefined;
  if (/^0\d{7,10}$/.test(digits)) return `+44${digits.slice(1)}`;
  return /^\+?\d+$/.test(digits) ? digits : undefined;
}

/**
 * The `tel:` form of a UK number: national numbers become +44 (see dialled); a number already in +
 * form must be E.164 (a country code then 7 to 15 digits in all); short codes (999, 101, 116 123) stay
 * as dialled, because they are not reachable with a country code. Anything else is refused.
 */
export function telHref(value: unknown): string | undefined {
  const number = dialled(value);
  return number && /^(\+[1-9]\d{6,14}|999|112|101|1\d{4,5})$/.test(number) ? `tel:${number}` : undefined;
}

/**
 * The `sms:` form of a text number, with the keyword as the message body. "?&body=" is the form that
 * both iOS and Android fill in; a short code such as 85258 is kept as it is.
 */
export function smsHref(value: unknown, keyword?: string): string | undefined {
  const number = dialled(value);
  if (!number || !/^(\d{5,6}|\+\d{7,15})$/.test(number) || HIDDEN_FORMAT.test(keyword ?? '')) return undefined;
  return `sms:${number}${keyword ? `?&body=${encodeURIComponent(keyword)}` : ''}`;
}

/**
 * A mailto: link for a bare address, otherwise undefined. Only an address: a "?" or "&" would add
 * headers (bcc=, body=), so a link that reads as one address could copy in someone else.
 */
export function mailtoHref(address: unknown): string | undefined {
  if (typeof address !== 'string') return undefined;
  const trimmed = address.trim();
  return /^[\w.+-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i.test(trimmed)
    ? `mailto:${trimmed}`
    : undefined;
}
