import { type PropertyValues } from '@lit/reactive-element';
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { isServer } from 'lit-html/is-server.js';
import type { ServiceId } from '../content/services.js';
import {
  REASSURANCE,
  SITUATIONS,
  SITUATION_STRINGS,
  STAFF_STEPS,
  START_SERVICES,
  servicesFor,
  type Audience,
  type Situation,
  type SituationId,
  type SituationStringKey,
  type Step,
} from '../content/situations.js';
import { FALLBACK } from '../content/strings.js';
import { heading, levelBelow, type HeadingLevel } from '../core/heading-level.js';
import type { StringTable, Strings } from '../core/strings.js';
import { propertiesOf } from '../core/inputs.js';
import { YpsiElement } from '../core/ypsi-element.js';
import { baseStyles } from '../styles/base.styles.js';
import { boxStyles } from '../styles/box.styles.js';
import { helpPanelStaticStyles, helpPanelStyles } from './help-panel.styles.js';
import { SPARE_CARD_TAG, cardTag } from './card-tag.js';
import { PANEL_INPUTS } from './panel-inputs.js';
import { PanelQuickExit, type ExitTextKey } from './panel-quick-exit.js';
import { DEFAULT_EXIT } from '../content/quick-exit.js';

/** GOV.UK Exit this page's default destination (src/content/quick-exit.ts). */
export const DEFAULT_EXIT_URL = DEFAULT_EXIT.url;

/** The panel's own strings, before the situations' words. */
const PANEL_STRINGS = {
  heading: 'Get help',
  // `reassurance` and `reassuranceAdult` are content, with their facts: REASSURANCE in src/content/situations.ts.
  staffHeading: 'First steps for staff',
  chooser: "What's happening?",
  stepsHeading: 'What you can do',
  // The steps' heading as a screen reader names it once a situation is chosen: focus moves there, so
  // the reader hears what they chose, then the first step (its description).
  stepsFor: 'What you can do: {situation}',
  // Not "now": the cards under it include Childline, whose hours are only partly confirmed.
  startHeading: 'Someone to talk to',
  exit: 'Exit this page',
  // "Exit this page", as the control is named and announced (a link, shown as a button).
  exitNote:
    'Quick exit: use Exit this page, or press Shift 3 times. It does not clear your browsing history.',
  exitNoteNoScript:
    'Quick exit: use Exit this page. It does not clear your browsing history.',
  // One key per plural category (Intl.PluralRules, for the panel's language): English needs only
  // `one` and `other`; a translation adds `zero`, `two`, `few` or `many` where its grammar does.
  'shiftLeft.one': 'Press Shift {count} more time to exit this page.',
  'shiftLeft.other': 'Press Shift {count} more times to exit this page.',
  // A new attempt after one that stopped: other words, or a screen reader would drop the repeat.
  'shiftAgain.one': 'The count started again. Press Shift {count} more time to exit this page.',
  'shiftAgain.other': 'The count started again. Press Shift {count} more times to exit this page.',
  // Said when 5 seconds pass without a press, or another key ends the count (GOV.UK says so too).
  shiftStopped: 'The count stopped. To exit this page, press Shift 3 times.',
  exiting: 'Exiting this page.',
  exitFramed: 'This help sits inside another website. Exit this page may only clear this box, not the whole page. To leave fast, close the tab.',
  fallback: FALLBACK,
} as const satisfies Strings;

/** A key of `HELP_PANEL_STRINGS`: the panel's own and every situation's, each written out. */
export type HelpPanelStringKey = keyof typeof PANEL_STRINGS | SituationStringKey;

/** The English strings of `<help-panel>`; every key can be replaced through `strings`. */
export const HELP_PANEL_STRINGS: StringTable<HelpPanelStringKey> = { ...PANEL_STRINGS, ...SITUATION_STRINGS };

/** What one render of the panel is for, worked out once and shared by its parts. */
interface View {
  audience: Audience;
  young: boolean;
  voice: keyof Situation['steps'];
  chosen?: Situation;
  sub: HeadingLevel;
}

