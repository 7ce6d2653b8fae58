/**
 * Every widget's shadow root is closed: a host page's scripts, analytics and session recorders get
 * `null` from `element.shadowRoot`, and a click's `composedPath()` stops at the host element, so they
 * cannot read what a child is shown or what they tapped.
 *
 * Tests and developer previews need to look inside. `ypsi-widgets/testing.js` (or, on a page without a
 * bundler, `globalThis[Symbol.for('ypsi-widgets.open-shadow-roots-for-tests')] = true` in a script that
 * runs before the bundle) opens them. The choice is read once, when the first widget attaches its root,
 * and kept for the page's life, so no widget is ever half open, half closed.
 */
export const OPEN_FOR_TESTS = Symbol.for('ypsi-widgets.open-shadow-roots-for-tests');

let chosen: ShadowRootMode | undefined;

/** The mode every widget of this copy of the library attaches its shadow root with. */
export function shadowRootMode(): ShadowRootMode {
  chosen ??= (globalThis as Record<symbol, unknown>)[OPEN_FOR_TESTS] === true ? 'open' : 'closed';
  return chosen;
}
