/**
 * The one console-warning format. Every problem a web editor can cause (a bad attribute, a clashing
 * tag name, an unknown string key) is reported here, once per distinct message, so a CMS page that
 * re-renders a widget a hundred times still shows one readable line.
 */
const alreadySaid = new Set<string>();
/**
 * How many distinct lines are remembered. A page that feeds many distinct bad values (a fuzzer, a
 * CMS loop) must not grow memory without end; past this, the oldest is forgotten and could be said
 * again, which costs a console line, never correctness.
 */
export const WARN_MEMORY = 200;

/** Warn once: `<tag>: message`. Never throws, even where `console` has been replaced by the host. */
export function warnOnce(tag: string, message: string): void {
  const line = `<${tag}>: ${message}`;
  if (alreadySaid.has(line)) return;
  alreadySaid.add(line);
  if (alreadySaid.size > WARN_MEMORY) alreadySaid.delete(alreadySaid.values().next().value!);
  try {
    console.warn(`[ypsi-widgets] ${line}`);
  } catch {
    /* a host that breaks console must not break the widget */
  }
}

/** Warn about one attribute: what was given, what is valid, and what the element does instead. */
export function warnAttribute(
  tag: string,
  attribute: string,
  value: unknown,
  valid: string,
  instead: string,
): void {
  let shown: string;
  try {
    shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 80)) : String(value).slice(0, 80);
    // Written as escapes, so a direction override cannot turn the console line itself around.
    shown = shown.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase()}`);
  } catch {
    // A value whose toString throws (or a Symbol in a template) must not turn a warning into an error.
    shown = `(a ${typeof value} that cannot be shown)`;
  }
  warnOnce(tag, `${attribute}=${shown} is not valid. Valid values: ${valid}. ${instead}`);
}
