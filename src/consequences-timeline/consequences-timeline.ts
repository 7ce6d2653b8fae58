import { type PropertyValues } from '@lit/reactive-element';
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { isServer } from 'lit-html/is-server.js';
import {
  SCENARIOS,
  type Point,
  type Scenario,
  type ScenarioId,
  type Stage,
  type StageId,
} from '../content/consequences.js';
import { holdsIn, type Jurisdiction } from '../content/jurisdictions.js';
import { FALLBACK, NEW_TAB } from '../content/strings.js';
import { heading, levelBelow } from '../core/heading-level.js';
import type { Strings } from '../core/strings.js';
import { propertiesOf } from '../core/inputs.js';
import { YpsiElement } from '../core/ypsi-element.js';
import { baseStyles } from '../styles/base.styles.js';
import { boxStyles } from '../styles/box.styles.js';
import { consequencesTimelineStyles } from './consequences-timeline.styles.js';
import { serviceLinks } from './service-links.js';
import { TIMELINE_INPUTS } from './timeline-inputs.js';

/** The English strings of `<consequences-timeline>`; every key can be replaced through `strings`. */
export const CONSEQUENCES_TIMELINE_STRINGS = {
  happen: 'What can happen',
  can: 'What you can do',
  help: 'Who can help',
  stageOf: 'Stage {n} of {total}: ',
  announce: 'Stage {n} of {total}: {title}',
  previous: 'Previous',
  next: 'Next',
  showAll: 'Show all stages',
  stepper: 'Stages',
  keys: 'You can also use the Left and Right arrow keys.',
  call: 'Call {number}',
  text: 'Text {keyword} to {number}',
  textNoKeyword: 'Text {number}',
  newTab: NEW_TAB,
  closing: 'You are not alone. It is never too late to ask for help.',
  fallback: FALLBACK,
} as const satisfies Strings;

/** A key of `CONSEQUENCES_TIMELINE_STRINGS`. */
export type ConsequencesTimelineStringKey = keyof typeof CONSEQUENCES_TIMELINE_STRINGS;

/** A stage by its place in time, as the attribute may give it ("2" is read as 2). */
export type StageNumber = 1 | 2 | 3 | 4;

/**
 * What can happen after a nude or semi-nude is sent, step by step in time, and at every step what the
 * young person can still do and who can help. Where someone else shared or demanded the image, it
 * says first, plainly, that it is not their fault. Every stage ends on help, never on a threat.
 *
 * One stage at a time (Previous / Next, or Left / Right / Home / End while focus is in the stepper,
 * the arrows swapped on right-to-left pages, each change announced politely), or every stage with `show-all`; print always shows every stage.
 * Previous and Next describe the arrow keys to screen readers (`keys`). Each stage is a group named by
 * its heading ("Stage 2 of 4: Minutes to hours later"); one at a time, the open stage is the Tab stop
 * after the controls, so Tab reaches its text before its links, in browse and focus modes alike.
 * Stacked on narrow containers, side by side from a 60rem-wide container (a container query, because
 * the element sits in someone else's layout). Fires no events, so a host cannot track a young person.
 *
 * `jurisdiction` picks the law the reader lives under. Outcome 21 (Home Office counting rules) is shown
 * only for `england-wales`; in `scotland` and `northern-ireland` that point is left out, as
 * `<law-explainer>` does, because the verified facts have no equivalent to put in its place.
 *
 * @summary What can happen next, and what you can do at every step.
 * @tag consequences-timeline
 *
 * @csspart base - The whole timeline (a `<section>`).
 * @csspart heading - The scenario's title.
 * @csspart lead - The first message; also `not-your-fault` where someone else shared or demanded the image.
 * @csspart not-your-fault - "It is not your fault", on the scenarios where it applies.
 * @csspart controls - The row with Previous, Next and Show all stages.
 * @csspart previous - The Previous button.
 * @csspart next - The Next button.
 * @csspart toggle - The "Show all stages" toggle button.
 * @csspart stages - The list (`<ol>`) of stages.
 * @csspart stage - Each stage (`<li>`); the current one has `aria-current="step"`.
 * @csspart stage-group - Each stage's group (heading and body), named by its heading; the open one takes focus.
 * @csspart marker - The numbered dot on the time line.
 * @csspart stage-heading - Each stage's title.
 * @csspart stage-body - What can happen, what you can do and who can help, in one stage.
 * @csspart happen - The list of what can happen.
 * @csspart can - The list of what you can do.
 * @csspart services - The list of services that can help.
 * @csspart service - A service's name (a link to its website where it has one).
 * @csspart call - A Call link (`tel:`).
 * @csspart text - A Text link (`sms:`).
 * @csspart closing - The closing line about help.
 * @csspart fallback - The help line shown if the timeline cannot render.
 *
 * @cssprop [--consequences-timeline-marker-size=2rem] - The numbered dots on the time line.
 * @cssprop [--consequences-timeline-line-width=3px] - The time line between the dots.
 * @cssprop [--consequences-timeline-happen-bg=var(--ypsi-surface-alt)] - Background of "What can happen".
 * @cssprop [--consequences-timeline-can-accent=var(--ypsi-good)] - The bar beside "What you can do".
 * @cssprop [--ypsi-accent] - Buttons, links and the current stage's dot (all widgets).
 * @cssprop [--ypsi-accent-text] - Text on accent-coloured buttons.
 * @cssprop [--ypsi-surface] - Background.
 * @cssprop [--ypsi-surface-alt] - Background of "What can happen".
 * @cssprop [--ypsi-text] - Text colour.
 * @cssprop [--ypsi-muted] - Secondary text colour.
 * @cssprop [--ypsi-border] - Borders and the time line.
 * @cssprop [--ypsi-good] - "What you can do" and "not your fault".
 * @cssprop [--ypsi-focus] - Focus ring.
 * @cssprop [--ypsi-radius=0.5rem] - Corner radius.
 * @cssprop [--ypsi-space=1rem] - Base spacing.
 * @cssprop [--ypsi-font=inherit] - Font family.
 * @cssprop [--ypsi-heading-size=1.25em] - Heading size.
 */
