import type { Example } from './types.js';
import { SERVICE_IDS } from '../../../src/content/services.js';

export const helplineCardExamples: Example[] = [
  ...SERVICE_IDS.map((id) => ({
    tag: 'helpline-card',
    name: `service: ${id}`,
    markup: `<helpline-card service="${id}"></helpline-card>`,
  })),
  { tag: 'helpline-card', name: 'compact', markup: '<helpline-card service="childline" compact></helpline-card>' },
  {
    tag: 'helpline-card',
    name: 'custom service',
    markup:
      '<helpline-card name="School wellbeing team" description="Talk to us at lunch." phone="020 7946 0000" url="https://school.example.org/" hours="School days, 12pm to 1pm" eligibility="For our students"></helpline-card>',
  },
  {
    tag: 'helpline-card',
    name: 'closed (NSPCC, Friday night)',
    markup: '<helpline-card service="nspcc"></helpline-card>',
    interact: async (el) => {
      (el as HTMLElement & { now?: Date }).now = new Date('2026-01-09T23:30:00Z');
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    },
  },
];
