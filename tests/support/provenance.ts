import { expect } from '@open-wc/testing';
import { LAW_FACTS } from '../../src/content/law.js';
import { SERVICES } from '../../src/content/services.js';
import { FACT_SOURCES } from '../../src/content/sources.js';

/** Every fact id that src/content can name a source for, with the month it was checked. */
const CHECKED = new Map<string, string>([
  ...Object.values(SERVICES).map((s): [string, string] => [s.fact, s.checked]),
  ...Object.entries(FACT_SOURCES).map(([id, f]): [string, string] => [id, f.checked]),
  ...Object.entries(LAW_FACTS).map(([id, f]): [string, string] => [id, f.checked]),
]);

export interface DateRule {
  /** The moment the check runs at; the real clock unless a test of the rule sets it. */
  now?: Date;
  /** How many months a check stays good, when the content declares a review period. */
  reviewMonths?: number;
}

/** Months since year 0 of a "YYYY-MM" (or "YYYY-MM-DD") date, for comparing and counting. */
const monthNumber = (year: number, month: number) => year * 12 + (month - 1);

/**
 * What is wrong with a checked date, or '' if nothing: it must be a real month ("2026-11") or day
 * ("2026-11-30"), not after the month the check runs in (London time is a day either side of UTC at
 * most, so the UTC month is used), and, when a review period is given, no older than that.
 */
export function checkedDateProblem(checked: string, { now = new Date(), reviewMonths }: DateRule = {}): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(checked);
  if (!match) return `"${checked}" is not a date written YYYY-MM or YYYY-MM-DD`;
  const [year, month, day] = [Number(match[1]), Number(match[2]), match[3] === undefined ? 1 : Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return `"${checked}" is not a real date`;
  const current = monthNumber(now.getUTCFullYear(), now.getUTCMonth() + 1);
  const checkedMonth = monthNumber(year, month);
  if (checkedMonth > current || (match[3] !== undefined && date.getTime() > now.getTime())) return `"${checked}" is in the future`;
  if (reviewMonths !== undefined && current - checkedMonth > reviewMonths) {
    return `"${checked}" is more than ${reviewMonths} months old: the facts are due for review`;
  }
  return '';
}

/**
 * Each item cites at least one fact; every id it cites is one the sources page can name (so a typo
 * or an empty id fails); the item is dated no earlier than the newest fact it cites, so a sentence
 * resting on a fact added in December cannot carry November's date; and its date holds by
 * `checkedDateProblem` (a real date, not in the future, within the review period if there is one).
 */
export function citedFactsAreKnown(items: { name: string; facts: readonly string[]; checked: string }[], rule: DateRule = {}): void {
  expect(items.length).to.be.greaterThan(0);
  for (const item of items) {
    expect(item.facts.length, item.name).to.be.greaterThan(0);
    for (const id of item.facts) {
      expect(CHECKED.has(id), `${item.name} cites "${id}", which has no source`).to.equal(true);
      expect(item.checked >= CHECKED.get(id)!, `${item.name} is dated ${item.checked}, before ${id} (${CHECKED.get(id)})`).to.equal(true);
    }
    expect(checkedDateProblem(item.checked, rule), item.name).to.equal('');
  }
}
