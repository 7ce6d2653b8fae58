import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { ServiceId } from '../content/services.js';
import {
  AUDIENCES,
  SITUATIONS,
  SITUATION_IDS,
  SITUATION_STRINGS,
  STAFF_STEPS,
  START_SERVICES,
  servicesFor,
  type Audience,
  type Situation,
  type SituationId,
  type Step,
} from '../content/situations.js';
import { FALLBACK } from '../content/strings.js';
import { heading, levelBelow } from '../core/heading-level.js';
import { safeWebsite } from '../core/safe-link.js';
import type { StringTable, Strings } from '../core/strings.js';
import { oneOf, warnAttribute } from '../core/warn.js';
import { YpsiElement } from '../core/ypsi-element.js';
import { baseStyles } from '../styles/base.styles.js';
import { boxStyles } from '../styles/box.styles.js';
import { helpPanelStaticStyles, helpPanelStyles } from './help-panel.styles.js';
import { quickExit, type QuickExitHost } from './quick-exit.js';
import { DEFAULT_EXIT } from '../content/quick-exit.js';

/** GOV.UK Exit this page's default destination (src/content/quick-exit.ts). */
export const DEFAULT_EXIT_URL = DEFAULT_EXIT.url;

/** What the status region says after 0, 1, 2 and 3 Shift presses. */
const SHIFT_MESSAGES = ['', 'shiftTwoMore', 'shiftOneMore', 'exiting'] as const;

/** The panel's own strings, before the situations' words. */
const PANEL_STRINGS = {
  heading: 'Get help',
  reassurance: "Whatever has happened, it's not your fault and you can get help.",
  // For parents and professionals: FACTS guide.sextortion, "a child or young person is never to blame".
  reassuranceAdult: 'Whatever has happened, you can get help. A child or young person is never to blame.',
  staffHeading: 'First steps for staff',
  chooser: "What's happening?",
  stepsHeading: 'What you can do',
  startHeading: 'Talk to someone now',
  exit: 'Exit this page',
  exitNote:
    'Quick exit: press the button or Shift 3 times. It does not clear your browsing history. A private or incognito window does not save the pages you visit.',
  exitNoteNoScript:
    'Quick exit: press the button. It does not clear your browsing history. A private or incognito window does not save the pages you visit.',
  shiftTwoMore: 'Press Shift 2 more times to exit this page.',
  shiftOneMore: 'Press Shift 1 more time to exit this page.',
  exiting: 'Exiting this page.',
  fallback: FALLBACK,
} as const satisfies Strings;

/** A key of `HELP_PANEL_STRINGS` (the situations' keys are as exact as SITUATION_STRINGS is typed). */
export type HelpPanelStringKey = keyof typeof PANEL_STRINGS | keyof typeof SITUATION_STRINGS;

/** The English strings of `<help-panel>`; every key can be replaced through `strings`. */
export const HELP_PANEL_STRINGS: StringTable<HelpPanelStringKey> = { ...PANEL_STRINGS, ...SITUATION_STRINGS };

