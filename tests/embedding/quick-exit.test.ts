/**
 * The quick exit wherever the panel is: in a modal dialog or a popover (the top layer), in a frame,
 * on a page whose "unsaved changes" guard stops the navigation, next to other panels.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/help-panel/define.js';
import { DEFAULT_EXIT_URL, type HelpPanel } from '../../src/help-panel/help-panel.js';
import { WAY_ON_AFTER } from '../../src/help-panel/quick-exit.js';
import { $ } from '../support/helpers.js';
import { recordExits } from '../support/record-exits.js';

const overlay = () => document.querySelector<HTMLElement>('.ypsi-quick-exit-overlay');

describe('quick exit in the top layer and beside other panels', () => {
  const went = recordExits();
  afterEach(() => {
    for (const el of document.querySelectorAll('dialog, [popover]')) el.remove();
  });

  it('inside a modal dialog: the dialog closes and the blank cover is in the top layer, over everything', async () => {
    const dialog = document.createElement('dialog');
    dialog.innerHTML = '<help-panel></help-panel>';
    document.body.append(dialog);
    dialog.showModal();
    const panel = dialog.querySelector<HelpPanel>('help-panel')!;
    await panel.updateComplete;
    $(panel, 'a[part~="exit"]')!.click();
    expect(dialog.open, 'the dialog was closed').to.be.false;
    expect(overlay()!.matches(':popover-open'), 'the cover is in the top layer').to.be.true;
    // What a reader sees in the middle of the screen is the cover, not the panel.
    const hit = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
    expect(hit).to.equal(overlay());
  });

  it('an open popover of the host page closes too', async () => {
    const popover = document.createElement('div');
    popover.popover = 'manual';
    popover.textContent = 'Pupil login';
    document.body.append(popover);
    popover.showPopover();
    const panel = await fixture<HelpPanel>(html`<help-panel></help-panel>`);
    $(panel, 'a[part~="exit"]')!.click();
    expect(popover.matches(':popover-open')).to.be.false;
  });

  it('when the page is still here (a guard stopped the navigation), the cover offers one link on, focused', async () => {
    const panel = await fixture<HelpPanel>(html`<help-panel exit-url="https://example.org/news"></help-panel>`);
    $(panel, 'a[part~="exit"]')!.click();
    expect(overlay()!.querySelector('a'), 'nothing shown while the next page may be loading').to.equal(null);
    await new Promise((r) => setTimeout(r, WAY_ON_AFTER + 100));
    const link = overlay()!.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/news');
    expect(link.textContent).to.equal('Exit this page');
    expect(link.checkVisibility()).to.be.true;
    expect(document.activeElement).to.equal(link);
  });

  it('Shift ×3 uses the first panel in document order, not the first connected', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    const later = document.createElement('help-panel');
    later.setAttribute('exit-url', 'https://example.org/second');
    wrap.append(later);
    await (later as HelpPanel).updateComplete;
    const first = document.createElement('help-panel');
    first.setAttribute('exit-url', 'https://example.org/first');
    wrap.prepend(first);
    await (first as HelpPanel).updateComplete;
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
    expect(went).to.deep.equal(['https://example.org/first']);
  });

  for (const [name, odd] of [
    ['an object whose toString throws', { toString: () => { throw new Error('odd'); } }],
    ['a Symbol', Symbol('odd')],
    ['a number', 42],
  ] as const) {
    it(`an exitUrl that is ${name} never stops the exit`, async () => {
      const panel = document.createElement('help-panel') as HelpPanel;
      (panel as unknown as { exitUrl: unknown }).exitUrl = odd;
      const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
      wrap.append(panel);
      await panel.updateComplete;
      expect($(panel, 'a[part~="exit"]')!.getAttribute('href')).to.equal(DEFAULT_EXIT_URL);
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
      expect(went).to.deep.equal([DEFAULT_EXIT_URL]);
    });
  }

  it('an exitUrl that is not a string is refused with a warning, and the exit still works', async () => {
    const panel = document.createElement('help-panel') as HelpPanel;
    (panel as unknown as { exitUrl: unknown }).exitUrl = { href: 'https://example.org/' };
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    wrap.append(panel);
    await panel.updateComplete;
    $(panel, 'a[part~="exit"]')!.click();
    expect(went).to.deep.equal([DEFAULT_EXIT_URL]);
  });

  it('the Shift count is worded by plural category, so a translation gets its own grammar', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="cy">
      <help-panel strings='{"shiftLeft.two":"Pwyswch Shift {count} waith eto.","shiftLeft.other":"Pwyswch Shift {count} eto."}'></help-panel>
    </div>`);
    const panel = wrap.querySelector<HelpPanel>('help-panel')!;
    await panel.updateComplete;
    await sendKeys({ press: 'Shift' });
    await panel.updateComplete;
    // Welsh has a "two" form; English would say "2 more times".
    expect($(panel, '[role="status"]')!.textContent).to.equal('Pwyswch Shift 2 waith eto.');
  });
});

describe('quick exit in a frame', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  async function frame(src: string): Promise<HTMLIFrameElement> {
    const el = document.createElement('iframe');
    const loaded = new Promise((resolve) => el.addEventListener('load', resolve, { once: true }));
    el.src = src;
    el.style.height = '600px';
    document.body.append(el);
    frames.push(el);
    await loaded;
    return el;
  }

  it('framed by a page of the same site: the top page is hidden and navigated; if it is stopped, the cover offers a way on', async () => {
    const seen: string[] = [];
    // This test page is the "top" here: record the navigation and cancel it, as an unsaved-changes guard would.
    const guard = (event: Event & { destination?: { url: string }; cancelable: boolean }) => {
      if (!event.destination?.url.startsWith('https://example.org/')) return;
      seen.push(event.destination.url);
      event.preventDefault();
    };
    const nav = (window as unknown as { navigation: EventTarget }).navigation;
    nav.addEventListener('navigate', guard as EventListener);
    try {
      const el = await frame('/tests/pages/framed-panel.html');
      const win = el.contentWindow as Window & { ypsi?: unknown };
      const doc = el.contentDocument!;
      await win.customElements.whenDefined('help-panel');
      const panel = doc.querySelector('help-panel')! as HelpPanel;
      panel.setAttribute('exit-url', 'https://example.org/weather');
      await panel.updateComplete;
      // The frame's own navigation is stopped too, so the frame stays for the test to read.
      (win as unknown as { navigation: EventTarget }).navigation.addEventListener('navigate', (event) => event.preventDefault());
      expect(panel.shadowRoot!.textContent).not.to.contain('another website');
      panel.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="exit"]')!.click();
      expect(seen, 'the top page was asked to leave').to.deep.equal(['https://example.org/weather']);
      expect(document.body.style.visibility, 'the top page is hidden at once').to.equal('hidden');
      await new Promise((r) => setTimeout(r, WAY_ON_AFTER + 100));
      const link = overlay()!.querySelector('a')!;
      expect(link.href).to.equal('https://example.org/weather');
      expect(link.target).to.equal('_top');
    } finally {
      nav.removeEventListener('navigate', guard as EventListener);
      for (const el of document.querySelectorAll('.ypsi-quick-exit-overlay')) el.remove();
      document.body.classList.remove('ypsi-quick-exit');
      document.body.style.visibility = '';
    }
  });

  it('framed by another site: the panel says at load that the exit may only clear its box, and warns the editor', async () => {
    const other = `http://127.0.0.1:${location.port}/tests/pages/framed-panel.html`;
    const report = new Promise<{ text: string; warnings: string[] }>((resolve) =>
      addEventListener('message', (event) => resolve(event.data), { once: true }),
    );
    await frame(other);
    const { text, warnings } = await report;
    expect(text).to.contain('Exit this page may only clear this box');
    expect(warnings.join('\n')).to.contain('inside a frame from another site');
  });
});
