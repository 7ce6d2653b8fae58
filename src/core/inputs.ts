import { hasVisibleText } from './visible-text.js';
import { warnAttribute } from './warn.js';

/**
 * How an element reads what a page sets on it. An attribute always arrives as text, but a property
 * can be set to anything (a framework, a CMS plugin or a careless script may pass a number, an object,
 * `true` or a Symbol), so every attribute's property is read here as `unknown`, once per update,
 * before any other code of the element uses it.
 *
 * Each element declares one table of inputs, one row per property: the attribute's name, what is
 * valid (as the warning words it), the default, and what the element does instead. A value that is
 * not valid warns, naming the attribute and the valid values, and the default is used: never an
 * exception, never the fallback line.
 */

/** What `parse` returns for a value that is not valid. */
export const INVALID: unique symbol = Symbol('invalid');

export interface Input<T> {
  /** The attribute's name, as warnings say it. */
  readonly attribute: string;
  /** What is valid, in the warning's words: "young, teen, adult". */
  readonly valid: string;
  /** Used when nothing is set, and when what is set is not valid. */
  readonly fallback: T;
  /** What the element does with a value that is not valid: "Using \"young\"." */
  readonly instead: string;
  /**
   * A set value (not undefined, null or '') as the element uses it, or INVALID. `partly` warns about
   * a value that is partly valid (a list with one unknown id) and still gives what is.
   */
  parse(value: unknown, partly: (instead: string) => void): T | typeof INVALID;
}

/** A table of one element's inputs, keyed by property name. */
export type InputTable = Readonly<Record<string, Input<unknown>>>;

/** The normalised values of a table's inputs. */
export type InputValues<Table extends InputTable> = { [K in keyof Table]: Table[K] extends Input<infer T> ? T : never };

/** Not set: an absent attribute or an unset property is not a mistake, and gets the default silently. */
const isUnset = (value: unknown): boolean => value === undefined || value === null || value === '';

/** Read one input: the normalised value, or the fallback (with a warning when something wrong was set). */
export function readInput<T>(tag: string, input: Input<T>, value: unknown): T {
  if (isUnset(value)) return input.fallback;
  const warn = (instead: string) => warnAttribute(tag, input.attribute, value, input.valid, instead);
  let parsed: T | typeof INVALID;
  try {
    parsed = input.parse(value, warn);
  } catch {
    // A value whose conversion throws (a hostile toString) is not valid either.
    parsed = INVALID;
  }
  if (parsed !== INVALID) return parsed;
  warn(input.instead);
  return input.fallback;
}

/** Read every input of `table` from `from` (the element), each property once. */
export function readInputs<Table extends InputTable>(tag: string, table: Table, from: object): InputValues<Table> {
  const out: Record<string, unknown> = {};
  for (const [name, input] of Object.entries(table)) {
    let value: unknown;
    try {
      value = (from as Record<string, unknown>)[name];
    } catch {
      value = undefined; // a getter a page put on the element that throws reads as not set
    }
    out[name] = readInput(tag, input, value);
  }
  return out as InputValues<Table>;
}

/** Text as typed: trimmed, case kept. Only a string is text; a number or an object is not valid. */
const asText = (value: unknown): string | typeof INVALID => (typeof value === 'string' ? value.trim() : INVALID);

/** One of `ids`, in any case and with spaces around it. */
export function choice<Id extends string, Fallback extends Id | undefined>(
  attribute: string,
  ids: readonly Id[],
  fallback: Fallback,
  instead = `Using "${fallback}".`,
): Input<Id | Fallback> {
  return {
    attribute,
    valid: ids.join(', '),
    fallback,
    instead,
    parse(value) {
      const id = asText(value);
      return id !== INVALID && (ids as readonly string[]).includes(id.toLowerCase()) ? (id.toLowerCase() as Id) : INVALID;
    },
  };
}

/**
 * Free text (a name, a phone number). Text with nothing visible (only spaces, zero-width or
 * blank-looking characters) counts as not set, so a built-in value still shows. At most 500 characters.
 * Not valid: anything but a string (a number, an object), which is not used, so a card's built-in
 * field, if it has one, shows instead.
 */
export function text(attribute: string, valid = 'text', instead = 'It is not used.'): Input<string | undefined> {
  return {
    attribute,
    valid,
    fallback: undefined,
    instead,
    parse(value) {
      const given = asText(value);
      if (given === INVALID) return INVALID;
      return hasVisibleText(given) ? given.slice(0, 500) : undefined;
    },
  };
}

/**
 * A true/false attribute. As an attribute its presence is true; as a property `true` and `false`,
 * and the strings a framework may pass for an attribute it was given: '' (present), 'true', 'false'
 * and the attribute's own name.
 */
export function flag(attribute: string): Input<boolean> {
  return {
    attribute,
    valid: 'true or false (the attribute present or absent)',
    fallback: false,
    instead: 'Using false.',
    parse(value) {
      if (typeof value === 'boolean') return value;
      const given = asText(value);
      if (given === INVALID) return INVALID;
      const word = given.toLowerCase();
      return word === 'true' || word === attribute ? true : word === 'false' ? false : INVALID;
    },
  };
}

/** A whole number from `min` to `max`, given as a number or as its text ("3"). */
export function wholeNumber<N extends number>(attribute: string, min: number, max: number, fallback: N): Input<N> {
  return {
    attribute,
    valid: `a whole number from ${min} to ${max}`,
    fallback,
    instead: `Using ${fallback}.`,
    parse(value) {
      const given = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
      return Number.isInteger(given) && given >= min && given <= max ? (given as N) : INVALID;
    },
  };
}

/** A real date (from any frame), for a clock a test or preview fixes. */
export function date(attribute: string): Input<Date | undefined> {
  return {
    attribute,
    valid: 'a Date',
    fallback: undefined,
    instead: 'Using the real time.',
    parse(value) {
      // Not instanceof: a Date made in another frame is a Date too. getTime throws for anything else.
      const time = Object.prototype.toString.call(value) === '[object Date]' ? Date.prototype.getTime.call(value) : NaN;
      return Number.isNaN(time) ? INVALID : new Date(time);
    },
  };
}

/**
 * An object of strings, or its JSON text (the attribute's form; React 19 and Vue 3 set the property
 * to the attribute's text). Its keys and values are checked later, key by key, by resolveStrings.
 */
export function json(attribute: string): Input<object | undefined> {
  return {
    attribute,
    valid: 'an object of strings, or its JSON text',
    fallback: undefined,
    instead: 'It is not used.',
    parse(value, partly) {
      let given = value;
      if (typeof value === 'string') {
        try {
          given = JSON.parse(value);
        } catch {
          partly('It is not valid JSON, so it is not used.');
          return undefined;
        }
      }
      return given && typeof given === 'object' && !Array.isArray(given) ? given : INVALID;
    },
  };
}
