import type { Jurisdiction } from './law.js';

/**
 * The "Myth or fact?" check: things young people hear, each with the answer and a one-line reason,
 * from shared/content/FACTS.md (checked 2026-11). Fact ids as in law.ts.
 */
export interface Myth {
  id: string;
  /** What people say. */
  t: string;
  /** True when the statement is a myth. */
  myth: boolean;
  /** Why, in one line. */
  why: string;
  f: readonly string[];
  checked: string;
  /** Shown in one jurisdiction only. */
  only?: Jurisdiction;
}

const checked = '2026-11';

export const MYTHS: readonly Myth[] = [
  {
    id: 'both-16',
    t: 'If we are both 16, it is legal to send nudes or semi-nudes.',
    myth: true,
    why: 'The law on images protects everyone under 18, even if you are both 16 or 17.',
    f: ['law.consent'],
    checked,
  },
  {
    id: 'asking',
    t: 'Asking for nudes or semi-nudes is fine. Only sharing them is against the law.',
    myth: true,
    why: 'Asking someone under 18 for nudes or semi-nudes is against the law too.',
    f: ['law.consent'],
    checked,
  },
  {
    id: 'fake',
    t: 'A fake or edited picture does not count.',
    myth: true,
    why: 'Fake or edited pictures count too.',
    f: ['law.pca1978.s1', 'law.pca1978.s7'],
    checked,
    only: 'england-wales',
  },
  {
    id: 'protect',
    t: 'The law is there to get young people into trouble.',
    myth: true,
    why: 'The law is there to protect young people, not to punish them.',
    f: ['law.protect'],
    checked,
  },
  {
    id: 'adult',
    t: 'An adult who asks a child for nudes or semi-nudes is committing abuse.',
    myth: false,
    why: 'It is child sexual abuse. You can report it to CEOP.',
    f: ['law.adults', 'law.report'],
    checked,
  },
  {
    id: 'blame',
    t: 'If someone threatens to share a nude or semi-nude of me, it is my fault.',
    myth: true,
    why: 'It is never your fault. Do not pay. Block them, keep the proof, and report it.',
    f: ['guide.sextortion'],
    checked,
  },
];
