import { type PropertyValues } from '@lit/reactive-element';
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { isServer } from 'lit-html/is-server.js';
import {
  JURISDICTIONS,
  LAW_FACTS,
  mythsFor,
  shownSection,
  type LawBlock,
  type Level,
  type SectionId,
  type ShownSection,
} from '../content/law.js';
import type { Jurisdiction } from '../content/jurisdictions.js';
import { FALLBACK, NEW_TAB } from '../content/strings.js';
import { heading, levelBelow, type HeadingLevel } from '../core/heading-level.js';
import { safeWebsite } from '../core/safe-link.js';
import type { Strings } from '../core/strings.js';
import { propertiesOf } from '../core/inputs.js';
import { YpsiElement } from '../core/ypsi-element.js';
import { baseStyles } from '../styles/base.styles.js';
import { boxStyles } from '../styles/box.styles.js';
import { lawExplainerStyles } from './law-explainer.styles.js';
import { EXPLAINER_INPUTS } from './explainer-inputs.js';
import { renderMyths } from './myth-check.js';

/** The English strings of `<law-explainer>`; every key can be replaced through `strings`. */
export const LAW_EXPLAINER_STRINGS = {
  title: 'What the law says',
  place: 'The law in {place}.',
  showAll: 'Show all',
  hideAll: 'Hide all',
  // What Show all / Hide all did, said politely: one key per plural category the language needs
  // (English: `one` and `other`); a category left out falls back to `.other`.
  'shown.one': '{count} section shown.',
  'shown.other': '{count} sections shown.',
  'hidden.one': '{count} section hidden.',
  'hidden.other': '{count} sections hidden.',
  // Said instead when nothing changed: a screen reader drops a live message that repeats the last one.
  alreadyShown: 'Every section was already shown.',
  alreadyHidden: 'Every section was already hidden.',
  sources: 'Sources',
  factIds: 'Fact ids: {ids}. Checked {checked}.',
  newTab: NEW_TAB,
  mythIntro: 'Is it a myth or a fact? Choose one for each.',
  myth: 'Myth',
  fact: 'Fact',
  right: 'Right.',
  wrong: 'Not quite.',
  isMyth: 'It is a myth.',
  isFact: 'It is a fact.',
  fallback: FALLBACK,
} as const satisfies Strings;

/** A key of `LAW_EXPLAINER_STRINGS`. */
export type LawExplainerStringKey = keyof typeof LAW_EXPLAINER_STRINGS;

/** `sections`: one section id, or several separated by commas, in the order they are shown. */
export type SectionList = SectionId | `${SectionId},${string}`;

/**
 * What the law says about nudes and semi-nudes of under-18s, in words an 11-year-old understands:
 * who is a child, what counts, what is against the law, what happens if police get involved, why
 * people send images, and a "Myth or fact?" check. One Sources disclosure after the sections lists
 * every section's sources under its title, so an open section adds one Tab stop (its heading), not two
 * (the sections follow the ARIA APG accordion: heading buttons with aria-expanded and aria-controls).
 * Show all and Hide all say politely what they did ("8 sections shown.").
 *
 * Fires no events, on purpose: a host page cannot learn which sections a young person read.
 *
 * @summary The law on nudes and semi-nudes, in plain words, for England and Wales, Scotland or Northern Ireland.
 * @tag law-explainer
 *
 * @csspart base - The whole explainer (an `<article>`).
 * @csspart heading - The explainer's title.
 * @csspart place - "The law in England and Wales."
 * @csspart controls - The Show all / Hide all buttons.
 * @csspart show-all - The Show all button.
 * @csspart hide-all - The Hide all button.
 * @csspart controls-status - What Show all or Hide all did ("8 sections shown."), read by screen readers.
 * @csspart section - Each section.
 * @csspart section-heading - Each section's heading.
 * @csspart toggle - The button in each section heading that shows or hides it.
 * @csspart panel - Each section's content.
 * @csspart sources - The Sources disclosure (`<details>`) after the sections: each shown section's sources under its title.
 * @csspart sources-section - One section's sources in the list.
 * @csspart myths - The list of myth-or-fact statements.
 * @csspart myth - One statement with its buttons and answer.
 * @csspart choice - The Myth and Fact buttons.
 * @csspart answer - The answer and its reason, announced when given.
 * @csspart fallback - The help line shown if the explainer cannot render.
 *
 * @cssprop [--law-explainer-padding=var(--ypsi-space, 1rem)] - Space inside the explainer.
 * @cssprop [--law-explainer-border-width=1px] - The explainer's border and section dividers.
 * @cssprop [--ypsi-accent] - Buttons and links (all widgets).
 * @cssprop [--ypsi-accent-text] - Text on accent-coloured buttons.
 * @cssprop [--ypsi-surface] - Background.
 * @cssprop [--ypsi-surface-alt] - Sources and myth-check background.
 * @cssprop [--ypsi-text] - Text colour.
 * @cssprop [--ypsi-muted] - Secondary text colour.
 * @cssprop [--ypsi-border] - Borders.
 * @cssprop [--ypsi-good] - The "Right." answer colour.
 * @cssprop [--ypsi-focus] - Focus ring.
 * @cssprop [--ypsi-radius=0.5rem] - Corner radius.
 * @cssprop [--ypsi-space=1rem] - Base spacing.
 * @cssprop [--ypsi-font=inherit] - Font family.
 * @cssprop [--ypsi-heading-size=1.25em] - Heading size.
 */
