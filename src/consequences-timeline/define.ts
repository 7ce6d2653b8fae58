// First, before Lit loads: explains a Trusted Types policy that blocks Lit (trusted-types-help.ts).
import '../trusted-types-help.js';
import { defineElement } from '../core/define-element.js';
import { ConsequencesTimeline } from './consequences-timeline.js';

defineElement('consequences-timeline', ConsequencesTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'consequences-timeline': ConsequencesTimeline;
  }
}

export { ConsequencesTimeline };
