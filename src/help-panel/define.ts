import { defineElement } from '../core/define-element.js';
import { HelpPanel } from './help-panel.js';

defineElement('help-panel', HelpPanel);

declare global {
  interface HTMLElementTagNameMap {
    'help-panel': HelpPanel;
  }
}

export { HelpPanel };
