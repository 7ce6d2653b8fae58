// First, before Lit loads: explains a Trusted Types policy that blocks Lit (core/trusted-types-check.ts).
import '../core/trusted-types-check.js';
import { defineElement } from '../core/define-element.js';
import { ConsequencesTimeline } from './consequences-timeline.js';

defineElement('consequences-timeline', ConsequencesTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'consequences-timeline': ConsequencesTimeline;
  }
}

export { ConsequencesTimeline };
