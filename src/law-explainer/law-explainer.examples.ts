/**
 * Every state of <law-explainer>: each jurisdiction × level with every section open and every myth
 * answered (so every sentence it can show is on screen), closed, a deep link, and the check answered
 * with its sources open.
 */
import type { ElementExample } from '../core/example.js';
import { JURISDICTION_IDS } from '../content/jurisdictions.js';
import { LEVEL_IDS } from '../content/law.js';

type Explainer = HTMLElement & { updateComplete: Promise<unknown> };

/** Press every button matching `selector` inside the explainer, as a reader would, and wait for the render. */
const press = async (el: HTMLElement, selector: string) => {
  for (const button of el.shadowRoot!.querySelectorAll<HTMLButtonElement>(selector)) button.click();
  await (el as Explainer).updateComplete;
};

const openEverything = async (el: HTMLElement) => {
  await press(el, '[part~="show-all"]');
  await press(el, '[part~="choice"]');
};

export const lawExplainerExamples: ElementExample[] = [
  ...JURISDICTION_IDS.flatMap((jurisdiction) =>
    LEVEL_IDS.map((level) => ({
      tag: 'law-explainer',
      name: `${jurisdiction}, ${level}, all open`,
      attributes: { jurisdiction, level },
      interact: openEverything,
    })),
  ),
  { tag: 'law-explainer', name: 'closed', attributes: {} },
  { tag: 'law-explainer', name: 'one section open (deep link)', attributes: { open: 'police' } },
  {
    tag: 'law-explainer',
    name: 'myth check answered, sources open',
    attributes: { sections: 'myths,who', open: 'myths', level: 'teen' },
    interact: async (el) => {
      await press(el, '[part~="choice"]');
      for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
    },
  },
];
