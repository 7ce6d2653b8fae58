/**
 * A keyboard-only user can reach every link and button of every state, in order, without getting
 * stuck, and can always see where focus is: in light, dark and forced colours. Each example sits
 * between a button before it and a button after it, as it would inside a page; Tab goes from one to
 * the other with real key presses, and Shift+Tab comes back. Element-specific keys (arrow keys in the
 * timeline, Escape for the quick exit) are tested in each element's own file.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { EXAMPLES } from './support/examples/index.js';
import { applyTheme, DARK, FORCED, label, LIGHT, mount } from './support/states.js';
import { deepActiveElement, describeElement, missingFocusIndicator, tabStops } from './support/focus.js';

/**
 * Press `key` until focus reaches `end`, recording each stop and, while it has focus, whether its
 * focus can be seen; fail if focus never gets there (a trap, or a loop).
 */
async function walk(key: 'Tab' | 'Shift+Tab', end: Element, limit: number) {
  const stops: Element[] = [];
  const unseen: string[] = [];
  const shift = key === 'Shift+Tab';
  if (shift) await sendKeys({ down: 'Shift' });
  try {
    for (let i = 0; i < limit; i += 1) {
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement() ?? document.body;
      if (active === end) return { stops, unseen };
      stops.push(active);
      const why = missingFocusIndicator(active);
      if (why) unseen.push(`${describeElement(active)}: ${why}`);
    }
  } finally {
    if (shift) await sendKeys({ up: 'Shift' });
  }
  throw new Error(
    `${key} never reached the end in ${limit} presses: focus went ${stops.map(describeElement).join(' → ')}`,
  );
}

for (const theme of [LIGHT, DARK, FORCED]) {
  describe(`every state works from the keyboard in ${theme.name}`, function () {
    this.timeout(30_000);
    const page = document.createElement('div');
    before(async () => {
      await applyTheme(theme);
      document.body.append(page);
    });
    after(async () => {
      page.remove();
      await applyTheme(LIGHT);
    });
    afterEach(() => page.replaceChildren());

    for (const example of EXAMPLES) {
      it(`${label(example)}: Tab reaches every control in order, with visible focus, and Shift+Tab comes back`, async () => {
        const start = Object.assign(document.createElement('button'), { textContent: 'Before' });
        page.append(start);
        const { wrapper } = await mount(example, page);
        const end = Object.assign(document.createElement('button'), { textContent: 'After' });
        page.append(end);
        const expected = tabStops(wrapper);
        const limit = expected.length + 5;

        start.focus();
        const forward = await walk('Tab', end, limit);
        expect(forward.stops.map(describeElement), 'Tab order').to.deep.equal(expected.map(describeElement));
        expect(forward.stops.every((el, i) => el === expected[i]), 'Tab stops are the controls themselves').to.equal(true);
        expect(forward.unseen, 'controls without a visible focus indicator').to.deep.equal([]);

        const back = await walk('Shift+Tab', start, limit);
        expect(back.stops.map(describeElement), 'Shift+Tab order').to.deep.equal([...expected].reverse().map(describeElement));
        expect(back.unseen, 'focus hidden on the way back').to.deep.equal([]);
      });
    }
  });
}
