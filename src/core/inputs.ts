import type { HeadingLevel } from './heading-level.js';
import { hiddenFormatReason, safeWebsite } from './safe-link.js';
import { hasVisibleText } from './visible-text.js';
import { warnAttribute } from './warn.js';

/**
 * How an element reads what a page sets on it. An attribute always arrives as text, but a property
 * can be set to anything (a framework, a CMS plugin or a careless script may pass a number, an object,
 * `true` or a Symbol), so every attribute's property is read here as `unknown`, once per update,
 * before any other code of the element uses it.
 *
 * Each element declares one table of inputs, one row per property: the attribute's name, its kind
 * and values (the ids of a content list, a number range), what is valid (as the warning words it),
 * the default, what the element does instead, and whether it may reflect. Everything else is made
 * from that table: Lit's `static properties` (`propertiesOf`), the normalised view each update reads
 * (`readInputs`), and, through custom-elements-manifest.config.mjs, the manifest's attribute types and
 * defaults, which the framework types, editor data, builder and static-HTML command read in turn.
 * A value that is not valid warns, naming the attribute and the valid values, and the default is
 * used: never an exception, never the fallback line.
 */

/** What `parse` returns for a value that is not valid. */
export const INVALID: unique symbol = Symbol('invalid');

/**
 * What kind of value a row takes, as the manifest and its readers need to know it: one of `values`
 * (`choice`), a comma list of them (`list`), a whole number from `values[0]` to the last (`number`),
 * true/false (`boolean`), an object or its JSON (`json`), free text (`text`), an https address
 * (`website`) or a Date set as a property only (`date`).
 */
export type InputKind = 'choice' | 'list' | 'number' | 'boolean' | 'json' | 'text' | 'website' | 'date';

export interface InputRow<T> {
  /** The attribute's name, as warnings say it (a property-only row has one too, for its warnings). */
  readonly attribute: string;
  readonly kind: InputKind;
  /** The ids a `choice` or `list` takes, or a `number`'s whole range, in order. */
  readonly values?: readonly (string | number)[];
  /** Set as a property only (a Date): no attribute carries it. */
  readonly propertyOnly?: true;
  /** The default as the attribute writes it, where `fallback` is in another form (an index). */
  readonly attributeDefault?: string;
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

/**
 * One row. Whether it may ever reflect (write its value back to the attribute, where the host page
 * can read it) is part of the row, and a row whose shown state a reader changes (the situation they
 * open, "Show all stages") can never say so: `reader` and `reflect` cannot both be set. No row
 * reflects today: the host set every attribute, so it tells the host nothing.
 */
export type Input<T> = InputRow<T> & ({ readonly reader: true; readonly reflect?: never } | { readonly reader?: never; readonly reflect?: boolean });

/** The row for an input a reader changes on screen (a deep link they then move on from): never reflected. */
export const changedByReader = <T>(input: Input<T>): Input<T> => ({ ...input, reader: true, reflect: undefined }) as Input<T>;

/** A table of one element's inputs, keyed by property name. */
export type InputTable = Readonly<Record<string, Input<unknown>>>;

/** The normalised values of a table's inputs. */
export type InputValues<Table extends InputTable> = { [K in keyof Table]: Table[K] extends Input<infer T> ? T : never };

/** Lit's options for one row: its attribute (none for a property-only row), Boolean's converter for a flag. */
export interface LitProperty {
  attribute?: string | false;
  type?: typeof Boolean;
  reflect?: boolean;
}

/** Lit's `static properties` for a table: its rows' attributes, reflecting only where a row says so. */
export function propertiesOf<Table extends InputTable>(table: Table): { [K in keyof Table]: LitProperty } {
  const out: Record<string, LitProperty> = {};
  for (const [name, input] of Object.entries(table)) {
    out[name] = {
      attribute: !input.propertyOnly && input.attribute,
      type: input.kind == 'boolean' ? Boolean : undefined,
      reflect: !input.reader && input.reflect,
    };
  }
  return out as { [K in keyof Table]: LitProperty };
}

/** Not set: an absent attribute or an unset property is not a mistake, and gets the default silently. */
export const isUnset = (value: unknown): boolean => value === undefined || value === null || value === '';

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
    kind: 'choice',
    values: ids,
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
    kind: 'text',
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
 * Text a link is made from (a phone number, an email address, a text's keyword), which must also be
 * one: `accepts` decides (core/safe-link.ts). Text it refuses warns, saying what is valid, and why when
 * it holds an invisible direction character, and gives `refused`: by default nothing, so the element
 * does without it and a built-in service's own value shows instead.
 */
export function linkText<Refused = undefined>(
  attribute: string,
  accepts: (text: string) => boolean,
  valid: string,
  instead: string,
  refused?: Refused,
): Input<string | undefined | Refused> {
  const asTyped = text(attribute, valid, instead);
  return {
    ...asTyped,
    parse(value, partly) {
      const given = asTyped.parse(value, partly);
      if (given === INVALID || given === undefined || accepts(given)) return given;
      partly(instead + hiddenFormatReason(given));
      return refused as Refused;
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
    kind: 'boolean',
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

/**
 * An https address (core/safe-link.ts decides), else `fallback`. The warning says why when the
 * address holds an invisible direction character, which would make it read as another address.
 */
export function website<Fallback extends string | undefined>(attribute: string, fallback: Fallback, instead: string): Input<string | Fallback> {
  return {
    attribute,
    kind: 'website',
    valid: 'an https:// address',
    fallback,
    instead,
    parse(value, partly) {
      const href = safeWebsite(value);
      if (!href) partly(instead + hiddenFormatReason(value));
      return href ?? fallback;
    },
  };
}

/** A whole number from `min` to `max`, given as a number or as its text ("3"). */
export function wholeNumber<N extends number>(attribute: string, min: number, max: number, fallback: N): Input<N> {
  return {
    attribute,
    kind: 'number',
    values: Array.from({ length: max - min + 1 }, (_, i) => min + i),
    valid: `a whole number from ${min} to ${max}`,
    fallback,
    instead: `Using ${fallback}.`,
    parse(value) {
      const given = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
      return Number.isInteger(given) && given >= min && given <= max ? (given as N) : INVALID;
    },
  };
}

/** A real date (from any frame), for a clock a test or preview fixes: a property only. */
export function date(attribute: string): Input<Date | undefined> {
  return {
    attribute,
    kind: 'date',
    propertyOnly: true,
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
    kind: 'json',
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

/**
 * The rows every widget has, after its own in its table: the heading level that fits the host
 * page's outline, and its own string overrides (checked key by key by core/strings.ts).
 */
export const baseInputs = {
  headingLevel: wholeNumber<HeadingLevel>('heading-level', 2, 6, 3),
  strings: json('strings'),
};

/** A table with the base rows, as every element's is. */
export type ElementInputs = InputTable & typeof baseInputs;
