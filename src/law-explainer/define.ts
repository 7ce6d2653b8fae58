// First, before Lit loads: explains a Trusted Types policy that blocks Lit (trusted-types-help.ts).
import '../trusted-types-help.js';
import { defineElement } from '../core/define-element.js';
import { LawExplainer } from './law-explainer.js';

defineElement('law-explainer', LawExplainer);

declare global {
  interface HTMLElementTagNameMap {
    'law-explainer': LawExplainer;
  }
}

export { LawExplainer };