/**
 * The right help for what is happening, with a quick exit. A "What's happening?" chooser leads in one
 * step to short advice and the right `<helpline-card>`s for the `audience`; the quick exit hides the
 * page at once and leaves it without a back-button entry.
 *
 * Fires no events, on purpose: a host page should not learn what a young person chose. (`situation`
 * is reflected so a host can deep-link; that is all.)
 *
 * Audiences: a young person never sees an adults-only service (the NSPCC Helpline, the Revenge Porn
 * Helpline). "I'm worried about a child" becomes, for a young person, "I'm worried about a friend":
 * tell a trusted adult, Childline, and 999 for danger now. Professionals first see the UKCIS steps.
 *
 * Its cards are `<helpline-card>`s: `help-panel.js` defines both tags; a host registering the class
 * under its own name must define `helpline-card` too.
 *
 * Quick exit: a real `<a href>` to `exit-url` (so it works with no script, as a normal link); with
 * script, the button or Shift pressed 3 times (each within 5 seconds) hides the host page's `<body>`
 * under a blank overlay and calls `location.replace`. One document listener serves every panel.
 *
 * @summary Help for what is happening, chosen in one step, with a quick exit.
 * @tag help-panel
 *
 * @csspart base - The panel (a `<section>`).
 * @csspart heading - The panel's heading.
 * @csspart subheading - "First steps for staff", "What's happening?", "What you can do", "Talk to someone now".
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
export class HelpPanel extends YpsiElement<HelpPanelStringKey> implements QuickExitHost {
  static override styles = isServer
    ? [baseStyles, boxStyles, helpPanelStyles, helpPanelStaticStyles()]
    : [baseStyles, boxStyles, helpPanelStyles];

  /** The tag this class is named for: page-wide strings for it reach it under any name. */
  static override ypsiTag = 'help-panel';

  static override properties = {
    ...YpsiElement.properties,
    audience: { reflect: true },
    situation: { reflect: true },
    noQuickExit: { type: Boolean, attribute: 'no-quick-exit' },
    exitUrl: { attribute: 'exit-url' },
    now: { attribute: false },
  };

  /** Who is reading: `young-person` (default), `parent` or `professional`. */
  declare audience?: Audience;

  /** The open situation: shared, sextortion, pressure, received, worried-child, own-thoughts. Reflects the choice. */
  declare situation?: SituationId;

  /** Leave out the quick exit (only where the host page has its own). */
  noQuickExit = false;

  /** Where the quick exit goes: an https:// page. Default https://www.bbc.co.uk/weather. */
  declare exitUrl?: string;

  /** The clock passed to the cards for "Open now" (tests and previews). */
  declare now?: Date;

  // What the status region says while Shift is pressed; not a declared property, so it stays out
  // of the public API (custom-elements.json lists every declared one as an attribute).
  #shiftMessage = '';

  protected get defaultStrings(): typeof HELP_PANEL_STRINGS {
    return HELP_PANEL_STRINGS;
  }

  /** The checked destination of the quick exit: `exit-url` when it is https, else the default. */
  get exitHref(): string {
    if (!this.exitUrl) return DEFAULT_EXIT_URL;
    const href = safeWebsite(this.exitUrl);
    if (!href) warnAttribute(this.localName, 'exit-url', this.exitUrl, 'an https:// address', `Using ${DEFAULT_EXIT_URL}.`);
    return href ?? DEFAULT_EXIT_URL;
  }

  /** Called by the quick-exit controller with the number of Shift presses so far. */
  shiftCount(count: number): void {
    const key = SHIFT_MESSAGES[count];
    this.#shiftMessage = key ? this.t(key) : '';
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#joinQuickExit();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    quickExit.disconnect(this);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#joinQuickExit();
  }

  /** The page's one Shift listener, joined while connected with a quick exit (joining twice is harmless). */
  #joinQuickExit(): void {
    if (this.isConnected && !this.noQuickExit) quickExit.connect(this);
    else quickExit.disconnect(this);
  }

  protected renderContent(): TemplateResult {
    const audience = oneOf(this.localName, 'audience', this.audience, AUDIENCES, 'young-person');
    const young = audience === 'young-person';
    const voice = young ? 'young' : 'adult';
    const id = this.situation?.trim().toLowerCase();
    const chosen = SITUATIONS.find((s) => s.id === id);
    if (id && !chosen) {
      warnAttribute(this.localName, 'situation', this.situation, SITUATION_IDS.join(', '), 'Showing the choices with none chosen.');
    }
    const sub = levelBelow(this.validHeadingLevel);
    const subheading = (key: HelpPanelStringKey, id: string) => heading(sub, this.t(key), 'subheading', id);
    const label = (s: Situation) => this.t(s.id + (young ? '.label' : '.labelAdult'));
    const steps = (list: readonly Step[], part = 'steps') =>
      html`<ol part=${part} class="steps">${list.map((s) => html`<li>${this.t(s.key)}</li>`)}</ol>`;
    // servicesFor keeps an adults-only service from a young person, whatever the lists say.
    const cards = (ids: readonly ServiceId[]) => html`<ul part="cards" class="cards">
      ${servicesFor(audience, ids).map(
        (service) => html`<li>
          <helpline-card service=${service} compact heading-level=${sub} .now=${this.now}></helpline-card>
        </li>`,
      )}
    </ul>`;
    // Before a choice: someone to talk to now.
    const start = html`${subheading('startHeading', 'start-heading')} ${cards(START_SERVICES[audience])}`;
    return html`
      <section part="base" class="box" aria-labelledby="heading">
        <div class="top">
          ${this.noQuickExit
            ? nothing
            : // A real link first (it works with no script); script makes it hide the page and replace
              // history. First in the DOM so it is the first Tab stop. Not sticky: a sticky bar can hide
              // the focused element (WCAG 2.2, 2.4.11); Shift ×3 works from anywhere on the page instead.
              html`<div class="exit no-print">
                <a part="exit" class="button exit-button" href=${this.exitHref} rel="nofollow noreferrer"
                  @click=${this.#onExitClick}>${this.t('exit')}</a>
                <p part="exit-status" class="exit-status" role="status">${this.#shiftMessage}</p>
              </div>`}
          <div class="intro">
            ${heading(this.validHeadingLevel, this.t('heading'))}
            <p part="reassurance" class="reassurance">${this.t(young ? 'reassurance' : 'reassuranceAdult')}</p>
            ${this.noQuickExit
              ? nothing
              : html`<p part="exit-note" class="exit-note no-print">${this.t(isServer ? 'exitNoteNoScript' : 'exitNote')}</p>`}
          </div>
        </div>
        ${audience === 'professional'
          ? html`${subheading('staffHeading', 'staff-heading')} ${steps(STAFF_STEPS, 'staff-steps')}`
          : nothing}
        ${subheading('chooser', 'chooser-heading')}
        ${isServer
          ? // Static HTML (Lit SSR, no script): buttons would be dead, so each situation is a <details>
            // that opens without script, the chosen one open. The browser build drops this branch.
            html`${SITUATIONS.map(
                (s) => html`<details class="situation" ?open=${s === chosen}>
                  <summary part="choice" class="button secondary choice">${label(s)}</summary>
                  ${steps(s.steps[voice])} ${cards(s.services[audience])}
                </details>`,
              )}
              ${chosen ? nothing : start}`
          : // The live chooser: toggle buttons, and the chosen situation's steps and cards below them.
            html`<ul part="choices" class="choices" aria-labelledby="chooser-heading">
                ${SITUATIONS.map(
                  (s) => html`<li>
                    <button part="choice" class="button choice ${s === chosen ? '' : 'secondary'}" type="button"
                      aria-controls="answer" aria-pressed=${s === chosen} @click=${() => this.#choose(s.id)}>${label(s)}</button>
                  </li>`,
                )}
              </ul>
              <div id="answer">
                ${chosen
                  ? html`${subheading('stepsHeading', 'steps-heading')} ${steps(chosen.steps[voice])}
                      ${cards(chosen.services[audience])}`
                  : start}
              </div>`}
      </section>
    `;
  }

  /** The click leaves through the controller, so it hides the page and uses location.replace. */
  #onExitClick(event: MouseEvent): void {
    event.preventDefault();
    quickExit.exit(this.exitHref);
  }

  /**
   * Open a situation (or close it when pressed again). Focus moves to "What you can do" so a
   * screen reader reads the new steps next; the pressed state is announced on the button.
   */
  async #choose(id: SituationId): Promise<void> {
    const open = this.situation?.trim().toLowerCase() !== id;
    this.situation = open ? id : undefined;
    await this.updateComplete;
    if (!open) return;
    const target = this.renderRoot.querySelector<HTMLElement>('#steps-heading');
    if (target) {
      target.tabIndex = -1;
      target.focus();
    }
  }
}
