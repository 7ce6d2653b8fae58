import { expect } from '@open-wc/testing';
import { TAGS } from '../support/examples/index.js';

/**
 * The static HTML from `npx ypsi-widgets render` (grade C: no module scripts), in whichever engine
 * runs this file. Current engines attach its declarative shadow root; Chromium 106 attaches it through
 * the early `shadowroot` attribute the output also carries. Where the template is not attached at all
 * (Safari 15.4-16.3, Firefox 115-122), the tag's plain light-DOM copy is what a reader gets: the same
 * output put in with innerHTML, which never attaches a template in any engine, shows that path here.
 */

const FIRST_PASTE: Record<(typeof TAGS)[number], string[]> = {
  'helpline-card': ['service=childline'],
  'help-panel': [],
  'law-explainer': [],
  'consequences-timeline': [],
};

function staticUrl(tag: string, attrs: string[], raw = false): string {
  const params = new URLSearchParams({ tag });
  for (const attr of attrs) params.append('attr', attr);
  return `/${raw ? '__static-raw' : '__static'}?${params}`;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/** A frame whose sandbox forbids every script: a page with JavaScript off. */
async function noScriptFrame(src: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = 'width: 800px; height: 600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentDocument!;
}

/** Drawn on screen: has a box (checkVisibility is newer than the floor engines). */
const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';

const shownLinks = (root: ParentNode) =>
  [...root.querySelectorAll('a')].filter(shown).map((a) => a.getAttribute('href'));

describe('static HTML with JavaScript off, in this engine', () => {
  for (const tag of TAGS) {
    it(`${tag}: the styled copy is attached, and the plain copy is not shown as well`, async () => {
      const doc = await noScriptFrame(staticUrl(tag, FIRST_PASTE[tag]));
      const el = doc.querySelector(tag)!;
      expect(el.shadowRoot, 'the template was attached').to.exist;
      expect(el.shadowRoot!.textContent!.replace(/\s+/g, ' ').length).to.be.greaterThan(50);
      expect(el.shadowRoot!.querySelector('h2, h3, h4')!.getClientRects().length, 'its heading is shown').to.equal(1);
      if (tag === 'helpline-card') expect(shownLinks(el.shadowRoot!)).to.include('tel:+448001111');
      expect(shownLinks(el), 'plain copy links shown too').to.deep.equal([]);
    });
  }

  it('where the template is not attached, a card shows its name, its number as a tel: link and its website', async () => {
    const { stdout } = await (await fetch(staticUrl('helpline-card', ['service=childline'], true))).json();
    const doc = await noScriptFrame('about:blank');
    doc.body.innerHTML = stdout;
    const el = doc.querySelector('helpline-card')!;
    expect(el.shadowRoot).to.equal(null);
    expect((el as HTMLElement).innerText).to.contain('Childline');
    expect(shownLinks(el)).to.deep.equal(['tel:+448001111', 'https://www.childline.org.uk']);
  });

  for (const tag of ['help-panel', 'law-explainer', 'consequences-timeline']) {
    it(`where the template is not attached, ${tag} still shows Childline's number as a tel: link`, async () => {
      const { stdout } = await (await fetch(staticUrl(tag, [], true))).json();
      const doc = await noScriptFrame('about:blank');
      doc.body.innerHTML = stdout;
      expect(shownLinks(doc.querySelector(tag)!)).to.include('tel:+448001111');
    });
  }
});
