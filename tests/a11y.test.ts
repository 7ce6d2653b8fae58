/**
 * Every state of every element passes axe's WCAG 2.2 A and AA rules, in light, dark and forced
 * colours (light and dark palettes). The states come from tests/support/examples, so a new state is
 * checked here by adding it there.
 *
 * Speed: axe's cost grows with everything on the page, so each element's examples are pasted onto
 * the page together, checked in one axe run, and removed; each example then gets its own test with
 * only its own violations. Every WCAG rule runs in light; the other themes run the rules whose result
 * depends on the theme (contrast, links told apart from text, target size), since names, roles and
 * structure are the same markup in every theme.
 */
import { expect } from '@open-wc/testing';
import { EXAMPLES, type Example } from './support/examples/index.js';
import { applyTheme, label, LIGHT, mount, THEMES, wrapperOf } from './support/states.js';
import { describeViolation, THEME_RULES, wcagViolations } from './support/axe.js';

const OUTSIDE = '(outside any example)';

/** Paste `examples` onto the page, run axe once, and file each problem under its example. */
async function check(examples: Example[], rules: string[] | undefined, found: Map<string, string[]>) {
  const page = document.createElement('main');
  document.body.append(page);
  try {
    for (const example of examples) {
      try {
        await mount(example, page);
      } catch (error) {
        found.get(label(example))!.push(`could not be put into its state: ${String(error)}`);
      }
    }
    for (const violation of await wcagViolations(page, rules)) {
      const key = wrapperOf(violation.node.element ?? null)?.dataset.example ?? OUTSIDE;
      if (!found.has(key)) found.set(key, []);
      found.get(key)!.push(describeViolation(violation));
    }
  } finally {
    page.remove();
  }
}

for (const theme of THEMES) {
  const rules = theme === LIGHT ? undefined : THEME_RULES;
  describe(`every state passes axe (WCAG 2.2 A/AA${rules ? `: ${rules.join(', ')}` : ''}) in ${theme.name}`, function () {
    this.timeout(180_000);
    const found = new Map<string, string[]>(EXAMPLES.map((example) => [label(example), []]));

    before(async () => {
      await applyTheme(theme);
      for (const tag of new Set(EXAMPLES.map((example) => example.tag))) {
        await check(EXAMPLES.filter((example) => example.tag === tag), rules, found);
      }
    });

    after(() => applyTheme(LIGHT));

    for (const example of EXAMPLES) {
      it(`${label(example)}: no violations`, () => {
        const problems = found.get(label(example))!;
        expect(problems, `\n${problems.join('\n\n')}\n`).to.deep.equal([]);
      });
    }

    it('nothing outside the examples is flagged (the test page itself is clean)', () => {
      expect(found.get(OUTSIDE) ?? []).to.deep.equal([]);
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
