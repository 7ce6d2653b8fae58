/**
 * One state of one element, written as the HTML a web editor would paste. The cross-cutting suites
 * (accessibility in every theme, hostile host CSS, reflow, static HTML) run over every example, so a
 * new state is covered everywhere by adding it here once.
 */
export interface Example {
  /** The tag, e.g. 'helpline-card'. */
  tag: string;
  /** A short name for the state, e.g. 'compact' or 'situation: sextortion'. */
  name: string;
  /** The markup, exactly as pasted into a page. */
  markup: string;
  /** Optional: put the element into the state after it renders (open a section, press Next…). */
  interact?: (el: HTMLElement) => Promise<void>;
}
