/**
 * Trusted Types enforced without `lit-html` in the page's `trusted-types` directive: Lit cannot create
 * the one policy it needs, so it throws while loading and no widget can render. This module is
 * evaluated before Lit (it is the entry's first import and imports no Lit), so it can still say
 * clearly what to change, once, and put a plain line of help where each widget was to be, instead of
 * an uncaught error and blank boxes.
 */
import { FALLBACK } from '../content/strings.js';

const TAGS = 'helpline-card, help-panel, law-explainer, consequences-timeline';
const BLOCKED_LIT = /lit-html/;

/** A plain line of help inside every widget that never rendered (no shadow root, nothing inside). */
function showPlainHelp(): void {
  for (const el of document.querySelectorAll(TAGS)) {
    if (el.shadowRoot || el.childElementCount || customElements.get(el.localName)) continue;
    const line = document.createElement('p');
    line.textContent = FALLBACK;
    el.append(line);
  }
}

let said = false;

if (typeof document !== 'undefined' && typeof addEventListener === 'function') {
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
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', showPlainHelp, { once: true });
    else showPlainHelp();
  });
  // Lit's own error is the same problem, already explained above: keep it out of the console.
  addEventListener('error', (event) => {
    if (BLOCKED_LIT.test(String(event.message)) && /policy/i.test(String(event.message))) event.preventDefault();
  });
}
