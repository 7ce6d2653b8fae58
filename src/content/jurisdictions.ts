/**
 * The UK's three legal jurisdictions for the image law (facts law.pca1978.s1, law.scotland, law.ni).
 * A module of its own so an element can validate `jurisdiction` without pulling in the law text.
 */
export const JURISDICTION_IDS = ['england-wales', 'scotland', 'northern-ireland'] as const;
export type Jurisdiction = (typeof JURISDICTION_IDS)[number];

/** Whether an item marked `only` for one jurisdiction (or for none) is shown in `jurisdiction`. */
export const holdsIn = (item: { only?: Jurisdiction }, jurisdiction: Jurisdiction): boolean =>
  !item.only || item.only === jurisdiction;
