/**
 * Host pages that fight back (issue #6): a stylesheet with a reset, huge type, `div { display: flex }`,
 * white links, `* { box-sizing: content-box }` and more (tests/pages/support/hostile.css). The theming
 * docs promise that only the font is inherited; so every widget must keep its size, its touch targets,
 * its text inside its box, and its own readable link and button colours.
 */
import { expect } from '@open-wc/testing';
import { closePages, definedTags, examplesOf, openPage, pasteExample, shadowElements, type HostPage } from './frame.js';

afterEach(closePages);

type RGBA = [number, number, number, number];

function parse(colour: string): RGBA {
  const match = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(colour);
  if (!match) throw new Error(`cannot read the colour ${colour}`);
  return [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : Number(match[4])];
}

/** The parent across shadow boundaries: a shadow root's parent is its host. */
function up(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.parentNode;
  return root instanceof ShadowRoot || (root && 'host' in root) ? (root as ShadowRoot).host : null;
}

/** The colour actually behind `el`: its own and its ancestors' backgrounds, composited on white. */
function backgroundBehind(el: Element, win: Window): RGBA {
  const layers: RGBA[] = [];
  for (let node: Element | null = el; node; node = up(node)) {
    const layer = parse(win.getComputedStyle(node).backgroundColor);
    if (layer[3] > 0) layers.push(layer);
    if (layer[3] >= 1) break;
  }
  return layers.reduceRight<RGBA>(
    (below, [r, g, b, a]) => [r * a + below[0] * (1 - a), g * a + below[1] * (1 - a), b * a + below[2] * (1 - a), 1],
    [255, 255, 255, 1],
  );
}

function luminance([r, g, b]: RGBA): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: RGBA, b: RGBA): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Hidden on purpose (visually-hidden text, closed parts): not a layout the visitor sees. */
function seen(el: Element, win: Window): boolean {
  const rect = el.getBoundingClientRect();
  if (rect.width <= 1 || rect.height <= 1) return false;
  for (let node: Element | null = el; node; node = up(node)) {
    const style = win.getComputedStyle(node);
    if (style.visibility === 'hidden' || style.display === 'none' || style.clipPath !== 'none') return false;
  }
  return true;
}

/** Everything wrong with one widget on the hostile page, as readable lines. */
function problems(page: HostPage, host: HTMLElement): string[] {
  const found: string[] = [];
  const box = host.getBoundingClientRect();
  const viewport = page.doc.documentElement.clientWidth;
  if (box.height < 40) found.push(`the widget collapsed to ${box.height}px high`);
  if (box.width < Math.min(200, viewport - 20)) found.push(`the widget shrank to ${box.width}px wide`);
  if (box.left < -1 || box.right > viewport + 1) found.push(`the widget (${box.left}–${box.right}) is wider than the page (${viewport})`);
  for (const el of shadowElements(host)) {
    if (!seen(el, page.win)) continue;
    const rect = el.getBoundingClientRect();
    const name = `<${el.localName}${el.getAttribute('part') ? ` part="${el.getAttribute('part')}"` : ''}> "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    if (rect.left < box.left - 1 || rect.right > box.right + 1) {
      found.push(`${name} spills out of the widget (${Math.round(rect.left)}–${Math.round(rect.right)} in ${Math.round(box.left)}–${Math.round(box.right)})`);
    }
    const style = page.win.getComputedStyle(el);
    // Buttons (and links styled as buttons) are the project's 44 px targets; a link standing alone
    // (not in a line of text) must meet WCAG 2.5.8's 24 px; a link inside a sentence is exempt.
    const button = el.localName === 'button' || el.localName === 'summary' || el.classList.contains('button');
    const standalone = el.localName === 'a' && style.display !== 'inline';
    const needed = button ? 44 : standalone ? 24 : 0;
    if (rect.width < needed || rect.height < needed) {
      found.push(`${name} is a ${Math.round(rect.width)}×${Math.round(rect.height)} target (${needed}×${needed} needed)`);
    }
    if (el.localName === 'a' || el.localName === 'button' || el.localName === 'summary') {
      const ratio = contrast(parse(style.color), backgroundBehind(el, page.win));
      if (ratio < 4.5) found.push(`${name} has contrast ${ratio.toFixed(2)} (${style.color})`);
    }
  }
  return found;
}

// The host's type is twice the usual size, so 640 px is the 320 px reflow width of WCAG 1.4.10 at
// double text size (a narrower page would ask for more than WCAG does), and 1280 px a desktop.
for (const width of [640, 1280]) {
  describe(`Embedding: a host stylesheet that fights back, ${width} px wide`, () => {
    it('every widget in every state keeps its size, its targets, its text inside and its own readable colours', async function () {
      this.timeout(90_000);
      const page = await openPage('/tests/pages/hostile.html', { width, height: 700 });
      const slot = page.doc.querySelector('.widget-slot')!;
      // The page really is hostile: huge inherited type and flex on every div.
      expect(page.win.getComputedStyle(slot).display).to.equal('flex');
      expect(page.win.getComputedStyle(page.doc.body).fontSize).to.equal('32px');
      const tags = definedTags(page);
      expect(tags).to.include('helpline-card');
      const report: string[] = [];
      for (const example of examplesOf(tags)) {
        const el = await pasteExample(page, example, slot);
        expect(page.win.getComputedStyle(el).fontSize, 'the font is inherited, as promised').to.equal('32px');
        report.push(...problems(page, el).map((line) => `${example.tag} (${example.name}): ${line}`));
        el.remove();
      }
      expect(report, report.join('\n')).to.deep.equal([]);
      expect(page.record.errors).to.deep.equal([]);
    });
  });
}
