/**
 * A keyboard-only user can reach every link and button of every state, in order, without getting
 * stuck, and can always see where focus is (a visible indicator, not hidden under anything else):
 * in light and forced colours. Each example sits between a button before it and a button after
 * it, as it would inside a page; Tab goes from one to the other with real key presses (one press per
 * control), and Shift+Tab comes back.
 * Element-specific keys (arrow keys in the timeline, Escape for the quick exit) are tested in each
 * element's own file.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { EXAMPLES } from './support/examples/index.js';
import { applyTheme, deepElements, FORCED, label, LIGHT, mount, wrapperOf } from './support/states.js';
import { deepActiveElement, describeElement, focusObscured, missingFocusIndicator, tabStops } from './support/focus.js';

const shadowRoots = (root: Element): ShadowRoot[] =>
  deepElements(root).flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []));

/**
 * Press Tab (or Shift+Tab) `times` times and record, as focus lands on each stop, what it is and
 * whether its focus can be seen then.
 */
async function walk(root: Element, shift: boolean, times: number) {
  const stops: Element[] = [];
  const unseen: string[] = [];
  const seen = new WeakSet<Event>();
  const record = (event: Event) => {
    if (seen.has(event)) return;
    seen.add(event);
    const active = deepActiveElement() ?? document.body;
    stops.push(active);
    // The page's own Before/After buttons keep the browser's default ring: only the widget is judged.
    const why = wrapperOf(active) ? missingFocusIndicator(active) || focusObscured(active) : '';
    if (why) unseen.push(`${describeElement(active)}: ${why}`);
  };
  // A move between two controls in one shadow root never reaches the document (its focusin stops at
  // the shadow boundary), so listen in every shadow root too; one event seen twice counts once.
  const targets: Array<Document | ShadowRoot> = [document, ...shadowRoots(root)];
  targets.forEach((t) => t.addEventListener('focusin', record, true));
  try {
    await executeServerCommand('press-tab', { times, shift });
  } finally {
    targets.forEach((t) => t.removeEventListener('focusin', record, true));
  }
  return { stops, unseen };
}

// Dark changes only colours, which these checks do not judge (axe does, in tests/a11y); forced
// colours can drop box-shadow rings and change what shows, so it gets its own walk.
for (const theme of [LIGHT, FORCED]) {
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
        const names = (els: Element[]) => els.map(describeElement);

        // One press per control, plus one to leave: anything else is a missing stop, an extra stop or a trap.
        start.focus();
        const forward = await walk(wrapper, false, expected.length + 1);
        expect(names(forward.stops), 'Tab order').to.deep.equal(names([...expected, end]));
        expect(forward.stops.every((el, i) => el === [...expected, end][i]), 'Tab stops are the controls themselves').to.equal(true);
        expect(forward.unseen, 'controls whose focus cannot be seen').to.deep.equal([]);

        const back = await walk(wrapper, true, expected.length + 1);
        expect(names(back.stops), 'Shift+Tab order').to.deep.equal(names([...expected].reverse().concat(start)));
        expect(back.unseen, 'focus hidden on the way back').to.deep.equal([]);
      });
    }
  });
}
