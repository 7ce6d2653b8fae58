/**
 * One state of one element, as the suites read it: an entry of the element's catalogue
 * (src/<element>/<element>.examples.ts) with its markup always written out. The cross-cutting suites
 * (accessibility in every theme, reading level and wording, hostile host CSS, reflow, static HTML)
 * run over every example, so a new state is covered everywhere by adding it to its catalogue once.
 */
export interface Example {
  /** The tag, e.g. 'helpline-card'. */
  tag: string;
  /** A short name for the state, e.g. 'compact' or 'situation: sextortion'. */
  name: string;
  /** The markup, exactly as pasted into a page. */
  markup: string;
  /** The tag's attributes, when the catalogue gives the state as attributes (`true`: a boolean one set). */
  attributes?: Readonly<Record<string, string | true>>;
  /** Optional: put the element into the state after it renders (open a section, press Next…). */
  interact?: (el: HTMLElement) => Promise<void>;
}
