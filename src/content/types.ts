import type { Schedule } from '../core/london-time.js';
import type { Jurisdiction } from './jurisdictions.js';

/**
 * Where a fact came from. Every number, address, opening time, age limit and legal statement shown by
 * default carries the id of its verified fact (each listed with its source and status in sources.html)
 * and the month it was checked, so a content reviewer can re-check each one against its source.
 */
export interface FactRef {
  /** The fact's id, e.g. `svc.childline` or `law.pca1978.s1`. */
  fact: string;
  /** When the fact was last read in its source (YYYY-MM). */
  checked: string;
  /** The source the fact was read in. */
  source: string;
  /** False where the verified facts mark the fact unconfirmed: the widgets hide it by default. */
  verified?: boolean;
}

/**
 * One sentence (or list item) a widget shows, with the verified facts that back it. Every element's
 * content uses this one shape, so one test and one sources page can read them all.
 */
export interface ContentItem {
  /** What the reader sees. */
  text: string;
  /** Fact ids; `consequences` is the facts' "Consequences" section, which has no row id. */
  facts: readonly string[];
  /** When those facts were last read in their sources (YYYY-MM). */
  checked: string;
  /** Shown in this jurisdiction only (facts has the fact for it alone); else everywhere. */
  only?: Jurisdiction;
}

/** Opening hours, in words and (where confirmed) as a schedule for "Open now". */
export interface Hours extends FactRef {
  /** The hours in plain words, e.g. "Monday to Friday, 8am to 10pm". */
  words: string;
  /** A machine-readable schedule, used for "Open now" only when `verified` is true. */
  schedule?: Schedule;
}

export interface Phone {
  /** The number as people write it, e.g. "0800 1111". */
  display: string;
  /** What the number is for, when a service has more than one ("In an emergency"). */
  label?: string;
}

/** One support service in the built-in directory. */
export interface Service extends FactRef {
  id: string;
  name: string;
  /** One or two short sentences, reading age about 11. */
  description: string;
  /** Facts the description rests on beyond the service's own row, and when they were checked. */
  descriptionFacts?: Pick<ContentItem, 'facts' | 'checked'>;
  /** Who it is for, in words ("For anyone under 19"). */
  eligibility?: string;
  /** Ages it serves; used to keep adults-only services away from young people. */
  minAge?: number;
  maxAge?: number;
  phones?: readonly Phone[];
  /** A text service: number and keyword, e.g. SHOUT to 85258. */
  text?: { number: string; keyword?: string };
  email?: string;
  url?: string;
  hours?: Hours;
  free?: boolean;
  confidential?: boolean;
  anonymous?: boolean;
}
