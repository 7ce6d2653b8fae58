import type { ContentItem } from './types.js';

/**
 * The "Myth or fact?" check: things young people hear, each with the answer and a one-line reason,
 * from the verified facts. `text` is what people say; fact ids as in law.ts (`@ai` stands for
 * the reader's own jurisdiction's row on fake and AI-made images).
 */
export interface Myth extends ContentItem {
  id: string;
  /** True when the statement is a myth. */
  myth: boolean;
  /** Why, in one line. */
  why: string;
}

const NOV = '2026-11';
const DEC = '2026-12';

export const MYTHS: readonly Myth[] = [
  {
    id: 'both-16',
    text: 'If we are both 16, it is legal to send nudes or semi-nudes.',
    myth: true,
    why: 'The law on images protects you until you are 18. This is true even if you are both 16 or 17.',
    facts: ['law.consent'],
    checked: DEC,
  },
  {
    id: 'asking',
    text: 'Asking for nudes or semi-nudes is fine. Only sharing them is against the law.',
    myth: true,
    why: 'Asking someone under 18 for nudes or semi-nudes is against the law too.',
    facts: ['law.consent'],
    checked: NOV,
  },
  {
    id: 'fake',
    text: "It's fake, so it's not illegal.",
    myth: true,
    why: 'A fake nude of someone under 18 is against the law, even one made with AI. The law treats it like a real photo.',
    facts: ['@ai'],
    checked: DEC,
  },
  {
    id: 'protect',
    text: 'The law is there to get young people into trouble.',
    myth: true,
    why: 'The law is there to protect young people, not to punish them.',
    facts: ['law.protect'],
    checked: NOV,
  },
  {
    id: 'adult',
    text: 'An adult who asks a child for nudes or semi-nudes is committing abuse.',
    myth: false,
    why: 'It is child sexual abuse. You can report it to CEOP, a part of the police that keeps children safe online.',
    facts: ['law.adults', 'law.report', 'ceop.name'],
    checked: DEC,
  },
  {
    id: 'blame',
    text: 'If someone threatens to share a nude or semi-nude of me, it is my fault.',
    myth: true,
    why: 'It is never your fault. Do not pay. Block them, keep the proof, and report it.',
    facts: ['guide.sextortion'],
    checked: NOV,
  },
];
