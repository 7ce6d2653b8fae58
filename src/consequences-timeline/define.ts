import { defineElement } from '../core/define-element.js';
import { ConsequencesTimeline } from './consequences-timeline.js';

defineElement('consequences-timeline', ConsequencesTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'consequences-timeline': ConsequencesTimeline;
  }
}

export { ConsequencesTimeline };