/**
 * The right help for what is happening, with a quick exit. A "What's happening?" chooser leads in one
 * step to short advice and the right `<helpline-card>`s for the `audience`; the quick exit hides the
 * page at once and leaves it without a back-button entry.
 *
 * Fires no events and reflects nothing, on purpose: a host page should not learn what a young person
 * chose. `situation` is an input only (a deep link); the child's choice stays inside the closed
 * shadow root.
 *
 * Audiences: a young person never sees an adults-only service (the NSPCC Helpline, Stop It Now, the
 * Revenge Porn Helpline). "I'm worried about a child" becomes, for a young person, "I'm worried about a friend":
 * tell a trusted adult, Childline, and 999 for danger now. Professionals first see the UKCIS steps.
 *
 * Its cards are `<helpline-card>`s: `help-panel.js` defines both tags; a host registering the class
 * under its own name must define `helpline-card` too. Where another library owns `helpline-card`, the
 * panel's cards are `<ypsi-helpline-card>` (the same class), so its services still show.
 *
 * Quick exit: a real `<a href>` to `exit-url` (so it works with no script, as a normal link); with
 * script, the button or Shift pressed 3 times (each within 5 seconds) closes any open dialog,
 * popover or fullscreen, hides the host page's `<body>` under a blank cover in the top layer, and
 * calls `location.replace` (on the top page too, when the panel is in a frame that may navigate it).
 * The reader's choice is cleared first. If the page is still there a second later (an "unsaved
 * changes" guard), the cover shows one link on; a page brought back by Back stays covered and shows
 * it at once. Shift counts only pressed and released on its own; the count stops after 5 seconds
 * without a press and says so. Shift ×3 uses the first panel in document order; one pair of key
 * listeners, on `window` in the capture phase from the moment the script runs, serves every panel.
 * In a frame from another site, or a sandboxed one that may not leave its top page, the panel says at
 * load that the exit may only clear its box.
 *
 * @summary Help for what is happening, chosen in one step, with a quick exit.
 * @tag help-panel
 *
 * @csspart base - The panel (a `<section>`).
 * @csspart heading - The panel's heading.
 * @csspart subheading - "First steps for staff", "What's happening?", "What you can do", "Someone to talk to".
 * @csspart reassurance - The line of reassurance under the heading.
 * @csspart exit - The Exit this page link.
 * @csspart exit-note - The line about Shift and browsing history.
 * @csspart exit-status - The status region that counts Shift presses.
 * @csspart staff-steps - The UKCIS first steps (professional audience).
 * @csspart choices - The list of situations.
 * @csspart choice - Each situation's toggle button.
 * @csspart steps - The chosen situation's steps.
 * @csspart cards - The list of `<helpline-card>`s.
 * @csspart fallback - The help line shown if the panel cannot render.
 *
 * @cssprop [--help-panel-padding=var(--ypsi-space, 1rem)] - Space inside the panel.
 * @cssprop [--help-panel-exit-colour] - The Exit this page button's background (dark red by default).
 * @cssprop [--help-panel-exit-text] - The Exit this page button's text.
 * @cssprop [--ypsi-accent] - Buttons and links (all widgets).
 * @cssprop [--ypsi-accent-text] - Text on accent-coloured buttons.
 * @cssprop [--ypsi-surface] - Panel background.
 * @cssprop [--ypsi-surface-alt] - Steps background.
 * @cssprop [--ypsi-text] - Text colour.
 * @cssprop [--ypsi-muted] - Secondary text colour.
 * @cssprop [--ypsi-border] - Borders.
 * @cssprop [--ypsi-focus] - Focus ring.
 * @cssprop [--ypsi-radius=0.5rem] - Corner radius.
 * @cssprop [--ypsi-space=1rem] - Base spacing.
 * @cssprop [--ypsi-heading-size=1.25em] - Heading size.
 */
export class HelpPanel extends YpsiElement<HelpPanelStringKey, typeof PANEL_INPUTS> {
  static override styles = isServer
    ? [baseStyles, boxStyles, helpPanelStyles, helpPanelStaticStyles()]
    : [baseStyles, boxStyles, helpPanelStyles];

  /** The tag this class is named for: page-wide strings for it reach it under any name. */
  static override ypsiTag = 'help-panel';

  static override inputTable = PANEL_INPUTS;

  static override properties = propertiesOf(PANEL_INPUTS);

  /** Who is reading: `young-person` (default), `parent` or `professional`. */
  declare audience?: Audience;

  /**
   * The situation to open first (a deep link): shared, sextortion, pressure, received, worried-child,
   * own-thoughts. A child's own choice is never written back, so the host page cannot read it.
   */
  declare situation?: SituationId;

  /** Leave out the quick exit (only where the host page has its own). */
  declare noQuickExit?: boolean;

  /** Where the quick exit goes: an https:// page. Default https://www.bbc.co.uk/weather. */
  declare exitUrl?: string;

  /** The clock passed to the cards for "Open now" (tests and previews). */
  declare now?: Date;

  // The child's own choice (an id, or null once they close it); undefined follows `situation`.
  #choice?: SituationId | null;

