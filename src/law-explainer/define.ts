import { defineElement } from '../core/define-element.js';
import { LawExplainer } from './law-explainer.js';

defineElement('law-explainer', LawExplainer);

declare global {
  interface HTMLElementTagNameMap {
    'law-explainer': LawExplainer;
  }
}

export { LawExplainer };
