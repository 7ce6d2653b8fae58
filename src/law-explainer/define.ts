// First, before Lit loads: explains a Trusted Types policy that blocks Lit (core/trusted-types-check.ts).
import '../core/trusted-types-check.js';
import { defineElement } from '../core/define-element.js';
import { LawExplainer } from './law-explainer.js';

defineElement('law-explainer', LawExplainer);

declare global {
  interface HTMLElementTagNameMap {
    'law-explainer': LawExplainer;
  }
}

export { LawExplainer };
