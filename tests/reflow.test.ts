/**
 * Every state reflows (WCAG 1.4.10): at 320 CSS px, and at 200% zoom, nothing inside a widget scrolls
 * sideways or is cut off, and the widget does not push the page wider than the screen.
 *
 * 200% zoom is emulated as what browser zoom does: a 1280 px window at 200% lays out in a 640 CSS px
 * viewport (media and container queries see 640), with text at its normal CSS size. CSS `zoom` on the
 * root would not be honest: media queries would still see 1280.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { EXAMPLES, type Example } from './support/examples/index.js';
import { deepElements, label, mount } from './support/states.js';
import { describeElement } from './support/focus.js';

const WIDTHS = [
  { name: '320 px wide (a small phone)', width: 320, height: 640 },
  { name: '200% zoom (1280 px window = 640 CSS px)', width: 640, height: 400 },
];

/** What web editors paste that the state examples do not: long unbroken words in host fields. */
const LONG_WORDS: Example[] = [
  {
    tag: 'helpline-card',
    name: 'host service with a long name, email address and hours',
    markup:
      '<helpline-card name="Studentwellbeingandsafeguardingteam" email="wellbeing.and.safeguarding.team@a-long-school-name.example.org" phone="020 7946 0000" url="https://school.example.org/" hours="Mondays,Tuesdays,Wednesdays,Thursdays,Fridays:12pm-1pm" eligibility="Forstudentsandtheirparentsandcarers"></helpline-card>',
  },
];

/** Would this element's own overflow make a scrollbar, or clip what is inside it? */
const clipsOrScrolls = (el: Element): boolean => !['visible', ''].includes(getComputedStyle(el).overflowX);

/** Hidden on purpose for screen readers (the 1px `.visually-hidden` pattern), so not a reflow fault. */
const visuallyHidden = (el: Element): boolean => {
  const rect = el.getBoundingClientRect();
  return rect.width <= 1 && rect.height <= 1;
};

/** Every way `host` fails to fit: sideways scroll or clipping inside, or spilling out. */
function sidewaysOverflow(host: HTMLElement): string[] {
  const faults: string[] = [];
  if (host.scrollWidth > host.clientWidth + 1) {
    faults.push(`the widget is ${host.scrollWidth}px wide inside a ${host.clientWidth}px space`);
  }
  for (const el of deepElements(host.shadowRoot ?? host)) {
    if (clipsOrScrolls(el) && !visuallyHidden(el) && el.scrollWidth > el.clientWidth + 1) {
      faults.push(`${describeElement(el)} scrolls or clips sideways: ${el.scrollWidth}px in ${el.clientWidth}px`);
    }
  }
  const page = document.documentElement;
  if (page.scrollWidth > page.clientWidth + 1) {
    faults.push(`the page scrolls sideways: ${page.scrollWidth}px in a ${page.clientWidth}px viewport`);
  }
  return faults;
}

for (const { name, width, height } of WIDTHS) {
  describe(`every state reflows at ${name}`, function () {
    this.timeout(30_000);
    before(() => setViewport({ width, height }));
    after(() => setViewport({ width: 800, height: 600 }));

    for (const example of [...EXAMPLES, ...LONG_WORDS]) {
      it(`${label(example)}: no sideways scrolling or clipping`, async () => {
        const { wrapper, host } = await mount(example);
        try {
          expect(document.documentElement.clientWidth, 'viewport').to.equal(width);
          expect(sidewaysOverflow(host)).to.deep.equal([]);
        } finally {
          wrapper.remove();
        }
      });
    }
  });
}
