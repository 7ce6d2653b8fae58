import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/ypsi-widgets.js';
import { TAGS } from '../support/examples/index.js';
import { $ } from '../support/helpers.js';

/**
 * Grade B (README, "Browser support"): readable and styled in every engine these tests run in,
 * including Chromium 106, which has no light-dark(). There, colours declared only through
 * light-dark() would all be dropped: transparent buttons that read as plain text and a focus ring
 * reduced to a faint glow. axe cannot see that (transparent on a white page still contrasts), so this
 * measures the computed colours themselves.
 */

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const FIRST_PASTE: Record<(typeof TAGS)[number], string> = {
  'helpline-card': '<helpline-card service="childline"></helpline-card>',
  'help-panel': '<help-panel></help-panel>',
  'law-explainer': '<law-explainer></law-explainer>',
  'consequences-timeline': '<consequences-timeline></consequences-timeline>',
};

async function widget(markup: string): Promise<Widget> {
  const wrap = await fixture<HTMLDivElement>(`<div><button id="before">Before</button>${markup}</div>`);
  const el = wrap.lastElementChild as Widget;
  await el.updateComplete;
  for (const card of el.shadowRoot!.querySelectorAll('helpline-card')) await (card as Widget).updateComplete;
  return el;
}

/** Every element matching `selector` in `root`'s shadow tree, nested widgets included. */
function deepAll(root: Element, selector: string): HTMLElement[] {
  const shadow = root.shadowRoot!;
  const nested = [...shadow.querySelectorAll('*')].filter((node) => node.shadowRoot);
  return [...shadow.querySelectorAll<HTMLElement>(selector), ...nested.flatMap((node) => deepAll(node, selector))];
}

/** [r, g, b, alpha] of a computed colour (rgb()/rgba() as every engine here reports it). */
function rgba(colour: string): number[] {
  const parts = colour.match(/[\d.]+/g)?.map(Number) ?? [];
  return parts.length === 3 ? [...parts, 1] : parts;
}

function luminance([r, g, b]: number[]): number {
  const channel = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: number[], b: number[]): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The deepest element focused, through shadow roots. */
function deepFocused(): Element | null {
  let focused = document.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  return focused;
}

describe('grade B: readable and styled without light-dark()', () => {
  for (const tag of TAGS) {
    it(`${tag}: every button is filled or framed, its words at AA contrast on its own background`, async () => {
      const el = await widget(FIRST_PASTE[tag]);
      const buttons = deepAll(el, '.button');
      expect(buttons.length, 'buttons found').to.be.greaterThan(0);
      for (const button of buttons) {
        const style = getComputedStyle(button);
        const background = rgba(style.backgroundColor);
        const label = `${tag} "${button.textContent!.trim().slice(0, 30)}"`;
        expect(background[3], `${label} background`).to.equal(1);
        expect(rgba(style.borderTopColor)[3], `${label} border`).to.equal(1);
        expect(parseFloat(style.borderTopWidth), `${label} border width`).to.be.at.least(1);
        expect(contrast(rgba(style.color), background), `${label} contrast`).to.be.at.least(4.5);
      }
    });

    it(`${tag}: its box has a background, and its text reads at AA contrast on it`, async () => {
      const el = await widget(FIRST_PASTE[tag]);
      const box = $(el, '.box, .card')!;
      const style = getComputedStyle(box);
      expect(rgba(style.backgroundColor)[3]).to.equal(1);
      expect(contrast(rgba(style.color), rgba(style.backgroundColor))).to.be.at.least(4.5);
    });

    it(`${tag}: the first Tab stop shows a solid focus outline, not only a glow`, async () => {
      const el = await widget(FIRST_PASTE[tag]);
      (el.previousElementSibling as HTMLElement).focus();
      await sendKeys({ press: 'Tab' });
      const focused = deepFocused() as HTMLElement;
      expect(el.shadowRoot!.contains(focused) || el.shadowRoot!.activeElement !== null, 'focus is in the widget').to.be.true;
      const style = getComputedStyle(focused);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      expect(rgba(style.outlineColor)[3]).to.equal(1);
    });
  }

  it('the quick exit looks like a button: filled red with white words', async () => {
    const el = await widget('<help-panel></help-panel>');
    const style = getComputedStyle($(el, 'a[part~="exit"]')!);
    expect(style.backgroundColor).to.equal('rgb(164, 35, 26)');
    expect(style.color).to.equal('rgb(255, 255, 255)');
    expect(parseFloat(style.paddingTop)).to.be.greaterThan(4);
  });

  it('the shipped scripts parse on Safari 15.4: no class static blocks (Safari 16.4 was the first with them)', async () => {
    for (const file of ['ypsi-widgets.js', 'ypsi-widgets.classic.js', 'helpline-card.js', 'help-panel.js', 'law-explainer.js', 'consequences-timeline.js']) {
      const code = await (await fetch(`/cdn/${file}?closed-roots`)).text();
      expect(code.length, file).to.be.greaterThan(1000);
      expect(code.match(/static\s*\{[^}]{0,40}/g), file).to.equal(null);
    }
  });
});
