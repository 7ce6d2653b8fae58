import { expect } from '@open-wc/testing';

/** Open a page in a same-origin iframe and wait until its <helpline-card> has rendered. */
async function openPage(path: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  for (let i = 0; i < 100; i++) {
    if (doc.querySelector('helpline-card')?.shadowRoot?.querySelector('a')) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  return doc;
}

describe('a web editor pastes the CDN script and one tag into a blank page', () => {
  it('shows Childline\'s number as a tel: link (ES module script)', async () => {
    const doc = await openPage('/tests/pages/plain-cdn.html');
    const call = doc.querySelector('helpline-card')!.shadowRoot!.querySelector('a[href^="tel:"]')!;
    expect(call.getAttribute('href')).to.equal('tel:+448001111');
    expect(call.textContent).to.contain('0800 1111');
  });

  it('works the same with the classic script for CMSes without type="module"', async () => {
    const doc = await openPage('/tests/pages/plain-cdn-classic.html');
    const call = doc.querySelector('helpline-card')!.shadowRoot!.querySelector('a[href^="tel:"]')!;
    expect(call.getAttribute('href')).to.equal('tel:+448001111');
  });
});
