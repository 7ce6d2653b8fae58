import type { TemplateResult } from 'lit/html.js';
import { isServer } from 'lit-html/is-server.js';
import { warnOnce } from './warn.js';

/**
 * The render guard: a widget's template is kept where no page script can call it, and a template
 * that throws gives the widget's fallback line (a way to get help) instead of a blank box.
 *
 * Each class's template (`renderContent`) is taken off its prototype when Lit finalizes the class (at
 * `customElements.define`), so that no member a page can call hands back what a child is shown. This
 * map is private to the module: the bundle exports no way to it.
 */
const templates = new WeakMap<object, () => TemplateResult>();

/** Take `renderContent` off `ctor`'s prototype into the private map; Lit finalizes each class once. */
export function hideTemplate(ctor: { prototype: object }): void {
  const own = Object.getOwnPropertyDescriptor(ctor.prototype, 'renderContent')?.value;
  // Static HTML is made in Node, where there is no page to hide from.
  if (!isServer && typeof own === 'function') {
    templates.set(ctor, own);
    Reflect.deleteProperty(ctor.prototype, 'renderContent');
  }
}

/**
 * The widget's template for this render, or its fallback if making it failed. `own` is the template
 * where it was left on the prototype (static HTML, in Node). Never throws.
 */
export function guardedTemplate(element: Element, own: (() => TemplateResult) | undefined, fallback: () => TemplateResult): TemplateResult {
  try {
    let template: (() => TemplateResult) | undefined;
    for (let c: object | null = element.constructor; c && !template; c = Object.getPrototypeOf(c)) template = templates.get(c);
    return (template ?? own!).call(element);
  } catch (error) {
    warnOnce(element.localName, `could not render its content (${String(error)}); showing the fallback.`);
    return fallback.call(element);
  }
}
