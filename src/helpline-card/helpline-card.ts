import { html, isServer, nothing, type TemplateResult } from 'lit';
import { FALLBACK, NEW_TAB } from '../content/strings.js';
import { clockWords, type OpenStatus } from '../core/london-time.js';
import type { Strings } from '../core/strings.js';
import { heading } from '../core/heading-level.js';
import { YpsiElement } from '../core/ypsi-element.js';
import { baseStyles } from '../styles/base.styles.js';
import { cardModel, type CardModel, type CardPhone } from './card-model.js';
import { helplineCardStyles } from './helpline-card.styles.js';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The English strings of `<helpline-card>`; every key can be replaced through `strings`. */
export const HELPLINE_CARD_STRINGS: Strings = {
  call: 'Call {number}',
  text: 'Text {keyword} to {number}',
  textNoKeyword: 'Text {number}',
  email: 'Email {address}',
  website: 'Visit website',
  websiteHidden: ': {name} ' + NEW_TAB,
  copy: 'Copy number',
  copyLabel: 'Copy number {number}',
  copied: 'Number copied: {number}',
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
};

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
export class HelplineCard extends YpsiElement {
  static override styles = [baseStyles, helplineCardStyles];

  /** The tag this class is named for: page-wide strings for it reach it under any name. */
  static override ypsiTag = 'helpline-card';

  static override properties = {
    ...YpsiElement.properties,
    service: { reflect: true },
    name: {},
    description: {},
    phone: {},
    textNumber: { attribute: 'text-number' },
    textKeyword: { attribute: 'text-keyword' },
    url: {},
    email: {},
    hours: {},
    eligibility: {},
    compact: { type: Boolean, reflect: true },
    now: { attribute: false },
  };

  /** A built-in service: childline, report-remove, ceop, nspcc, stop-it-now, youngminds, stem4, shout, samaritans, take-it-down, iwf, revenge-porn-helpline, report-harmful-content, police. */
  declare service?: string;

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

  /** @internal What the status region says after Copy number. */
  private announcement = '';

  // Internal state kept out of static properties so it never becomes a documented attribute.
  private announce(text: string): void {
    this.announcement = text;
    this.requestUpdate();
  }
  private tick?: ReturnType<typeof setInterval>;

  protected get defaultStrings(): Strings {
    return HELPLINE_CARD_STRINGS;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: render again, which also restarts the clock if the card shows a status.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.keepClock(false);
  }

  // "Open now" must not go stale while the page stays open, but a card without a status (or with a
  // fixed `now`) needs no timer: a page of many cards should not wake up every minute for nothing.
  private keepClock(on: boolean): void {
    if (on && !this.tick) this.tick = setInterval(() => this.requestUpdate(), 60_000);
    if (!on && this.tick) {
      clearInterval(this.tick);
      this.tick = undefined;
    }
  }

  protected renderContent(): TemplateResult {
    const model = cardModel(this.localName, this, this.now ?? new Date());
    this.keepClock(!!model.status && !this.now && this.isConnected);
    if (!model.name && !model.phones.length && !model.website && !model.text) {
      return this.renderFallback();
    }
    const name = model.name ?? this.t('unnamed');
    return html`
      <article part="base" class="card" aria-labelledby="heading">
        ${heading(this.level, name)}
        ${this.compact || !model.description
          ? nothing
          : html`<p part="description">${model.description}</p>`}
        ${this.renderMeta(model)} ${this.renderHours(model)}
        <ul part="actions" class="actions">
          ${model.phones.map((phone) => this.renderPhone(phone, model.phones.length > 1))}
          ${model.text
            ? html`<li>
                <a part="action text" class="button" href=${model.text.href}
                  >${model.text.keyword
                    ? this.t('text', { keyword: model.text.keyword, number: model.text.number })
                    : this.t('textNoKeyword', { number: model.text.number })}</a
                >
              </li>`
            : nothing}
          ${model.email
            ? html`<li>
                <a part="action email" class="button secondary" href=${model.email.href}
                  >${this.t('email', { address: model.email.address })}</a
                >
              </li>`
            : nothing}
          ${model.website
            ? html`<li>
                <a part="action website" class="button secondary" href=${model.website}
                  target="_blank" rel="noopener noreferrer"
                  >${this.t('website')}<span class="visually-hidden"
                    >${this.t('websiteHidden', { name })}</span
                  ></a
                >
              </li>`
            : nothing}
        </ul>
        <p role="status" class="visually-hidden">${this.announcement}</p>
      </article>
    `;
  }

  /** Who it is for, free, confidential: only what the facts (or the host) say. */
  private renderMeta(model: CardModel): TemplateResult | typeof nothing {
    // The flag names are also the string keys of their words.
    const flags = this.compact ? [] : (['free', 'confidential', 'anonymous'] as const).filter((key) => model[key]);
    const items = [model.eligibility, ...flags.map((key) => this.t(key))].filter(Boolean);
    if (!items.length) return nothing;
    return html`<ul part="meta" class="meta">${items.map((item) => html`<li>${item}</li>`)}</ul>`;
  }

  private renderHours(model: CardModel): TemplateResult | typeof nothing {
    if (!model.hoursWords && !model.status) return nothing;
    // Static HTML (server-rendered) is read later than it is made: "Open now" would go stale there.
    const status = model.status && !isServer ? this.statusWords(model.status) : '';
    return html`<p part="hours" class="hours">
      ${model.hoursWords && !this.compact
        ? html`<span>${this.t('hoursLabel')} ${model.hoursWords}</span><br />`
        : nothing}
      ${status
        ? html`<span part="status" class="status ${model.status?.open ? 'open' : 'closed'}">${status}</span>`
        : nothing}
    </p>`;
  }

  /** "Open now until 10pm" / "Closed now. Opens at 9am on Monday", in UK time. */
  private statusWords(status: OpenStatus): string {
    if (status.open) {
      return status.closesAt
        ? this.t('openUntil', { time: clockWords(status.closesAt.minutes) })
        : this.t('openAlways');
    }
    if (!status.opensAt) return this.t('closed');
    const time = clockWords(status.opensAt.minutes);
    return status.sameDay
      ? this.t('closedOpensToday', { time })
      : this.t('closedOpensDay', { time, day: DAYS[status.opensAt.day] });
  }

  private renderPhone(phone: CardPhone, labelled: boolean): TemplateResult {
    return html`
      ${labelled && phone.label ? html`<li class="phone-label">${phone.label}</li>` : nothing}
      <li>
        <a part="action call" class="button" href=${phone.href}
          >${this.t('call', { number: phone.display })}</a
        >
      </li>
      ${isServer // a Copy button in static HTML would do nothing: it needs script
        ? nothing
        : html`<li class="no-print">
            <button part="action copy" class="button secondary" type="button"
              aria-label=${this.t('copyLabel', { number: phone.display })}
              @click=${() => this.copyNumber(phone.display)}>${this.t('copy')}</button>
          </li>`}
    `;
  }

  /** Copy the number for people on a computer, and say what happened in the status region. */
  private async copyNumber(display: string): Promise<void> {
    // Clear, then set, so a second copy of the same number is announced again.
    this.announce('');
    await this.updateComplete;
    let said = 'copied';
    try {
      await navigator.clipboard.writeText(display);
    } catch {
      said = 'copyFailed';
    }
    this.announce(this.t(said, { number: display }));
  }
}
