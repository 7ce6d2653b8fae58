/** Another library owns `<helpline-card>`: `<help-panel>` still shows its services as our cards. */
import { expect } from '@open-wc/testing';
import { closePages, openPage, paste, settle } from './frame.js';

afterEach(closePages);

describe('help-panel when another library owns helpline-card', () => {
  it('the panel still shows its cards, with their Call links, and the stranger keeps its own element', async () => {
    const page = await openPage('/tests/pages/name-clash.html?tag=helpline-card', { width: 800, height: 900 });
    await page.win.customElements.whenDefined('help-panel');
    const panel = await paste(page, '<help-panel situation="sextortion"></help-panel>');
    const cards = [...panel.shadowRoot!.querySelectorAll('[part~="cards"] li > *')];
    expect(cards.length, 'cards shown').to.be.greaterThan(0);
    for (const card of cards) {
      await settle(card);
      expect(card.textContent, 'not the stranger\u2019s element').not.to.contain('stranger');
      expect(card.shadowRoot?.querySelector('h4, h5, [part~="heading"]'), `<${card.localName}> rendered`).to.exist;
    }
    const calls = cards.flatMap((card) => [...card.shadowRoot!.querySelectorAll('a[href^="tel:"]')]);
    expect(calls.length, 'at least one card can be called').to.be.greaterThan(0);
    const theirs = await paste(page, '<helpline-card></helpline-card>');
    expect(theirs.textContent).to.equal("stranger's helpline-card");
    expect(page.record.errors).to.deep.equal([]);
  });
});
