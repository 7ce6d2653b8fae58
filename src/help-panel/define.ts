// First, before Lit loads: explains a Trusted Types policy that blocks Lit (core/trusted-types-check.ts).
import '../core/trusted-types-check.js';
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
