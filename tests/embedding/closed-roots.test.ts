/**
 * On a real page the widgets' shadow roots are closed, so the host page's scripts cannot read what a
 * child is shown. (The rest of the suite opens them with the test-only switch; this page does not.)
 */
import { expect } from '@open-wc/testing';
import '../../src/helpline-card/define.js';
import { closePages, openPage, settle } from './frame.js';

afterEach(closePages);

const TAGS = ['helpline-card', 'help-panel', 'law-explainer', 'consequences-timeline'];

describe('closed shadow roots on a host page', () => {
  it('every widget renders, and the host page gets no shadowRoot to read', async () => {
    const page = await openPage('/tests/pages/privacy.html', { width: 800, height: 600 });
    await page.win.customElements.whenDefined('consequences-timeline');
    for (const tag of TAGS) {
      const el = page.doc.querySelector(tag)!;
      await settle(el);
      expect(el.shadowRoot, `<${tag}>.shadowRoot`).to.equal(null);
      // Still shown: a widget that rendered into its closed root has a box with height.
      expect(el.getBoundingClientRect().height, `<${tag}> has rendered`).to.be.greaterThan(40);
    }
    expect(page.record.errors).to.deep.equal([]);
    expect(page.record.warnings).to.deep.equal([]);
  });

  it('the test-only switch opens them for this suite', () => {
    const el = document.createElement('helpline-card');
    el.setAttribute('service', 'childline');
    document.body.append(el);
    expect(el.shadowRoot, 'opened by src/testing.ts, loaded before every test file').to.not.equal(null);
    el.remove();
  });
});
