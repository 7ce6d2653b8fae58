import { expect } from '@open-wc/testing';

/**
 * A CMS page that can only add classic scripts reaches the library through `window.YpsiWidgets`
 * (cdn/ypsi-widgets.classic.js): page-wide strings and the classes, to register under its own names.
 */

type Rendered = HTMLElement & { updateComplete: Promise<unknown> };

async function openPage(path: string): Promise<Window> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow!;
}

describe('the classic script on a plain page', () => {
  it('defines window.YpsiWidgets: setStrings changes the Call button, and HelplineCard registers under a host name', async () => {
    const win = (await openPage('/tests/pages/classic-global.html')) as Window & { YpsiWidgets?: Record<string, unknown> };
    const global = win.YpsiWidgets!;
    expect(global, 'window.YpsiWidgets').to.be.an('object');
    expect(global.VERSION).to.be.a('string');
    for (const name of ['setStrings', 'HelplineCard', 'HelpPanel', 'LawExplainer', 'ConsequencesTimeline', 'quickExit']) {
      expect(global[name], name).to.exist;
    }
    const card = win.document.querySelector<Rendered>('helpline-card')!;
    const own = win.document.querySelector<Rendered>('school-helpline')!;
    await card.updateComplete;
    await own.updateComplete;
    expect(card.shadowRoot!.querySelector('a[href="tel:+448001111"]')!.textContent).to.contain('Ring 0800 1111');
    expect(own.shadowRoot!.querySelector('a[href="tel:116123"]')!.textContent).to.contain('Ring 116 123');
  });
});
