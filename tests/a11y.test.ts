/**
 * Every state of every element passes axe's WCAG 2.2 A and AA rules, in light, dark and forced
 * colours. The states come from tests/support/examples, so a new state is checked here by adding it
 * there. For speed, each theme pastes every example onto one page and runs axe once; each example
 * then gets its own test with only its own violations.
 */
import { expect } from '@open-wc/testing';
import { EXAMPLES } from './support/examples/index.js';
import { applyTheme, label, LIGHT, mount, THEMES, wrapperOf } from './support/states.js';
import { describeViolation, wcagViolations, type Violation } from './support/axe.js';

for (const theme of THEMES) {
  describe(`every state passes axe (WCAG 2.2 A/AA) in ${theme.name}`, function () {
    this.timeout(120_000);
    const page = document.createElement('main');
    const found = new Map<string, string[]>();

    before(async () => {
      await applyTheme(theme);
      document.body.append(page);
      for (const example of EXAMPLES) {
        found.set(label(example), []);
        try {
          await mount(example, page);
        } catch (error) {
          found.get(label(example))!.push(`could not be put into its state: ${String(error)}`);
        }
      }
      const violations: Violation[] = await wcagViolations(page);
      for (const violation of violations) {
        const wrapper = wrapperOf(violation.node.element ?? null);
        const key = wrapper?.dataset.example ?? '(outside any example)';
        if (!found.has(key)) found.set(key, []);
        found.get(key)!.push(describeViolation(violation));
      }
    });

    after(async () => {
      page.remove();
      await applyTheme(LIGHT);
    });

    for (const example of EXAMPLES) {
      it(`${label(example)}: no violations`, () => {
        const problems = found.get(label(example)) ?? [];
        expect(problems, `\n${problems.join('\n\n')}\n`).to.deep.equal([]);
      });
    }

    it('nothing outside the examples is flagged (the page itself is clean)', () => {
      expect(found.get('(outside any example)') ?? []).to.deep.equal([]);
    });
  });
}

describe('the accessibility gate itself', () => {
  it('sees a fault inside a shadow root (so a clean result means something)', async () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(document.createElement('button'));
    document.body.append(host);
    const rules = (await wcagViolations(host)).map((v) => v.rule.id);
    host.remove();
    expect(rules).to.include('button-name');
  });

  it('every example has a unique name, so each result is its own', () => {
    const names = EXAMPLES.map(label);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).to.deep.equal([]);
  });
});
