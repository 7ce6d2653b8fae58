import { ReactiveElement, adoptStyles, type PropertyValues } from '@lit/reactive-element';
import { html, nothing, render, type RenderOptions, type TemplateResult } from 'lit/html.js';
import { isServer } from 'lit-html/is-server.js';
import { VERSION } from '../version.js';
import type { HeadingLevel } from './heading-level.js';
import { baseInputs, propertiesOf, readInputs, type ElementInputs, type InputValues } from './inputs.js';
import { languageOf, pluralForm, type PluralKey } from './plural.js';
import { guardedTemplate, hideTemplate } from './render-guard.js';
import { markDoNotRecord } from './replay-markers.js';
import { shadowRootMode } from './shadow-mode.js';
import { onStringsChanged, packWord, readDeclarativeStrings, resolveStrings, fill, translationFor, type Strings, type StringTable, type Translation } from './strings.js';
import { warnOnce } from './warn.js';

/**
 * What every ypsi widget shares: heading level, string overrides, a private render root, and the
 * promise never to throw into the host page. A widget that fails to render shows its fallback (a way
 * to get help) instead of a blank box, and says why in the console.
 *
 * Built on Lit's ReactiveElement (properties, updates, controllers), rendering with lit-html into a
 * closed shadow root that only a true private field holds: Lit's LitElement keeps its root in the
 * public `renderRoot` and its rendered nodes in a public (minified) part, where any script on the
 * page could read what a child is shown. Here `renderRoot` is the element itself, which the page has
 * anyway, and nothing public names a node inside.
 *
 * `Key` is the union of the element's own string keys (every one has `fallback`), so
 * `this.t('unamed')` fails to compile. `Table` is the element's table of inputs (core/inputs.ts),
 * declared once as `static inputs`: Lit's properties are made from it (`propertiesOf`), and each
 * update reads it into `inputs`, the normalised view the element renders from.
 *
 * Frameworks (React 19, Vue 3) set a property whenever the element has one under the attribute's
 * name, so no member here may share a name with an attribute unless it is that attribute's property.
 */
export abstract class YpsiElement<Key extends string = string, Table extends ElementInputs = ElementInputs> extends ReactiveElement {
  /** Read by a second copy of the bundle to tell versions apart. */
  static ypsiVersion = VERSION;

  /** The tag the class is named for (a host may register it under another name). */
  static ypsiTag = '';

  /**
   * The page cannot call `attachInternals()` on a widget: its `shadowRoot` would hand back the closed
   * root. (The widgets use no internals themselves.)
   * @internal
   */
  static disabledFeatures = ['internals'];

  /**
   * Lit's server renderer (static HTML) renders a class that carries this mark as it renders a
   * LitElement: its styles, then `render()`.
   * @internal
   */
  static _$litElement$ = true;

  /**
   * Every attribute this element takes, declared once (core/inputs.ts); each element sets its own.
   * The manifest is written from the same tables (custom-elements-manifest.config.mjs).
   * @internal
   */
  static inputTable: ElementInputs = baseInputs;

  static override properties = propertiesOf(baseInputs);

  /** The heading level (2–6) that fits the host page's outline. */
  // Read as `unknown`: the attribute arrives as its text ("3"), a framework may set any value at all.
  declare headingLevel?: HeadingLevel;

  /**
   * Replacement text for any of this element's strings, as an object or a JSON attribute. A JSON
   * string set as the property (React 19 and Vue 3 set the property when given the attribute) is read
   * as the attribute would be.
   */
  declare strings?: Strings;

  /** The English defaults, keyed; every key may be overridden. */
  protected abstract get defaultStrings(): StringTable<Key | 'fallback'>;

  /** The strings for this render: defaults merged with page-wide and own overrides. */
  protected text = {} as StringTable<Key | 'fallback'>;

  /** Set by the first willUpdate, before anything renders. */
  #inputs!: InputValues<Table>;

  /** The translation pack of this element's language, if the page installed one. */
  #pack?: Translation;

  /** The closed shadow root: in this field only, never in a public member or a Lit part. */
  #root?: ShadowRoot;

  /** lit-html's options for this element's renders (event listeners are called on the element). */
  readonly #renderOptions: RenderOptions = { host: this };

  /** What lit-html rendered into the root, to tell it about connection changes. */
  #part?: ReturnType<typeof render>;

  #unsubscribe?: () => void;

  /**
   * Closed, so the host page cannot read what a child is shown or taps (see core/shadow-mode.ts for the
   * test-only way to open it). Lit's server renderer reads the same options, so static HTML's
   * declarative shadow root has the mode the live element attaches.
   * @internal
   */
  static override get shadowRootOptions(): ShadowRootInit {
    return { mode: shadowRootMode() };
  }

