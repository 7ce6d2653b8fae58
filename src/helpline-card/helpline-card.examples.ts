/**
 * Every state of <helpline-card>: each built-in service (the 24-hour ones with "Open now"), compact,
 * and a host's own service. No built-in service has hours with a closed time that the facts confirm,
 * so there is no "Closed now" state to show.
 */
import type { ElementExample } from '../core/example.js';
import { SERVICE_IDS } from '../content/services.js';

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
];
