import { LitElement, html, render, type PropertyValues, type TemplateResult } from 'lit';
import { VERSION } from '../version.js';
import { headingLevel, type HeadingLevel } from './heading-level.js';
import { jsonAttribute } from './json-attribute.js';
import { markDoNotRecord } from './replay-markers.js';
import { shadowRootMode } from './shadow-mode.js';
import { onStringsChanged, readDeclarativeStrings, resolveStrings, fill, type Strings, type StringTable } from './strings.js';
import { warnOnce } from './warn.js';

/**
 * What every ypsi widget shares: heading level, string overrides, and the promise never to throw into
 * the host page. A widget that fails to render shows its fallback (a way to get help) instead of a
 * blank box, and says why in the console.
 *
 * `Key` is the union of the element's own string keys (every one has `fallback`), so
 * `this.t('unamed')` fails to compile.
 *
 * Frameworks (React 19, Vue 3) set a property whenever the element has one under the attribute's
 * name, so no member here may share a name with an attribute unless it is that attribute's property.
 */
export abstract class YpsiElement<Key extends string = string> extends LitElement {
  /** Read by a second copy of the bundle to tell versions apart. */
  static ypsiVersion = VERSION;

  /** The tag the class is named for (a host may register it under another name). */
  static ypsiTag = '';

  static override properties = {
    headingLevel: { attribute: 'heading-level' },
    strings: { converter: jsonAttribute },
  };

  /** The heading level (2–6) that fits the host page's outline. */
  // The attribute arrives as its text ("3"), which headingLevel() reads the same way as the number.
  declare headingLevel?: HeadingLevel;

  /**
   * Replacement text for any of this element's strings, as an object or a JSON attribute. A JSON
   * string set as the property (React 19 and Vue 3 set the property when given the attribute) is read
   * as the attribute would be.
   */
  declare strings?: Strings;

  /** The English defaults, keyed; every key may be overridden. */
  protected abstract get defaultStrings(): StringTable<Key | 'fallback'>;

  /** The heading level an element uses when none is set. */
  protected defaultHeadingLevel: HeadingLevel = 3;

  /** The strings for this render: defaults merged with page-wide and own overrides. */
  protected text = {} as StringTable<Key | 'fallback'>;

  private unsubscribe?: () => void;

  /**
   * Closed, so the host page cannot read what a child is shown or taps (see core/shadow-mode.ts for the
   * test-only way to open it). Lit's server renderer reads the same options, so static HTML's
   * declarative shadow root has the mode the live element attaches.
   * @internal
   */
  static override get shadowRootOptions(): ShadowRootInit {
    return { mode: shadowRootMode() };
  }

  // Static HTML from `npx ypsi-widgets render` arrives with a declarative shadow root. Lit would render
  // beside its content (we do not ship Lit's hydration code), so the live render replaces it in the
  // same task, with nothing shown twice: attaching a root of the same mode empties a declarative one.
  // Static HTML made with an open root is reused as it is (attaching a closed root would throw).
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.shadowRoot && shadowRootMode() === 'closed') {
      warnOnce(this.localName, 'static HTML with an open shadow root lets the page read it: make it again with npx ypsi-widgets render.');
    }
    this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    markDoNotRecord(this);
    readDeclarativeStrings();
    this.unsubscribe = onStringsChanged(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
  }

  /** `t('key', { name })`: the current string for `key`, with placeholders filled. */
  protected t(key: Key | 'fallback', values?: object): string {
    return fill(this.text[key] ?? this.defaultStrings[key] ?? key, values);
  }

  /**
   * The validated heading level for this render. Not named `level`: that is `<law-explainer>`'s
   * attribute, and a framework setting it would hit a getter with no setter.
   */
  protected get validHeadingLevel(): HeadingLevel {
    return headingLevel(this.localName, this.headingLevel, this.defaultHeadingLevel);
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Under a host's own tag name, the class's tag still reaches it (resolveStrings' typeTag).
    const own: unknown = typeof this.strings === 'string' ? jsonAttribute.fromAttribute!(this.strings, Object) : this.strings;
    this.text = resolveStrings(this.localName, this.defaultStrings, own, (this.constructor as typeof YpsiElement).ypsiTag || undefined) as StringTable<Key | 'fallback'>;
    super.willUpdate(changed);
  }

  /** The element's own template. Errors here are caught by `render`. */
  protected abstract renderContent(): TemplateResult;

  /** Shown when `renderContent` fails: never a blank box. */
  protected renderFallback(): TemplateResult {
    return html`<p part="fallback">${this.t('fallback')}</p>`;
  }

  protected override render(): TemplateResult {
    try {
      return this.renderContent();
    } catch (error) {
      warnOnce(this.localName, `could not render its content (${String(error)}); showing the fallback.`);
      return this.renderFallback();
    }
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
        render(this.renderFallback(), this.renderRoot, this.renderOptions);
      } catch {
        /* nothing safer is left to show */
      }
    }
  }
}
