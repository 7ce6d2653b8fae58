// First, before Lit loads: explains a Trusted Types policy that blocks Lit (trusted-types-help.ts).
import '../trusted-types-help.js';
// Order only: the CSS first, together, so gzip finds its repeats in cdn/helpline-card.js.
import '../styles/base.styles.js';
import './helpline-card.styles.js';
import { defineElement } from '../core/define-element.js';
import { HelplineCard } from './helpline-card.js';

defineElement('helpline-card', HelplineCard);

declare global {
  interface HTMLElementTagNameMap {
    'helpline-card': HelplineCard;
  }
}

export { HelplineCard };
