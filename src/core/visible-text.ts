/**
 * Whether text has anything a reader can see. Spaces, control and format characters (zero-width
 * space, joiners, bidi marks) are invisible, and so are the characters that are letters or symbols by
 * Unicode category yet print as blank: the Braille blank (U+2800), the Hangul fillers (U+115F, U+1160,
 * U+3164, U+FFA0) and the Khmer inherent vowels (U+17B4, U+17B5). A name or string made only of them
 * would show an empty widget, so it counts as not set.
 */
const BLANK = /[\s\p{C}\u2800\u115f\u1160\u3164\uffa0\u17b4\u17b5]/gu;

export function hasVisibleText(value: unknown): value is string {
  return typeof value === 'string' && value.replace(BLANK, '') !== '';
}
