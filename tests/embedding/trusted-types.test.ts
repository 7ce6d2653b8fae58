/**
 * A page enforces Trusted Types but its trusted-types directive lacks `lit-html`: Lit cannot load. The
 * editor gets one clear console error naming what to add, and the reserved space is never blank.
 */
import { expect } from '@open-wc/testing';
import { closePages, openPage } from './frame.js';

afterEach(closePages);

describe('Trusted Types without lit-html in the policy list', () => {
  it('one console error names the directive to add, and each widget shows a plain line with Childline\u2019s number', async () => {
    const page = await openPage('/tests/pages/tt-without-lit.html?csp=without-lit');
    for (let i = 0; i < 50 && !page.record.consoleErrors.length; i++) await new Promise((r) => setTimeout(r, 20));
    const ours = page.record.consoleErrors.filter((line) => line.includes('[ypsi-widgets]'));
    expect(ours, page.record.consoleErrors.join('\n')).to.have.length(1);
    expect(ours[0]).to.contain('trusted-types').and.contain('lit-html');
    for (const tag of ['helpline-card', 'help-panel']) {
      const el = page.doc.querySelector<HTMLElement>(tag)!;
      expect(el.innerText, `<${tag}> is not blank`).to.contain('0800 1111');
    }
  });
});
