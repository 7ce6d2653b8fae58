// First, before Lit loads: explains a Trusted Types policy that blocks Lit (trusted-types-help.ts).
import '../trusted-types-help.js';
import { defineElement } from '../core/define-element.js';
import { HelpPanel } from './help-panel.js';
// The panel's cards are <helpline-card>s, so its tag comes too.
import '../helpline-card/define.js';

defineElement('help-panel', HelpPanel);

declare global {
  interface HTMLElementTagNameMap {
    'help-panel': HelpPanel;
  }
}

export { HelpPanel };
