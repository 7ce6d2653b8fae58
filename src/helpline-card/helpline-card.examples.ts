/**
 * Every state of <helpline-card>: each built-in service, compact, a host's own service, and the
 * NSPCC Helpline open and closed (its hours are the one schedule with both, London time).
 */
import type { ElementExample } from '../core/example.js';
import { SERVICE_IDS } from '../content/services.js';

type Card = HTMLElement & { now?: Date; updateComplete: Promise<unknown> };

/** The card as it looks at `instant`: its clock set as a test or a story sets it. */
const at = (instant: string) => async (el: HTMLElement) => {
  (el as Card).now = new Date(instant);
  await (el as Card).updateComplete;
};

export const helplineCardExamples: ElementExample[] = [
  ...SERVICE_IDS.map((id) => ({ tag: 'helpline-card', name: `service: ${id}`, attributes: { service: id } })),
  { tag: 'helpline-card', name: 'compact', attributes: { service: 'childline', compact: true } },
  {
    tag: 'helpline-card',
    name: 'custom service',
    attributes: {
      name: 'School wellbeing team',
      description: 'Talk to us at lunch.',
      phone: '020 7946 0000',
      url: 'https://school.example.org/',
      hours: 'School days, 12pm to 1pm',
      eligibility: 'For our students',
    },
  },
  { tag: 'helpline-card', name: 'closed (NSPCC, Friday night)', attributes: { service: 'nspcc' }, interact: at('2026-01-09T23:30:00Z') },
  { tag: 'helpline-card', name: 'open (NSPCC, Monday noon)', attributes: { service: 'nspcc' }, interact: at('2026-01-05T12:00:00Z') },
];
