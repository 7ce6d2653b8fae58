import { defineElement } from '../core/define-element.js';
import { HelplineCard } from './helpline-card.js';

defineElement('helpline-card', HelplineCard);

declare global {
  interface HTMLElementTagNameMap {
    'helpline-card': HelplineCard;
  }
}

export { HelplineCard };