export class ConsequencesTimeline extends YpsiElement<ConsequencesTimelineStringKey, typeof TIMELINE_INPUTS> {
  static override styles = [baseStyles, boxStyles, consequencesTimelineStyles];

  /** The tag this class is named for: page-wide strings for it reach it under any name. */
  static override ypsiTag = 'consequences-timeline';

  static override inputTable = TIMELINE_INPUTS;

  // Nothing reflects: the reader's own "Show all stages" and stage stay inside the shadow root.
  static override properties = propertiesOf(TIMELINE_INPUTS);

  /** Whose path to follow: `sent` (default), `shared-without-consent`, `sextortion` or `pressured`. */
  declare scenario?: ScenarioId;

  /** The stage to open: an id (`moment`, `hours`, `weeks`, `years`) or its number, 1 to 4. */
  declare stage?: StageId | StageNumber;

  /**
   * Where the reader lives: `england-wales` (default), `scotland` or `northern-ireland`. Outcome 21 is
   * shown only for `england-wales`.
   */
  declare jurisdiction?: Jurisdiction;

  /** Show every stage at once instead of one at a time (the reader can still switch it). */
  showAll = false;

  // Internal state, not reactive properties (which the manifest would list as attributes): the index of
  // the stage shown one at a time, and what the polite live region says after a step.
  #current = 0;
  #announcement = '';

  // The reader's "Show all stages" (true or false), or undefined to follow `show-all`.
  #readerShowAll?: boolean;

  protected get defaultStrings(): typeof CONSEQUENCES_TIMELINE_STRINGS {
    return CONSEQUENCES_TIMELINE_STRINGS;
  }