export class LawExplainer extends YpsiElement<LawExplainerStringKey, typeof EXPLAINER_INPUTS> {
  static override styles = [baseStyles, boxStyles, lawExplainerStyles];

  /** The tag this class is named for: page-wide strings for it reach it under any name. */
  static override ypsiTag = 'law-explainer';

  static override inputTable = EXPLAINER_INPUTS;

  static override properties = propertiesOf(EXPLAINER_INPUTS);

  /** Whose law: `england-wales` (default), `scotland` or `northern-ireland`. */
  declare jurisdiction?: Jurisdiction;

  /** How deep: `young` (11–14, default), `teen` (15–18) or `adult` (parents and professionals; adds the schools guidance). */
  declare level?: Level;

  /** Which sections, in which order: a comma list of ids (who, what, illegal, sharing, police, reporting, why, myths, schools). */
  declare sections?: SectionList;

  /** A section id to show open: a deep link to one section. */
  declare open?: SectionId;

  /** Sections the reader has opened. */
  #expanded = new Set<SectionId>();

  /** Myth-check answers: statement id → true when the reader chose "Myth". */
  #answers = new Map<string, boolean>();

  /** What the last Show all / Hide all did, for the polite live region (empty until one is pressed). */
  #controlsMessage = '';

  #shown: ShownSection[] = [];

  protected get defaultStrings(): typeof LAW_EXPLAINER_STRINGS {
    return LAW_EXPLAINER_STRINGS;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#shown = this.inputs.sections
      .map((id) => shownSection(id, this.#where, this.#depth, (english) => this.words(english)))
      .filter((s): s is ShownSection => !!s);
    if (changed.has('open') && this.inputs.open) this.#expanded.add(this.inputs.open);
  }

  get #where(): Jurisdiction {
    return this.inputs.jurisdiction;
  }

  get #depth(): Level {
    return this.inputs.level;
  }

  protected renderContent(): TemplateResult {
    const sub = levelBelow(this.inputs.headingLevel);
    return html`
      <article part="base" class="explainer box" aria-labelledby="heading">
        ${heading(this.inputs.headingLevel, this.t('title'))}
        <p part="place" class="place">${this.t('place', { place: this.words(JURISDICTIONS[this.#where].place) })}</p>
        ${isServer ? nothing : this.#renderControls()}
        ${this.#shown.map((s) => this.#renderSection(s, sub))}
        ${this.#renderSources()}
      </article>
    `;
  }

