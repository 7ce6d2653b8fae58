/** What a keyboard user meets: the Tab stops inside a widget, and whether focus can be seen. */

/** The focused element, looking through shadow roots to the innermost one. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const NATIVE =
  'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [contenteditable]:not([contenteditable="false"])';

/** Would Tab stop here? Enabled, not inert, not hidden (closed <details> content included). */
function isTabStop(el: Element): boolean {
  if (!(el instanceof HTMLElement) || el.tabIndex < 0) return false;
  if (!el.matches(NATIVE) && !el.hasAttribute('tabindex')) return false;
  if ((el as HTMLButtonElement).disabled || el.closest('[inert]')) return false;
  if (el.localName === 'summary' && el.parentElement?.localName !== 'details') return false;
  return el.checkVisibility({ visibilityProperty: true });
}

/** Every Tab stop under `root` in flat-tree order: into shadow roots, and slotted content where it shows. */
export function tabStops(root: Node): HTMLElement[] {
  const stops: HTMLElement[] = [];
  const visit = (node: Node) => {
    if (node instanceof Element && isTabStop(node)) stops.push(node as HTMLElement);
    let children: Node[];
    if (node instanceof Element && node.shadowRoot) children = [...node.shadowRoot.childNodes];
    else if (node instanceof HTMLSlotElement) {
      const assigned = node.assignedNodes();
      children = assigned.length ? assigned : [...node.childNodes];
    } else children = [...node.childNodes];
    children.forEach(visit);
  };
  visit(root);
  return stops;
}

/**
 * Can a sighted keyboard user see where focus is? Either a solid outline at least 2px wide in a
 * colour that is not transparent, or a box-shadow ring (removed by forced colours, where the
 * outline must carry it). Returns why not, or '' when it can.
 */
export function missingFocusIndicator(el: Element): string {
  const style = getComputedStyle(el);
  const rect = el.getBoundingClientRect();
  if (rect.width < 2 || rect.height < 2) return `it is ${rect.width}×${rect.height}px, too small to see`;
  const outline =
    style.outlineStyle !== 'none' &&
    parseFloat(style.outlineWidth) >= 2 &&
    !/rgba\(.*,\s*0\)$|transparent/.test(style.outlineColor);
  const ring = style.boxShadow !== 'none' && !matchMedia('(forced-colors: active)').matches;
  if (outline || ring) return '';
  return `outline: ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}; box-shadow: ${style.boxShadow}`;
}

/** "a.button "Call 0800 1111"", to name an element in a failure message. */
export function describeElement(el: Element | null): string {
  if (!el) return '(nothing)';
  const classes = [...el.classList].map((c) => `.${c}`).join('');
  const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `${el.localName}${el.id ? `#${el.id}` : ''}${classes} "${text}"`;
}