  /**
   * Takes the class's template off its prototype (core/render-guard.ts); Lit calls this once per class.
   * @internal
   */
  protected static override finalize(): void {
    hideTemplate(this);
    super.finalize();
  }

  // Static HTML from `npx ypsi-widgets render` arrives with a declarative shadow root. We do not ship
  // Lit's hydration code, so the live render replaces it in the same task, with nothing shown twice:
  // attaching a root of the same mode empties a declarative one and hands it back. Static HTML made
  // with an open root is reused as it is (attaching a closed root over it would throw).
  protected override createRenderRoot(): HTMLElement {
    if (!this.#root) {
      const open = this.shadowRoot;
      if (open && shadowRootMode() === 'closed') {
        warnOnce(this.localName, 'static HTML with an open shadow root lets the page read it: make it again with npx ypsi-widgets render.');
      }
      open?.replaceChildren();
      const root = open ?? this.attachShadow((this.constructor as typeof YpsiElement).shadowRootOptions);
      adoptStyles(root, (this.constructor as typeof YpsiElement).elementStyles);
      // Where a browser has no constructable stylesheets, Lit wrote <style> elements: render before them.
      this.#renderOptions.renderBefore = root.firstChild;
      this.#root = root;
    }
    // Lit keeps this in the public `renderRoot`: the element, which the page has already.
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#part?.setConnected(true);
    markDoNotRecord(this);
    readDeclarativeStrings();
    this.#unsubscribe = onStringsChanged(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#part?.setConnected(false);
    this.#unsubscribe?.();
  }

  /**
   * `t('key', { name })`: the current string for `key`, with placeholders filled. A key with plural
   * forms is named without its form, `t('shown', { count })`, and gives the form the element's
   * language needs for `count` (Intl.PluralRules: `shown.one`, `shown.few` …, else `shown.other`).
   */
  protected t(key: Key | 'fallback' | PluralKey<Key>, values?: object): string {
    const text: Readonly<Record<string, string>> = this.text;
    const english: Readonly<Record<string, string>> = this.defaultStrings;
    const count = (values as { count?: unknown } | undefined)?.count;
    const form = typeof count === 'number' && !Object.hasOwn(english, key) ? pluralForm({ ...english, ...text }, key, count, languageOf(this)) : key;
    return fill(text[form] ?? english[form] ?? key, values);
  }

  /** A content sentence (keyed by its English) in this element's language, else the English. */
  protected words(english: string): string {
    return packWord(this.#pack, 'content', english, english);
  }

  /**
   * This update's inputs, normalised by the element's table: read when an attribute or property
   * changed (an update the element asks for itself reads nothing again), never in render.
   */
  protected get inputs(): InputValues<Table> {
    return this.#inputs;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.hasUpdated || changed.size) {
      this.#inputs = readInputs(this.localName, (this.constructor as typeof YpsiElement).inputTable, this) as InputValues<Table>;
    }
    // Under a host's own tag name, the class's tag still reaches it (resolveStrings' typeTag).
    const typeTag = (this.constructor as typeof YpsiElement).ypsiTag || undefined;
    this.#pack = translationFor(languageOf(this));
    this.text = resolveStrings(this.localName, this.defaultStrings, this.inputs.strings, typeTag, this.#pack) as StringTable<Key | 'fallback'>;
    super.willUpdate(changed);
  }

  /** The element's own template. Errors here are caught; the page can never call it (core/render-guard.ts). */
  protected abstract renderContent(): TemplateResult;

  /** Shown when `renderContent` fails: never a blank box. */
  protected renderFallback(): TemplateResult {
    return html`<p part="fallback">${this.t('fallback')}</p>`;
  }

  /** The template for this render, or the fallback if making it failed (core/render-guard.ts). */
  #template(): TemplateResult {
    return guardedTemplate(this, this.renderContent, this.renderFallback);
  }

  /** For Lit's server renderer only (static HTML); in a browser it gives nothing. */
  render(): TemplateResult | typeof nothing {
    return isServer ? this.#template() : nothing;
  }

  protected override update(changed: PropertyValues): void {
    // The template first, as LitElement does: setting a property while making it asks for no new update.
    const template = this.#template();
    if (!this.hasUpdated) this.#renderOptions.isConnected = this.isConnected;
    super.update(changed);
    if (this.#root) this.#part = render(template, this.#root, this.#renderOptions);
  }

  // A last guard: an exception in Lit's update cycle would otherwise reach the page as an
  // unhandled rejection.
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      warnOnce(this.localName, `could not update (${String(error)}).`);
      // Still never a blank box: put the fallback where the failed update would have rendered.
      try {
        if (this.#root) this.#part = render(this.renderFallback(), this.#root, this.#renderOptions);
      } catch {
        /* nothing safer is left to show */
      }
    }
  }
}
