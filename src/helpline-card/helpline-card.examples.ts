/**
 * Every state of <helpline-card>: each built-in service (the 24-hour ones with "Open now"), compact,
 * and a host's own service. No built-in service has hours with a closed time that the facts confirm,
 * so there is no "Closed now" state to show.
 */
import type { ElementExample } from '../core/example.js';
import { SERVICE_IDS } from '../content/services.js';

/**
 * A made-up service, as a school would set one: fake contact details that can never reach anyone.
 * Not facts, so never shown by default.
 */
const FAKE_SCHOOL_PHONE = '020 7946 0000'; // fake: Ofcom's range set aside for drama, never a real line
const FAKE_SCHOOL_WEBSITE = 'https://school.example.org/'; // fake: example.org is reserved for examples (RFC 2606)

export const helplineCardExamples: ElementExample[] = [
  ...SERVICE_IDS.map((id) => ({ tag: 'helpline-card', name: `service: ${id}`, attributes: { service: id } })),
  { tag: 'helpline-card', name: 'compact', attributes: { service: 'childline', compact: true } },
  {
    tag: 'helpline-card',
    name: 'custom service',
    // A fake school service: the details below are test fixtures, not facts.
    attributes: {
      name: 'School wellbeing team',
      description: 'Talk to us at lunch.',
      phone: FAKE_SCHOOL_PHONE,
      url: FAKE_SCHOOL_WEBSITE,
      hours: 'School days, 12pm to 1pm',
      eligibility: 'For our students',
    },
  },
];
