/**
 * A page enforces Trusted Types but its trusted-types directive lacks `lit-html`: Lit cannot load. The
 * editor gets one clear console error naming what to add, and the reserved space is never blank.
 * Every entry file runs the check, so any one of them loaded alone says the same: the CDN bundle (module
 * and classic), each element's CDN file, and the npm entries.
 */
import { expect } from '@open-wc/testing';
import { closePages, openPage, type HostPage } from './frame.js';

afterEach(closePages);

const TAGS = ['helpline-card', 'help-panel', 'law-explainer', 'consequences-timeline'];

async function theOneError(page: HostPage): Promise<string[]> {
  for (let i = 0; i < 100 && !page.record.consoleErrors.length; i++) await new Promise((r) => setTimeout(r, 20));
  // A moment more, so a second copy of the message would have arrived too.
  await new Promise((r) => setTimeout(r, 50));
  return page.record.consoleErrors.filter((line) => line.includes('[ypsi-widgets]'));
}

describe('Trusted Types without lit-html in the policy list', () => {
  it('one console error names the directive to add, and each widget shows a plain line with Childline\u2019s number', async () => {
    const page = await openPage('/tests/pages/tt-without-lit.html?csp=without-lit');
    const ours = await theOneError(page);
    expect(ours, page.record.consoleErrors.join('\n')).to.have.length(1);
    expect(ours[0]).to.contain('trusted-types').and.contain('lit-html');
    for (const tag of ['helpline-card', 'help-panel']) {
      const el = page.doc.querySelector<HTMLElement>(tag)!;
      expect(el.innerText, `<${tag}> is not blank`).to.contain('0800 1111');
    }
  });

  const ENTRIES = [
    'cdn/ypsi-widgets.js',
    'cdn/ypsi-widgets.classic.js',
    'cdn/helpline-card.js',
    'cdn/help-panel.js',
    'cdn/law-explainer.js',
    'cdn/consequences-timeline.js',
    'dist/ypsi-widgets.js',
    'dist/index.js',
    'dist/helpline-card/define.js',
    'dist/help-panel/define.js',
    'dist/law-explainer/define.js',
    'dist/consequences-timeline/define.js',
  ];
  for (const entry of ENTRIES) {
    it(`${entry} loaded alone says what to add, and no widget on the page is an empty box`, async () => {
      const classic = entry.endsWith('.classic.js') ? '&classic' : '';
      const page = await openPage(`/tests/pages/tt-alone.html?csp=without-lit&entry=${entry}${classic}`);
      const ours = await theOneError(page);
      expect(ours, page.record.consoleErrors.join('\n') || 'no console error').to.have.length(1);
      expect(ours[0]).to.contain('trusted-types lit-html');
      for (const tag of TAGS) {
        const el = page.doc.querySelector<HTMLElement>(tag)!;
        expect(el.innerText, `<${tag}> with ${entry}`).to.contain('0800 1111');
      }
    });
  }
});