  // The quick exit's destination, Shift count and page-wide listener (a Lit reactive controller).
  readonly #exit = new PanelQuickExit(
    this,
    () => this.inputs,
    (key, count) => this.#exitText(key, count),
    () => this.#forget(),
  );

  protected get defaultStrings(): typeof HELP_PANEL_STRINGS {
    return HELP_PANEL_STRINGS;
  }

  protected override willUpdate(changed: PropertyValues): void {
    // A new deep link from the host replaces whatever the child had open.
    if (changed.has('situation')) this.#choice = undefined;
    super.willUpdate(changed);
  }

  /** The open situation's id: the child's choice, else the `situation` deep link. */
  get #openId(): SituationId | undefined {
    return this.#choice === undefined ? this.inputs.situation : (this.#choice ?? undefined);
  }

  protected renderContent(): TemplateResult {
    const view = this.#view();
    return html`
      <section part="base" class="box" aria-labelledby="heading">
        <div class="top">${this.#renderExit()} ${this.#renderIntro(view)}</div>
        ${this.#renderStaffSteps(view)} ${this.#subheading(view, 'chooser', 'chooser-heading')}
        ${this.#renderChooser(view)}
      </section>
    `;
  }

  /** What this render is for: audience, voice, the open situation and the heading level below ours. */
  #view(): View {
    const { audience } = this.inputs;
    const young = audience === 'young-person';
    const id = this.#openId;
    const chosen = SITUATIONS.find((s) => s.id === id);
    return { audience, young, voice: young ? 'young' : 'adult', chosen, sub: levelBelow(this.inputs.headingLevel) };
  }

  /**
   * The quick exit, first in the DOM so it is the first Tab stop: a real link (it works with no
   * script), which script turns into hide-and-replace. Not sticky: a sticky bar can hide the focused
   * element (WCAG 2.2, 2.4.11); Shift ×3 works from anywhere on the page instead.
   */
  #renderExit(): TemplateResult | typeof nothing {
    if (this.inputs.noQuickExit) return nothing;
    return html`<div class="exit no-print">
      <a part="exit" class="button exit-button" href=${this.#exit.href} rel="nofollow noreferrer"
        @click=${this.#onExitClick}>${this.t('exit')}</a>
      <p part="exit-status" class="exit-status" aria-live="polite" aria-atomic="true">${this.#exit.message}</p>
    </div>`;
  }

  /**
   * Heading and reassurance first: for a young person, that help is there and that what someone else
   * did is not their fault; each situation's own opening is its first step.
   */
  #renderIntro(view: View): TemplateResult {
    return html`<div class="intro">
      ${heading(this.inputs.headingLevel, this.t('heading'))}
      <p part="reassurance" class="reassurance">${this.t(REASSURANCE[view.voice].key)}</p>
      ${this.#renderExitNote()}
    </div>`;
  }

  /** What the quick exit can and cannot do, said where it is: history, and a frame it cannot leave. */
  #renderExitNote(): TemplateResult | typeof nothing {
    if (this.inputs.noQuickExit) return nothing;
    const note = this.t(isServer ? 'exitNoteNoScript' : 'exitNote');
    return html`<p part="exit-note" class="exit-note no-print">${note}</p>
      ${this.#exit.wholePage ? nothing : html`<p part="exit-note" class="exit-note no-print">${this.t('exitFramed')}</p>`}`;
  }

  /** Professionals see the UKCIS first steps before anything else. */
  #renderStaffSteps(view: View): TemplateResult | typeof nothing {
    if (view.audience !== 'professional') return nothing;
    return html`${this.#subheading(view, 'staffHeading', 'staff-heading')} ${this.#renderSteps(STAFF_STEPS, 'staff-steps')}`;
  }

  /**
   * The chooser: toggle buttons, and the chosen situation's steps and cards below them. In static HTML
   * (Lit SSR, no script) buttons would be dead, so there each situation is a <details> that opens
   * without script, the chosen one open. That branch is tested on isServer here, in the one method, so
   * the browser build drops it: terser keeps a private method of its own even when nothing calls it.
   */
  #renderChooser(view: View): TemplateResult {
    if (isServer) {
      return html`${SITUATIONS.map(
          (s) => html`<details class="situation" ?open=${s === view.chosen}>
            <summary part="choice" class="button secondary choice">${this.#label(view, s)}</summary>
            ${this.#renderSteps(s.steps[view.voice])} ${this.#renderCards(view, s.services[view.audience])}
          </details>`,
        )}
        ${view.chosen ? nothing : this.#renderStart(view)}`;
    }
    return html`<ul part="choices" class="choices" aria-labelledby="chooser-heading">
        ${SITUATIONS.map(
          (s) => html`<li>
            <button part="choice" class="button choice ${s === view.chosen ? '' : 'secondary'}" type="button"
              aria-controls="answer" aria-pressed=${s === view.chosen} @click=${(event: Event) => this.#choose(s.id, event)}>${this.#label(view, s)}</button>
          </li>`,
        )}
      </ul>
      <div id="answer">
        ${view.chosen
          ? html`<div id="chosen" class="chosen" role="group" tabindex="-1" aria-labelledby="steps-heading"
                aria-describedby="first-step">
                ${heading(view.sub, this.#stepsHeading(view, view.chosen), 'subheading', 'steps-heading')}
                ${this.#renderSteps(view.chosen.steps[view.voice], 'steps', true)}
              </div>
              ${this.#renderCards(view, view.chosen.services[view.audience])}`
          : this.#renderStart(view)}
      </div>`;
  }

  /** Before a choice: someone to talk to, so nobody has to choose to get help. */
  #renderStart(view: View): TemplateResult {
    return html`${this.#subheading(view, 'startHeading', 'start-heading')} ${this.#renderCards(view, START_SERVICES[view.audience])}`;
  }

  /**
   * Steps as a numbered list: the order is the advice. A chosen situation's steps are a Tab stop
   * named by their heading, so a reader who goes on with Tab reaches them before the services.
   */
  #renderSteps(list: readonly Step[], part = 'steps', chosen = false): TemplateResult {
    return html`<ol part=${part} class="steps" tabindex=${chosen ? '0' : nothing}
      aria-labelledby=${chosen ? 'steps-heading' : nothing}>
      ${list.map((s, i) => html`<li id=${chosen && i === 0 ? 'first-step' : nothing}>${this.t(s.key)}</li>`)}
    </ol>`;
  }

  /** The services as cards; servicesFor keeps an adults-only service from a young person, whatever the lists say. */
  #renderCards(view: View, ids: readonly ServiceId[]): TemplateResult {
    // Lit cannot bind a tag name, so the spare name (another library owns helpline-card) is its own template.
    const spare = cardTag() === SPARE_CARD_TAG;
    return html`<ul part="cards" class="cards">
      ${servicesFor(view.audience, ids).map(
        (service) => html`<li>
          ${spare
            ? html`<ypsi-helpline-card service=${service} compact heading-level=${view.sub} .now=${this.inputs.now}></ypsi-helpline-card>`
            : html`<helpline-card service=${service} compact heading-level=${view.sub} .now=${this.inputs.now}></helpline-card>`}
        </li>`,
      )}
    </ul>`;
  }

  /**
   * "What you can do" on screen; to a screen reader, "What you can do: <the choice>". Screen readers
   * read a heading's own text (Orca ignores aria-label there), so the fuller words are hidden text
   * and the shown words are hidden from the accessibility tree.
   */
  #stepsHeading(view: View, chosen: Situation): TemplateResult {
    return html`<span aria-hidden="true">${this.t('stepsHeading')}</span><span class="visually-hidden">${this.t('stepsFor', { situation: this.#label(view, chosen) })}</span>`;
  }

  /** A heading one level below the panel's own, so the panel fits the host page's outline. */
  #subheading(view: View, key: HelpPanelStringKey, id: string): TemplateResult {
    return heading(view.sub, this.t(key), 'subheading', id);
  }

  /** A situation's words: first person for a young person, about a child for adults. */
  #label(view: View, s: Situation): string {
    return this.t(view.young ? `${s.id}.label` : `${s.id}.labelAdult`);
  }

  /** A quick-exit string; with a count, the plural form the panel's language needs. */
  #exitText(key: ExitTextKey, count?: number): string {
    return this.t(key, { count });
  }

  /**
   * The quick exit clears the reader's choice before the page is hidden, rendered at once, so a page
   * brought back by Back (or read behind the cover) shows no situation chosen.
   */
  #forget(): void {
    this.#choice = null;
    this.requestUpdate();
    this.performUpdate();
  }

  /** The click leaves through the controller, so it hides the page and uses location.replace. */
  #onExitClick(event: MouseEvent): void {
    event.preventDefault();
    this.#exit.exit();
  }

  /**
   * Open a situation (or close it when pressed again). Focus moves to the chosen steps: a group named
   * by their heading ("What you can do: Someone is threatening …") and described by the first step, so
   * a screen reader says in one go what was chosen and what to do first; the steps follow in reading
   * order, and are the next Tab stop, before the services. (A focused heading would do for the name,
   * but Orca reads only a heading's own text, not its description.)
   */
  async #choose(id: SituationId, event: Event): Promise<void> {
    // The root, from the button that was pressed: no member of the element holds it.
    const root = (event.currentTarget as Element).getRootNode() as ShadowRoot;
    const open = this.#openId !== id;
    this.#choice = open ? id : null;
    this.requestUpdate();
    await this.updateComplete;
    if (open) root.querySelector<HTMLElement>('#chosen')?.focus();
  }
}
