/**
 * The shape of one entry in an element's example catalogue (src/<element>/<element>.examples.ts):
 * one state of one element, as a web editor would write it. Stories, the accessibility, reading-level,
 * wording, reflow, keyboard, screenshot and pseudo-locale checks, and the static-HTML tests all read
 * the catalogues, so a state added there once is shown and checked everywhere.
 *
 * Catalogues are developer material, never shipped: they are left out of dist/ and cdn/ (an
 * interaction reaches into a shadow root, which only the test build opens).
 */
export type ElementExample = {
  /** The tag, e.g. 'helpline-card'. */
  tag: string;
  /** A short name for the state, unique within the tag, e.g. 'compact' or 'parent: sextortion'. */
  name: string;
  /** Optional: put the element into the state after it renders (open every section, answer a myth). */
  interact?: (el: HTMLElement) => Promise<void>;
} & (
  | {
      /** The tag's attributes, written as a web editor would: `true` for a boolean one that is set. */
      attributes: Readonly<Record<string, string | true>>;
      markup?: never;
    }
  | {
      /** Markup when attributes cannot say it: exactly what is pasted, the element's tag included. */
      markup: string;
      attributes?: never;
    }
);

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The HTML a web editor would paste for an example. */
export function markupOf(example: ElementExample): string {
  if (example.markup !== undefined) return example.markup;
  const attributes = Object.entries(example.attributes)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  return `<${example.tag}${attributes}></${example.tag}>`;
}