  get #path(): Scenario {
    return SCENARIOS[this.inputs.scenario];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A new stage or scenario from the host opens that stage, quietly: only a reader's step is announced.
    if (changed.has('stage') || changed.has('scenario')) {
      this.#current = this.inputs.stage;
      this.#announcement = '';
    }
    // The host setting show-all again overrides what the reader chose.
    if (changed.has('showAll')) this.#readerShowAll = undefined;
  }

  /** Every stage at once: the reader's choice, else the host's `show-all`. */
  get #showAll(): boolean {
    return this.#readerShowAll ?? this.inputs.showAll;
  }

  protected renderContent(): TemplateResult {
    const { title, lead, notYourFault, stages } = this.#path;
    const where = this.inputs.jurisdiction;
    // Static HTML (server-rendered, read with no script) shows every stage: its buttons could do nothing.
    const all = this.#showAll || isServer;
    return html`
      <section part="base" class="box" aria-labelledby="heading">
        ${heading(this.inputs.headingLevel, this.words(title))}
        <p part=${notYourFault ? 'lead not-your-fault' : 'lead'} class="lead ${notYourFault ? 'nyf' : ''}">${this.words(lead.text)}</p>
        <div @keydown=${this.#onKey}>
          ${isServer ? nothing : this.#renderControls(all, stages.length - 1)}
          <ol part="stages" class="stages ${all ? '' : 'one'}" aria-label=${this.t('stepper')}>
            ${stages.map((stage, i) => this.#renderStage(stage, i, stages.length, all, where))}
          </ol>
        </div>
        <p part="closing" class="closing">${this.t('closing')}</p>
        <p class="visually-hidden" aria-live="polite" aria-atomic="true">${this.#announcement}</p>
      </section>
    `;
  }

  /** Previous / Next and Show all stages: the reader's way through, left out of static HTML and print. */
  #renderControls(all: boolean, last: number): TemplateResult {
    // At either end a step button stays focusable (aria-disabled), so focus is never lost. The arrow
    // keys are described, not shown: in a screen reader's browse mode they move its own cursor instead.
    const step = (key: 'previous' | 'next', to: number) =>
      html`<button part=${key} class="button ${key === 'next' ? '' : 'secondary'}" type="button"
        aria-disabled=${to < 0 || to > last} aria-describedby="keys" @click=${(event: Event) => this.#go(to, event)}>${this.t(key)}</button>`;
    return html`<div part="controls" class="controls no-print">
      ${all ? nothing : html`${step('previous', this.#current - 1)} ${step('next', this.#current + 1)}
        <span id="keys" class="visually-hidden">${this.t('keys')}</span>`}
      <button part="toggle" class="button secondary toggle" type="button" aria-pressed=${all}
        @click=${this.#toggleAll}>${this.t('showAll')}</button>
    </div>`;
  }

  /** The reader's "Show all stages": private state, so nothing is written onto the element. */
  #toggleAll(): void {
    this.#readerShowAll = !this.#showAll;
    this.requestUpdate();
  }

  /**
   * One stage: its dot and title always (the time line stays whole), its body only when shown. The
   * heading and body sit in a group named by the heading; one at a time, the open stage's group is a
   * Tab stop (like an ARIA APG tab panel), so Tab from the controls reaches its text.
   */
  #renderStage(stage: Stage, i: number, total: number, all: boolean, where: Jurisdiction): TemplateResult {
    const current = i === this.#current;
    const stop = current && !all && !isServer;
    return html`<li part="stage" class="stage ${current ? 'current' : ''}" data-stage=${stage.id}
      aria-current=${current && !all ? 'step' : nothing}>
      <span part="marker" class="marker" aria-hidden="true">${i + 1}</span>
      <div part="stage-group" class="stage-group" role="group" aria-labelledby=${`stage-${stage.id}`}
        tabindex=${stop ? '0' : nothing}>
        ${heading(
          levelBelow(this.inputs.headingLevel),
          // One piece for a screen reader: hidden text beside shown text is read as two lines by Orca
          // in browse mode ("Stage 2 of 4:", then the title), so the shown title is hidden from it.
          html`<span aria-hidden="true">${this.words(stage.title)}</span><span class="visually-hidden">${this.t('stageOf', { n: i + 1, total })}${this.words(stage.title)}</span>`,
          'stage-heading',
          `stage-${stage.id}`,
        )}
        <div part="stage-body" class="body" ?hidden=${!all && !current}>
          <div class="groups">
            <div class="group happen">${this.#renderPoints('happen', stage.id, stage.happen, where)}</div>
            <div class="group can">
              ${this.#renderPoints('can', stage.id, stage.can, where)}
              ${this.#renderHelp(stage)}
            </div>
          </div>
        </div>
      </div>
    </li>`;
  }

  /** What can happen, or what you can do, in one stage; a point for another jurisdiction is left out. */
  #renderPoints(key: 'happen' | 'can', id: StageId, list: readonly Point[], where: Jurisdiction): TemplateResult {
    return html`<p class="label" id=${`${key}-${id}`}>${this.t(key)}</p>
      <ul part=${key} class="points" aria-labelledby=${`${key}-${id}`}>
        ${list.filter((p) => holdsIn(p, where)).map((p) => html`<li>${this.words(p.text)}</li>`)}
      </ul>`;
  }

  /** Who can help: every service the stage's "what you can do" names, each once, so every stage ends on help. */
  #renderHelp(stage: Stage): TemplateResult | typeof nothing {
    const help = [...new Set(stage.can.flatMap((p) => p.services ?? []))];
    if (!help.length) return nothing;
    return html`<p class="label">${this.t('help')}</p>
      ${serviceLinks(this.localName, help, { current: this.text, english: CONSEQUENCES_TIMELINE_STRINGS }, (english) => this.words(english))}`;
  }

  /**
   * Left / Right / Home / End step through while focus is in the stepper (not with modifier keys).
   * On a right-to-left page the stages run right to left, so the arrows follow what the reader sees.
   */
  #onKey(event: KeyboardEvent): void {
    const ahead = getComputedStyle(this).direction === 'rtl' ? -1 : 1;
    const to = { ArrowLeft: this.#current - ahead, ArrowRight: this.#current + ahead, Home: 0, End: this.#path.stages.length - 1 }[event.key];
    if (to === undefined || this.#showAll || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    this.#go(to, event);
  }

  /** Open stage `to`, announce it, and keep focus from falling out of a stage that is now closed. */
  async #go(to: number, event: Event): Promise<void> {
    const { stages } = this.#path;
    const next = Math.max(0, Math.min(to, stages.length - 1));
    if (next === this.#current) return;
    // The root, from the control the reader used: no member of the element holds it.
    const root = (event.currentTarget as Element).getRootNode() as ShadowRoot;
    const focusWasInStage = !!root.activeElement?.closest('.stage');
    this.#current = next;
    this.#announcement = this.t('announce', { n: next + 1, total: stages.length, title: this.words(stages[next].title) });
    this.requestUpdate();
    if (focusWasInStage) {
      await this.updateComplete;
      root.querySelector<HTMLElement>('.stage.current .stage-group')?.focus();
    }
  }
}
