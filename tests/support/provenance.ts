import { expect } from '@open-wc/testing';
import { LAW_FACTS } from '../../src/content/law.js';
import { SERVICES } from '../../src/content/services.js';
import { FACT_SOURCES } from '../../src/content/sources.js';

/** Every FACTS.md id that src/content can name a source for, with the month it was checked. */
const CHECKED = new Map<string, string>([
  ...Object.values(SERVICES).map((s): [string, string] => [s.fact, s.checked]),
  ...Object.entries(FACT_SOURCES).map(([id, f]): [string, string] => [id, f.checked]),
  ...Object.entries(LAW_FACTS).map(([id, f]): [string, string] => [id, f.checked]),
]);

/**
 * Each item cites at least one fact; every id it cites is one the sources page can name (so a typo
 * or an empty id fails); and the item is dated no earlier than the newest fact it cites, so a sentence
 * resting on a fact added in December cannot carry November's date.
 */
export function citedFactsAreKnown(items: { name: string; facts: readonly string[]; checked: string }[]): void {
  expect(items.length).to.be.greaterThan(0);
  for (const item of items) {
    expect(item.facts.length, item.name).to.be.greaterThan(0);
    for (const id of item.facts) {
      expect(CHECKED.has(id), `${item.name} cites "${id}", which has no source`).to.equal(true);
      expect(item.checked >= CHECKED.get(id)!, `${item.name} is dated ${item.checked}, before ${id} (${CHECKED.get(id)})`).to.equal(true);
    }
    expect(item.checked, item.name).to.match(/^2026-1[12]$/);
  }
}
