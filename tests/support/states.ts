/**
 * Putting every example on the page, as a web editor would paste it, in each of the themes and page
 * widths the accessibility gates check. Shared by tests/a11y, tests/keyboard, tests/reflow and
 * tests/readability.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import type { Example } from './examples/index.js';
// The CDN entry, exactly what a web editor's page loads: it defines every element.
import '../../src/ypsi-widgets.js';

/** A page theme: what the host page declares and what the visitor's system asks for. */
export interface Theme {
  name: string;
  /** The host page's `color-scheme` (set on the root, as `<meta name="color-scheme">` would). */
  scheme: 'light' | 'dark';
  /** Windows High Contrast / forced colours. */
  forced: boolean;
}

export const LIGHT: Theme = { name: 'light', scheme: 'light', forced: false };
export const DARK: Theme = { name: 'dark', scheme: 'dark', forced: false };
export const FORCED: Theme = { name: 'forced colours', scheme: 'light', forced: true };
// Many High Contrast users pick a dark palette ("Night sky"), so forced colours are checked on both.
export const FORCED_DARK: Theme = { name: 'forced colours (dark)', scheme: 'dark', forced: true };
export const THEMES: Theme[] = [LIGHT, DARK, FORCED, FORCED_DARK];

/**
 * Dark means both halves: the page supports dark (root `color-scheme: dark`, so its canvas turns dark
 * and the widgets' light-dark() picks the dark side) and the visitor's system prefers dark.
 */
export async function applyTheme(theme: Theme): Promise<void> {
  document.documentElement.style.colorScheme = theme.scheme;
  document.body.style.background = 'Canvas';
  document.body.style.color = 'CanvasText';
  await executeServerCommand('emulate-a11y-media', {
    colorScheme: theme.scheme,
    forcedColors: theme.forced ? 'active' : 'none',
  });
  if (matchMedia('(forced-colors: active)').matches !== theme.forced) {
    throw new Error(`Could not emulate the "${theme.name}" theme.`);
  }
}

/**
 * Define a tag that the CDN entry does not (yet) define, through its own folder's define module, the
 * one-element npm entry. The dev server serves each module once under its .ts URL, so this shares
 * core modules with everything else on the page.
 */
async function define(tag: string): Promise<void> {
  if (customElements.get(tag)) return;
  await import(/* @vite-ignore */ `../../src/${tag}/define.ts`);
  if (!customElements.get(tag)) throw new Error(`<${tag}> is not defined by src/${tag}/define.ts.`);
}

type Updating = Element & { updateComplete?: Promise<unknown> };

/** Every element in `root`, shadow roots included, in document order. */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    found.push(el);
    if (el.shadowRoot) found.push(...deepElements(el.shadowRoot));
  }
  return found;
}

/** Wait until every Lit element under `root` (nested widgets too) has rendered. */
async function settled(root: ParentNode): Promise<void> {
  for (let pass = 0; pass < 3; pass += 1) {
    await Promise.all(deepElements(root).map((el) => (el as Updating).updateComplete));
  }
  // Entrance animations (a stage fading in) end in the state under test: jump to their end.
  const roots = [document, ...deepElements(root).flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []))];
  for (const animation of roots.flatMap((r) => r.getAnimations())) {
    if (Number.isFinite(Number(animation.effect?.getComputedTiming().endTime))) animation.finish();
  }
}

/** A mounted example: its wrapper on the page and its host element. */
export interface Mounted {
  example: Example;
  wrapper: HTMLElement;
  host: HTMLElement;
}

/**
 * Paste an example into `into` inside its own wrapper, render it, and bring it to its state.
 * The markup is trusted test data, parsed the way a CMS page would be.
 */
export async function mount(example: Example, into: HTMLElement = document.body): Promise<Mounted> {
  await define(example.tag);
  const wrapper = document.createElement('div');
  wrapper.dataset.example = label(example);
  const template = document.createElement('template');
  template.innerHTML = example.markup;
  wrapper.append(template.content);
  into.append(wrapper);
  const host = wrapper.querySelector<HTMLElement>(example.tag);
  if (!host) throw new Error(`The markup of "${example.name}" has no <${example.tag}>.`);
  await settled(wrapper);
  if (example.interact) {
    await example.interact(host);
    await settled(wrapper);
  }
  return { example, wrapper, host };
}

/** The example a node belongs to, climbing out of shadow roots. */
export function wrapperOf(node: Node | null): HTMLElement | null {
  let current: Node | null = node;
  while (current) {
    if (current instanceof HTMLElement && current.dataset.example !== undefined) return current;
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return null;
}

/** "helpline-card — compact", for test names. */
export const label = (example: Example): string => `<${example.tag}> ${example.name}`;
