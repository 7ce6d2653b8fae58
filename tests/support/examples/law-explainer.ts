import type { Example } from './types.js';
import { JURISDICTION_IDS } from '../../../src/content/jurisdictions.js';
import { LEVEL_IDS } from '../../../src/content/law.js';

type Explainer = HTMLElement & { updateComplete: Promise<unknown> };

/** Press a button inside the explainer, as a reader would, and wait for the render. */
const press = async (el: HTMLElement, selector: string) => {
  for (const button of el.shadowRoot!.querySelectorAll<HTMLButtonElement>(selector)) button.click();
  await (el as Explainer).updateComplete;
};

/** Every state of <law-explainer>: each jurisdiction × level with every section open, and the check answered. */
export const lawExplainerExamples: Example[] = [
  ...JURISDICTION_IDS.flatMap((jurisdiction) =>
    LEVEL_IDS.map((level) => ({
      tag: 'law-explainer',
      name: `${jurisdiction}, ${level}, all open`,
      markup: `<law-explainer jurisdiction="${jurisdiction}" level="${level}"></law-explainer>`,
      interact: (el: HTMLElement) => press(el, '[part~="show-all"]'),
    })),
  ),
  { tag: 'law-explainer', name: 'closed', markup: '<law-explainer></law-explainer>' },
  { tag: 'law-explainer', name: 'one section open (deep link)', markup: '<law-explainer open="police"></law-explainer>' },
  {
    tag: 'law-explainer',
    name: 'myth check answered, sources open',
    markup: '<law-explainer sections="myths,who" open="myths" level="teen"></law-explainer>',
    interact: async (el) => {
      await press(el, '[part~="choice"]');
      for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
    },
  },
];
