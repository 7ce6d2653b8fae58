import { type PropertyValues } from '@lit/reactive-element';
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { isServer } from 'lit-html/is-server.js';
import { FALLBACK, NEW_TAB } from '../content/strings.js';
import { fill, type Strings } from '../core/strings.js';
import { heading } from '../core/heading-level.js';
import { isUnset, propertiesOf } from '../core/inputs.js';
import { MinuteClock } from '../core/minute-clock.js';
import { actionTemplate, renderActionItem, type ActionLabelKey, type ActionWords } from '../core/service-action.js';
import { YpsiElement } from '../core/ypsi-element.js';
import { baseStyles } from '../styles/base.styles.js';
import type { ServiceId } from '../content/services.js';
import { CARD_INPUTS } from './card-inputs.js';
import { cardModel, type CardModel, type CardPhone } from './card-model.js';
import { helplineCardStyles } from './helpline-card.styles.js';

/** The English strings of `<helpline-card>`; every key can be replaced through `strings`. */
export const HELPLINE_CARD_STRINGS = {
  call: 'Call {number}',
  text: 'Text {keyword} to {number}',
  textNoKeyword: 'Text {number}',
  email: 'Email {address}',
  website: 'Visit website',
  newTab: NEW_TAB,
  copy: 'Copy number',
  copyLabel: 'Copy number {number}',
  copied: 'Number copied: {number}',
  // A second copy in a row: other words, or a screen reader would drop it as a repeat.
  copiedAgain: 'Number copied again: {number}',
  copyFailed: "Couldn't copy. The number is {number}.",
  free: 'Free',
  confidential: 'Confidential',
  anonymous: 'You can stay anonymous',
  openAlways: 'Open now',
  openUntil: 'Open now until {time}',
  closedOpensToday: 'Closed now. Opens at {time} today',
  closedOpensDay: 'Closed now. Opens at {time} on {day}',
  closed: 'Closed now',
  hoursLabel: 'Opening hours (UK time):',
  unnamed: 'Get help',
  fallback: FALLBACK,
} as const satisfies Strings;

/** A key of `HELPLINE_CARD_STRINGS`. */
export type HelplineCardStringKey = keyof typeof HELPLINE_CARD_STRINGS;

/** One item of the card's meta list; an empty one (a string replaced by nothing) is left out. */
const metaItem = (text: string | undefined): TemplateResult | typeof nothing => (text ? html`<li>${text}</li>` : nothing);


/**
 * One support service on a card that a young person can act on in one tap: call, text, email or visit,
 * with opening hours and "Open now" in UK time where the hours are confirmed.
 *
 * Deliberately fires no events: a host page cannot learn which service a young person contacted.
 *
 * @summary One support service, with Call, Text, Website and Copy-number actions.
 * @tag helpline-card
 *
 * @csspart base - The card (an `<article>`).
 * @csspart heading - The service's name.
 * @csspart description - What the service does.
 * @csspart meta - The list of who it is for, free, confidential.
 * @csspart hours - Opening hours in words.
 * @csspart status - "Open now" / "Closed now" text.
 * @csspart actions - The list of actions.
 * @csspart action - Every action link and button.
 * @csspart call - Each Call link (`tel:`).
 * @csspart text - The Text link (`sms:`).
 * @csspart email - The Email link (`mailto:`).
 * @csspart website - The Website link.
 * @csspart copy - Each Copy-number button.
 * @csspart fallback - The help line shown if the card cannot render.
 *
 * @cssprop [--helpline-card-padding=var(--ypsi-space, 1rem)] - Space inside the card.
 * @cssprop [--helpline-card-border-width=1px] - The card's border.
 * @cssprop [--helpline-card-accent-width=6px] - The coloured bar on the card's leading edge.
 * @cssprop [--ypsi-accent] - Buttons and links (all widgets).
 * @cssprop [--ypsi-accent-text] - Text on accent-coloured buttons.
 * @cssprop [--ypsi-surface] - Card background.
 * @cssprop [--ypsi-surface-alt] - Tag background.
 * @cssprop [--ypsi-text] - Text colour.
 * @cssprop [--ypsi-muted] - Secondary text colour.
 * @cssprop [--ypsi-border] - Borders.
 * @cssprop [--ypsi-good] - "Open now" colour.
 * @cssprop [--ypsi-focus] - Focus ring.
 * @cssprop [--ypsi-radius=0.5rem] - Corner radius.
 * @cssprop [--ypsi-space=1rem] - Base spacing.
 * @cssprop [--ypsi-font=inherit] - Font family.
 * @cssprop [--ypsi-heading-size=1.25em] - Heading size.
 */