  /** Show all / Hide all: left out of static HTML, where every section is already open and no button could work. */
  #renderControls(): TemplateResult {
    const button = (open: boolean) => html`<button part=${open ? 'show-all' : 'hide-all'} class="button secondary"
      type="button" @click=${() => this.#setAll(open)}>${this.t(open ? 'showAll' : 'hideAll')}</button>`;
    // aria-live on a plain paragraph, not role="status": an empty status region is read out as
    // "statusbar" by Orca, in browse mode, to every reader who passes it.
    return html`<div part="controls" class="controls no-print">${button(true)} ${button(false)}</div>
      <p part="controls-status" class="visually-hidden" aria-live="polite" aria-atomic="true">${this.#controlsMessage}</p>`;
  }

  /** One section: its heading (a toggle with script), its words and the myth check where it belongs. */
  #renderSection(section: ShownSection, level: HeadingLevel): TemplateResult {
    const { id, title } = section;
    // Static HTML (no script) shows every section open, with plain headings instead of toggles.
    const isOpen = isServer || this.#expanded.has(id);
    const toggle = isServer ? title : html`<button part="toggle" class="toggle" type="button" id="b-${id}"
      aria-expanded=${isOpen} aria-controls="s-${id}" @click=${() => this.#toggle(id, !isOpen)}>${title}</button>`;
    // hidden="until-found" keeps closed sections findable with the browser's Find: a match opens them.
    return html`<div part="section" class="section" data-section=${id}>
      ${heading(level, toggle, 'section-heading', `h-${id}`)}
      <div part="panel" class="panel" id="s-${id}" hidden=${isOpen ? nothing : 'until-found'}
        @beforematch=${() => this.#toggle(id, true)}>
        ${this.#renderBlocks(section.blocks)}
        ${id == 'myths' ? this.#renderMythCheck() : nothing}
      </div>
    </div>`;
  }

  /** A section's paragraphs and lists: a run of list items makes one list, so a screen reader counts its items. */
  #renderBlocks(blocks: readonly LawBlock[]): unknown[] {
    // Adults also see the seed talk's own term, "(peer pressure)", after the plain words.
    const text = (b: LawBlock) => (b.term && this.#depth == 'adult' ? `${b.text} (${b.term})` : b.text);
    const listFrom = (i: number): TemplateResult[] =>
      blocks[i]?.list ? [html`<li>${text(blocks[i])}</li>`, ...listFrom(i + 1)] : [];
    return blocks.map((b, i) => {
      if (!b.list) return html`<p>${text(b)}</p>`;
      // The list is rendered at its first item; the items after it are already in it.
      return blocks[i - 1]?.list ? nothing : html`<ul>${listFrom(i)}</ul>`;
    });
  }

  /** The "Myth or fact?" statements for this jurisdiction; an answer re-renders to show its reason. */
  #renderMythCheck(): TemplateResult {
    const answer = (myth: string, saidMyth: boolean) => {
      this.#answers.set(myth, saidMyth);
      this.requestUpdate();
    };
    const myths = mythsFor(this.#where).map((m) => ({ ...m, text: this.words(m.text), why: this.words(m.why) }));
    return renderMyths((key) => this.t(key), myths, this.#answers, answer);
  }

  /**
   * Every shown section's sources, under its title, so a teacher or parent can check each statement
   * against where it came from. One disclosure for all of them: a Sources toggle in every section would
   * double the Tab stops of every open section.
   */
  #renderSources(): TemplateResult | typeof nothing {
    const cited = this.#shown.filter((s) => s.facts.length);
    if (!cited.length) return nothing;
    const link = (label: string, source: string) => {
      const href = safeWebsite(source);
      return href
        ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${label}<span class="visually-hidden"> ${this.t('newTab')}</span></a>`
        : label;
    };
    return html`<details part="sources" class="sources">
      <summary>${this.t('sources')}</summary>
      <ul class="sources-list">
        ${cited.map(({ id, title, facts, checked }) => {
          // Several facts can share one page (CPS, UKCIS): each page is listed once in a section.
          const pages = new Set<string>();
          for (const f of facts.map((fact) => LAW_FACTS[fact])) {
            if (f) pages.add(`${f.label}\n${f.source}`);
            if (f?.also) pages.add(`${f.also.label}\n${f.also.source}`);
          }
          return html`<li part="sources-section" data-section=${id}>
            <p class="sources-title" id="src-${id}">${title}</p>
            <ul aria-labelledby="src-${id}">
              ${[...pages].map((page) => {
                const [label, source] = page.split('\n');
                return html`<li>${link(label, source)}</li>`;
              })}
            </ul>
            <p class="fact-ids">${this.t('factIds', { ids: facts.join(', '), checked })}</p>
          </li>`;
        })}
      </ul>
    </details>`;
  }

  #toggle(id: SectionId, open: boolean): void {
    this.#expanded[open ? 'add' : 'delete'](id);
    this.requestUpdate();
  }

  /** Show or hide every section, and say so ("8 sections shown."), or that nothing changed. */
  #setAll(open: boolean): void {
    const ids = this.#shown.map((s) => s.id);
    const changed = ids.filter((id) => this.#expanded.has(id) !== open).length;
    this.#expanded = new Set(open ? ids : []);
    this.#controlsMessage = changed
      ? this.t(open ? 'shown' : 'hidden', { count: ids.length })
      : this.t(open ? 'alreadyShown' : 'alreadyHidden');
    this.requestUpdate();
  }
}
