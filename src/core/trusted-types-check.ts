/**
 * Trusted Types enforced without `lit-html` in the page's `trusted-types` directive: Lit cannot create
 * the one policy it needs, so it throws while loading and no widget can render. This module runs
 * before Lit (src/trusted-types-help.ts, each entry's first import, calls it, and neither imports
 * Lit), so it can still say clearly what to change, once, and put a plain line of help where each
 * widget was to be, instead of an uncaught error and blank boxes.
 */
const TAGS = 'helpline-card, help-panel, law-explainer, consequences-timeline';
const BLOCKED_LIT = /lit-html/;

/** A plain line of help (`line`) inside every widget that never rendered (no shadow root, nothing inside). */
function showPlainHelp(line: string): void {
  for (const el of document.querySelectorAll(TAGS)) {
    if (el.shadowRoot || el.childElementCount || customElements.get(el.localName)) continue;
    const help = document.createElement('p');
    help.textContent = line;
    el.append(help);
  }
}

let said = false;
let watching = false;

/**
 * Start watching for the blocked policy. The words come from the caller (src/trusted-types-help.ts
 * passes the content's fallback line), so that core/ holds no content of its own. Once per page.
 */
export function explainBlockedLit(line: string): void {
  if (watching || typeof document === 'undefined' || typeof addEventListener !== 'function') return;
  watching = true;
  document.addEventListener('securitypolicyviolation', (event) => {
    if (said || event.effectiveDirective !== 'trusted-types' || !BLOCKED_LIT.test(event.sample)) return;
    said = true;
    try {
      console.error(
        "[ypsi-widgets] This page's Content-Security-Policy enforces Trusted Types but does not allow the policy the widgets need. Add lit-html to the trusted-types directive (for example: trusted-types lit-html; add 'allow-duplicates' if the bundle can load twice). Until then each widget shows a plain line of help.",
      );
    } catch {
      /* a host that breaks console must not stop the fallback */
    }
    // A classic script in the <head> runs before the widgets' tags are parsed: wait for them.
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => showPlainHelp(line), { once: true });
    else showPlainHelp(line);
  });
  // Lit's own error is the same problem, already explained above: keep it out of the console.
  addEventListener('error', (event) => {
    if (BLOCKED_LIT.test(String(event.message)) && /policy/i.test(String(event.message))) event.preventDefault();
  });
}