export class HelplineCard extends YpsiElement<HelplineCardStringKey, typeof CARD_INPUTS> {
  static override styles = [baseStyles, helplineCardStyles];

  /** The tag this class is named for: page-wide strings for it reach it under any name. */
  static override ypsiTag = 'helpline-card';

  static override inputTable = CARD_INPUTS;

  static override properties = propertiesOf(CARD_INPUTS);

  /** A built-in service: childline, report-remove, ceop, nspcc, stop-it-now, shore, youngminds, stem4, shout, samaritans, take-it-down, iwf, revenge-porn-helpline, report-harmful-content, police. */
  declare service?: ServiceId;

  /** The service's name (replaces the built-in one). */
  declare name?: string;

  /** What the service does, in a sentence or two. */
  declare description?: string;

  /** A UK phone number, e.g. "0800 1111"; shown as typed and dialled in +44 form. */
  declare phone?: string;

  /** A number to text, e.g. "85258". */
  declare textNumber?: string;

  /** The word to text, e.g. "SHOUT"; put in the message for the user. */
  declare textKeyword?: string;

  /** The service's website; https only. */
  declare url?: string;

  /** An email address for the service. */
  declare email?: string;

  /** Opening hours in words. Host hours are shown as given, without "Open now". */
  declare hours?: string;

  /** Who the service is for, e.g. "For anyone under 19". */
  declare eligibility?: string;

  /** A smaller card: name, who it is for, opening status and actions only. */
  compact = false;

  /** The clock used for "Open now" (for tests and previews). Defaults to the real time. */
  declare now?: Date;

  /** What the status region says after Copy number (private state, so never a documented attribute). */
  #announcement = '';

  /** Refreshes "Open now" each minute while the card shows a status on the real clock. */
  readonly #clock = new MinuteClock(this);

  /** What this update shows, every field and link checked (card-model.ts), before render. */
  #model: CardModel = { phones: [] };

  protected get defaultStrings(): typeof HELPLINE_CARD_STRINGS {
    return HELPLINE_CARD_STRINGS;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { now } = this.inputs;
    // Every update, so the tick below refreshes "Open now"; a line already said is not said again.
    this.#model = cardModel(this.localName, this.inputs, now ?? new Date(), !isUnset(this.service));
    this.#clock.keep(!!this.#model.status && !now && this.isConnected);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: render again, which also restarts the clock if the card shows a status.
    if (this.hasUpdated) this.requestUpdate();
  }

  protected renderContent(): TemplateResult {
    const { compact } = this.inputs;
    const model = this.#model;
    const { phones } = model;
    if (!model.name && !phones.length && !model.website && !model.text) {
      return this.renderFallback();
    }
    const name = model.name ?? this.t('unnamed');
    const full = !compact;
    // Every template a card nests is cloned and committed again on each card of a page: the actions
    // are listed in this one template, each optional one a single small template of its own.
    return html`
      <article part="base" class="card ${compact ? 'compact' : ''}" aria-labelledby="heading">
        ${heading(this.inputs.headingLevel, name)}
        ${full && model.description ? html`<p part="description">${this.words(model.description)}</p>` : nothing}
        ${this.#renderMeta(model, full)}
        ${this.#renderHours(model, full)}
        <div role="group" aria-labelledby="heading">
          <ul part="actions" class="actions">
            ${phones.length === 1 ? this.#renderPhone(phones[0], false) : phones.map((phone) => this.#renderPhone(phone, true))}
            ${model.text ? this.#renderText(model.text) : nothing}
            ${model.email ? this.#renderEmail(model.email) : nothing}
            ${model.website ? this.#renderWebsite(model.website, name) : nothing}
          </ul>
        </div>
        <p class="visually-hidden" aria-live="polite" aria-atomic="true">${this.#announcement}</p>
      </article>
    `;
  }

