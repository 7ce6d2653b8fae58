import { warnOnce } from './warn.js';

/**
 * Every visible and announced string can be replaced by the host: once for the whole page with
 * `setStrings()`, or per element with its `strings` property / JSON attribute. English defaults stay
 * the fallback for any key not given. Unknown keys warn (a typo must not fail silently).
 */
export type Strings = Record<string, string>;

const pageStrings = new Map<string, Strings>();
const listeners = new Set<() => void>();

/**
 * Replace strings for every widget on the page (`tag` omitted) or for one element type.
 * Elements already on the page re-render.
 */
export function setStrings(strings: Strings, tag = '*'): void {
  if (!strings || typeof strings !== 'object') return;
  pageStrings.set(tag, { ...pageStrings.get(tag), ...strings });
  for (const notify of listeners) notify();
}

/** Called by an element when it connects, so page-wide changes reach it. Returns the unsubscribe. */
export function onStringsChanged(notify: () => void): () => void {
  listeners.add(notify);
  return () => listeners.delete(notify);
}

/** Keep only string values for known keys; warn once for the rest. */
function validOverrides(tag: string, defaults: Strings, given: unknown, where: string): Strings {
  const out: Strings = {};
  if (!given || typeof given !== 'object') return out;
  for (const [key, value] of Object.entries(given as Record<string, unknown>)) {
    if (!(key in defaults)) {
      const known = Object.keys(defaults).join(', ');
      warnOnce(tag, `${where} has an unknown key "${key.slice(0, 40)}". Valid keys: ${known}.`);
    } else if (typeof value !== 'string' || !value.trim()) {
      warnOnce(tag, `${where}.${key} must be a non-empty string. Using the English default.`);
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** The strings an element renders with: defaults, then page-wide, then per-tag, then its own. */
export function resolveStrings(tag: string, defaults: Strings, own: unknown): Strings {
  // Page-wide strings cover many elements, so unknown keys there are expected and not reported.
  const shared = pageStrings.get('*') ?? {};
  const forAll: Strings = {};
  for (const key of Object.keys(shared)) if (key in defaults) forAll[key] = shared[key];
  return {
    ...defaults,
    ...forAll,
    ...validOverrides(tag, defaults, pageStrings.get(tag), `setStrings(…, '${tag}')`),
    ...validOverrides(tag, defaults, own, 'strings'),
  };
}

/** Fill `{name}` placeholders; unknown placeholders are left as they are. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
