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

/**
 * A radio group is one Tab stop: its checked radio, or with none checked the first one (coming back
 * with Shift+Tab, Chromium returns to the radio focused last, which after a forward walk is that one).
 */
function oneStopPerRadioGroup(stops: HTMLElement[]): HTMLElement[] {
  const group = (el: HTMLElement) =>
    el instanceof HTMLInputElement && el.type === 'radio' && el.name ? el.getRootNode() : null;
  return stops.filter((el) => {
    const root = group(el);
    if (!root) return true;
    const peers = stops.filter((p) => group(p) === root && (p as HTMLInputElement).name === (el as HTMLInputElement).name);
    const checked = peers.find((p) => (p as HTMLInputElement).checked);
    return el === (checked ?? peers[0]);
  });
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
  return oneStopPerRadioGroup(stops);
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

/** The innermost element at a point, looking into shadow roots. */
function deepElementFromPoint(x: number, y: number): Element | null {
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

/**
 * Is the focused control entirely covered by something else, such as a fixed quick-exit bar
 * (WCAG 2.4.11)? Tried at its centre and just inside each corner, after scrolling it into view as
 * the browser does. Returns why, or ''.
 */
export function focusObscured(el: Element): string {
  el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const r = el.getBoundingClientRect();
  const points = [
    [r.left + r.width / 2, r.top + r.height / 2],
    [r.left + 2, r.top + 2],
    [r.right - 2, r.top + 2],
    [r.left + 2, r.bottom - 2],
    [r.right - 2, r.bottom - 2],
  ];
  const hits = points.map(([x, y]) => deepElementFromPoint(x, y));
  if (hits.some((hit) => hit && (hit === el || el.contains(hit)))) return '';
  return `it is covered by ${describeElement(hits[0])}`;
}

/** "a.button "Call 0800 1111"", to name an element in a failure message. */
export function describeElement(el: Element | null): string {
  if (!el) return '(nothing)';
  const classes = [...el.classList].map((c) => `.${c}`).join('');
  const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `${el.localName}${el.id ? `#${el.id}` : ''}${classes} "${text}"`;
}