  /** Who it is for, free, confidential: only what the facts (or the host) say; the compact card keeps who it is for. */
  #renderMeta(model: CardModel, full: boolean): TemplateResult | typeof nothing {
    const eligibility = model.eligibility && this.words(model.eligibility);
    // The flag names are also the string keys of their words.
    const flag = (key: 'free' | 'confidential' | 'anonymous') => (full && model[key] ? this.t(key) : '');
    const [free, confidential, anonymous] = [flag('free'), flag('confidential'), flag('anonymous')];
    if (!eligibility && !free && !confidential && !anonymous) return nothing;
    // Each item in its place, not mapped from a list: a list's parts cost every card more than its items.
    return html`<ul part="meta" class="meta">${metaItem(eligibility)}${metaItem(free)}${metaItem(confidential)}${metaItem(anonymous)}</ul>`;
  }

  /** Opening hours in words, and "Open now" where the hours are confirmed. */
  #renderHours({ hoursWords, status }: CardModel, full: boolean): TemplateResult | typeof nothing {
    if (!hoursWords && !status) return nothing;
    // Static HTML (server-rendered) is read later than it is made: "Open now" would go stale there.
    const said = isServer ? undefined : status;
    return html`<p part="hours" class="hours">
      ${hoursWords && full ? html`<span>${this.t('hoursLabel')} ${this.words(hoursWords)}</span><br />` : nothing}
      ${said ? html`<span part="status" class="status ${said.key} ${said.open ? 'open' : ''}">${this.t(said.key, said)}</span>` : nothing}
    </p>`;
  }

  /** One number: its Call link, and a Copy button for people on a computer (script only). */
  #renderPhone({ display, href, label }: CardPhone, labelled: boolean): TemplateResult {
    const number = { number: display };
    const numberLabel = label && labelled ? html`<li class="phone-label">${this.words(label)}</li>` : nothing;
    const call = renderActionItem({ href, part: 'action call', className: 'button', template: this.#template('call'), values: number });
    // A Copy button in static HTML would do nothing: it needs script.
    if (isServer) return html`${numberLabel}${call}`;
    return html`${numberLabel}${call}<li class="no-print">
        <button part="action copy" class="button secondary" type="button"
          aria-label=${fill(this.#template('copyLabel'), number)}
          @click=${() => this.#copy(display)}>${this.t('copy')}</button>
      </li>`;
  }

  #renderText(text: NonNullable<CardModel['text']>): TemplateResult {
    const template = this.#template(text.keyword ? 'text' : 'textNoKeyword');
    return renderActionItem({ href: text.href, part: 'action text', className: 'button', template, values: text });
  }

  #renderEmail(email: NonNullable<CardModel['email']>): TemplateResult {
    return renderActionItem({ href: email.href, part: 'action email', className: 'button secondary', template: this.#template('email'), values: email });
  }

  #renderWebsite(href: string, name: string): TemplateResult {
    const template = this.#template('website');
    return renderActionItem({ href, part: 'action website', className: 'button secondary', template, newTabName: `${template}: ${name} ${this.t('newTab')}` });
  }

  /** The checked template of an action's label (core/service-action.ts): its own placeholders, no other number. */
  #template(key: ActionLabelKey & HelplineCardStringKey): string {
    return actionTemplate(this.localName, key, this.#words);
  }

  get #words(): ActionWords<HelplineCardStringKey> {
    return { current: this.text, english: HELPLINE_CARD_STRINGS };
  }

  /** Copy the number for people on a computer, and say what happened in the status region. */
  async #copy(number: string): Promise<void> {
    let said: 'copied' | 'copyFailed' = 'copied';
    try {
      await navigator.clipboard.writeText(number);
    } catch {
      said = 'copyFailed';
    }
    const text = fill(this.#template(said), { number });
    // The same words twice in a row are dropped by a screen reader as a repeat: say it differently.
    this.#announce(said === 'copied' && text === this.#announcement ? fill(this.#template('copiedAgain'), { number }) : text);
  }

  #announce(text: string): void {
    this.#announcement = text;
    this.requestUpdate();
  }
}
