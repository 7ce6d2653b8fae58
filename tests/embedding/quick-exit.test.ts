/**
 * The quick exit wherever the panel is and whatever the page does: in a modal dialog or a popover
 * (the top layer), in a frame (sandboxed or one that navigates away), on a page whose "unsaved
 * changes" guard stops the navigation, one that swallows key events, one brought back by Back, next
 * to other panels; and what the Shift count says, as a screen reader would hear it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/help-panel/define.js';
import { DEFAULT_EXIT_URL, HELP_PANEL_STRINGS, type HelpPanel } from '../../src/help-panel/help-panel.js';
import { SHIFT_WINDOW, WAY_ON_AFTER, quickExit } from '../../src/help-panel/quick-exit.js';
import { $, $$, warningsDuring } from '../support/helpers.js';
import { recordExits } from '../support/record-exits.js';

const overlay = () => document.querySelector<HTMLElement>('.ypsi-quick-exit-overlay');
/** The cover's link on, when a reader could see and reach it (it waits hidden while the next page loads). */
const shownLink = () => {
  const link = overlay()?.querySelector('a');
  return link?.checkVisibility({ visibilityProperty: true }) ? link : null;
};
const status = (panel: HelpPanel) => $(panel, '[part~="exit-status"]')!;
const chosen = (panel: HelpPanel) => $$(panel, 'button[aria-pressed="true"]').map((b) => b.textContent!.trim());
const panelIn = async (markup: string) => {
  const wrap = await fixture<HTMLDivElement>(`<div>${markup}</div>`);
  const panel = wrap.querySelector<HelpPanel>('help-panel')!;
  await panel.updateComplete;
  return panel;
};

/** Every text the status region holds, in order, as a screen reader would be handed them. */
function said(panel: HelpPanel): string[] {
  const texts: string[] = [];
  const region = status(panel);
  const observer = new MutationObserver(() => {
    const text = region.textContent!.trim();
    if (text) texts.push(text);
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return texts;
}

const press = async (panel: HelpPanel, times = 1) => {
  for (let i = 0; i < times; i++) await sendKeys({ press: 'Shift' });
  await panel.updateComplete;
};

describe('quick exit: the child\'s choice, and a page brought back by Back', () => {
  const went = recordExits();

  it('clears the chosen situation before the page is hidden', async () => {
    const panel = await panelIn('<help-panel></help-panel>');
    const sextortion = $$(panel, 'button[part~="choice"]').find((b) => b.textContent!.includes('threatening to share'))!;
    sextortion.click();
    await panel.updateComplete;
    expect(chosen(panel)).to.have.length(1);
    // What the page shows at the moment it is told to leave (the cover is already up by then).
    let atLeaving: string[] = ['not read'];
    let stepsAtLeaving: HTMLElement | null = null;
    quickExit.navigate = (url) => {
      went.push(url);
      atLeaving = chosen(panel);
      stepsAtLeaving = $(panel, '#steps-heading');
    };
    $(panel, 'a[part~="exit"]')!.click();
    expect(went).to.deep.equal([DEFAULT_EXIT_URL]);
    expect(atLeaving, 'no situation pressed').to.deep.equal([]);
    expect(stepsAtLeaving, 'no steps on screen').to.equal(null);
  });

  it('a deep-linked situation is closed too, and Shift ×3 clears it the same way', async () => {
    const panel = await panelIn('<help-panel situation="sextortion"></help-panel>');
    expect(chosen(panel)).to.have.length(1);
    await press(panel, 3);
    expect(went).to.deep.equal([DEFAULT_EXIT_URL]);
    expect(chosen(panel)).to.deep.equal([]);
  });

  it('restored from the back/forward cache after an exit, the page stays hidden and offers the link on at once', async () => {
    const panel = await panelIn('<help-panel situation="sextortion" exit-url="https://example.org/news"></help-panel>');
    $(panel, 'a[part~="exit"]')!.click();
    expect(shownLink(), 'no link while the next page may be loading').to.equal(null);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(document.body.style.visibility).to.equal('hidden');
    expect(document.body.classList.contains('ypsi-quick-exit')).to.be.true;
    const link = overlay()!.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/news');
    expect(link.checkVisibility()).to.be.true;
    expect(document.activeElement).to.equal(link);
    expect(document.elementFromPoint(innerWidth / 2, innerHeight / 2), 'the cover, not the panel, is on screen').to.equal(overlay());
    expect(chosen(panel)).to.deep.equal([]);
    // A second restore (Back again) offers the same one link, not two.
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(overlay()!.querySelectorAll('a')).to.have.length(1);
  });

  it('an ordinary pageshow (no exit before it) changes nothing', async () => {
    await panelIn('<help-panel></help-panel>');
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(overlay()).to.equal(null);
    expect(document.body.style.visibility).to.equal('');
  });
});

describe('quick exit: Shift on a page that swallows keys', () => {
  const went = recordExits();
  const added: [EventTarget, string, EventListener][] = [];
  const swallow = (target: EventTarget, type: string, listener: EventListener) => {
    target.addEventListener(type, listener, true);
    added.push([target, type, listener]);
  };
  afterEach(() => {
    for (const [target, type, listener] of added.splice(0)) target.removeEventListener(type, listener, true);
  });

  it('a page listener added after the widgets, stopping keyup and keydown on window, cannot stop Shift ×3', async () => {
    const panel = await panelIn('<help-panel></help-panel>');
    const stop: EventListener = (event) => event.stopPropagation();
    const stopAll: EventListener = (event) => event.stopImmediatePropagation();
    swallow(window, 'keyup', stop);
    swallow(window, 'keyup', stopAll);
    swallow(window, 'keydown', stopAll);
    swallow(document, 'keyup', stopAll);
    await press(panel);
    expect(status(panel).textContent).to.equal('Press Shift 2 more times to exit this page.');
    await press(panel, 2);
    expect(went).to.deep.equal([DEFAULT_EXIT_URL]);
  });

  it('the listeners were added when the script ran, before any panel: a panel added later is served by them', async () => {
    // The page's listener comes before any panel exists; it still runs after ours, because ours were
    // added when the module loaded, not when a panel connected.
    const stopAll: EventListener = (event) => event.stopImmediatePropagation();
    swallow(window, 'keyup', stopAll);
    const panel = await panelIn('<help-panel></help-panel>');
    await press(panel, 3);
    expect(went).to.deep.equal([DEFAULT_EXIT_URL]);
  });
});

describe('quick exit: what counts as a Shift press, and what the status says', () => {
  const went = recordExits();

  it('Shift+Tab never counts, even with Shift let go before Tab', async () => {
    const panel = await panelIn('<help-panel></help-panel>');
    for (let i = 0; i < 3; i++) {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ down: 'Tab' });
      await sendKeys({ up: 'Shift' });
      await sendKeys({ up: 'Tab' });
    }
    await panel.updateComplete;
    expect(went).to.deep.equal([]);
    expect(status(panel).textContent).to.equal('');
    for (let i = 0; i < 3; i++) {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
    }
    expect(went).to.deep.equal([]);
  });

  it('Shift with a letter, or both Shift keys together, never counts', async () => {
    const panel = await panelIn('<help-panel></help-panel>');
    for (let i = 0; i < 3; i++) {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'KeyA' });
      await sendKeys({ up: 'Shift' });
    }
    for (let i = 0; i < 3; i++) {
      await sendKeys({ down: 'ShiftLeft' });
      await sendKeys({ down: 'ShiftRight' });
      await sendKeys({ up: 'ShiftRight' });
      await sendKeys({ up: 'ShiftLeft' });
    }
    await panel.updateComplete;
    expect(went).to.deep.equal([]);
    expect(status(panel).textContent).to.equal('');
  });

  it('after 5 seconds without a press the count resets and says so; the next attempt says it started again', async function () {
    this.timeout(SHIFT_WINDOW + 8000);
    const panel = await panelIn('<help-panel></help-panel>');
    await press(panel);
    expect(status(panel).textContent).to.equal('Press Shift 2 more times to exit this page.');
    await new Promise((resolve) => setTimeout(resolve, SHIFT_WINDOW + 200));
    await panel.updateComplete;
    expect(status(panel).textContent).to.equal(HELP_PANEL_STRINGS.shiftStopped);
    await press(panel);
    expect(status(panel).textContent).to.equal('The count started again. Press Shift 2 more times to exit this page.');
    // The count really started again: two more presses leave, not one.
    await press(panel);
    expect(went).to.deep.equal([]);
    await press(panel);
    expect(went).to.deep.equal([DEFAULT_EXIT_URL]);
  });

  it('every change is said, and no text follows itself, so a screen reader never drops one as a duplicate', async () => {
    const panel = await panelIn('<help-panel></help-panel>');
    const texts = said(panel);
    await press(panel);
    await sendKeys({ press: 'KeyX' });
    await panel.updateComplete;
    await press(panel);
    await sendKeys({ press: 'KeyX' });
    await panel.updateComplete;
    await press(panel, 2);
    await sendKeys({ press: 'KeyX' });
    await panel.updateComplete;
    await press(panel);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(texts).to.deep.equal([
      'Press Shift 2 more times to exit this page.',
      'The count stopped. To exit this page, press Shift 3 times.',
      'The count started again. Press Shift 2 more times to exit this page.',
      'The count stopped. To exit this page, press Shift 3 times.',
      'The count started again. Press Shift 2 more times to exit this page.',
      'Press Shift 1 more time to exit this page.',
      'The count stopped. To exit this page, press Shift 3 times.',
      'The count started again. Press Shift 2 more times to exit this page.',
    ]);
    for (let i = 1; i < texts.length; i++) expect(texts[i], `message ${i + 1}`).not.to.equal(texts[i - 1]);
  });

  it('the announced words come from the strings, so a translation can change each of them', async () => {
    const panel = await panelIn(`<help-panel strings='{"shiftLeft.other":"Shift: {count} eto.","shiftAgain.other":"Eto: Shift {count}.","shiftStopped":"Wedi stopio."}'></help-panel>`);
    await press(panel);
    expect(status(panel).textContent).to.equal('Shift: 2 eto.');
    await sendKeys({ press: 'KeyX' });
    await panel.updateComplete;
    expect(status(panel).textContent).to.equal('Wedi stopio.');
    await press(panel);
    expect(status(panel).textContent).to.equal('Eto: Shift 2.');
  });

  it('the status region is a polite live region with no role while empty, so it is never read as "statusbar"', async () => {
    const panel = await panelIn('<help-panel></help-panel>');
    const region = status(panel);
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.getAttribute('aria-atomic')).to.equal('true');
    expect(region.textContent).to.equal('');
    expect($$(panel, '[role="status"]'), 'no status role in the panel').to.deep.equal([]);
  });
});

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
    expect(shownLink(), 'nothing shown while the next page may be loading').to.equal(null);
    await new Promise((r) => setTimeout(r, WAY_ON_AFTER + 100));
    const link = shownLink()!;
    expect(link.getAttribute('href')).to.equal('https://example.org/news');
    expect(link.textContent).to.equal('Exit this page');
    expect(link.checkVisibility()).to.be.true;
    expect(document.activeElement).to.equal(link);
  });

  it('the link on waits in the cover\'s own window: one timer of that window, nothing left once restored', async () => {
    const panel = await fixture<HelpPanel>(html`<help-panel></help-panel>`);
    $(panel, 'a[part~="exit"]')!.click();
    quickExit.reset();
    await new Promise((r) => setTimeout(r, WAY_ON_AFTER + 100));
    expect(overlay()).to.equal(null);
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
      const warnings = await warningsDuring(async () => {
        wrap.append(panel);
        await panel.updateComplete;
      });
      expect(warnings.join('\n')).to.match(/exit-url=.*is not valid\. Valid values: an https:\/\/ address/);
      expect($(panel, 'a[part~="exit"]')!.getAttribute('href')).to.equal(DEFAULT_EXIT_URL);
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
      expect(went).to.deep.equal([DEFAULT_EXIT_URL]);
    });
  }

  it('an exitUrl that is not a string is refused with a warning, and the exit still works', async () => {
    const panel = document.createElement('help-panel') as HelpPanel;
    (panel as unknown as { exitUrl: unknown }).exitUrl = { href: 'https://example.org/' };
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    const warnings = await warningsDuring(async () => {
      wrap.append(panel);
      await panel.updateComplete;
    });
    expect(warnings.join('\n')).to.match(/exit-url=.*is not valid/);
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
    expect($(panel, '[part~="exit-status"]')!.textContent).to.equal('Pwyswch Shift 2 waith eto.');
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

  it('a frame that leaves (its top page\'s guard said "Stay") does not take the top page\'s link on with it', async () => {
    // This test page is the top here: any navigation of it is cancelled, as an unsaved-changes guard would.
    const nav = (window as unknown as { navigation: EventTarget }).navigation;
    const guard = (event: Event & { destination?: { url: string } }) => {
      if (event.destination?.url.startsWith('https://example.org/')) event.preventDefault();
    };
    nav.addEventListener('navigate', guard as EventListener);
    try {
      const el = await frame('/tests/pages/framed-panel-leaves.html');
      const win = el.contentWindow as Window;
      await win.customElements.whenDefined('help-panel');
      const panel = el.contentDocument!.querySelector('help-panel')! as HelpPanel;
      await panel.updateComplete;
      const left = new Promise((resolve) => el.addEventListener('load', resolve, { once: true }));
      // A real tap, as a child would make it.
      const exit = panel.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="exit"]')!.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.x + exit.x + exit.width / 2), Math.round(box.y + exit.y + exit.height / 2)] });
      expect(document.body.style.visibility, 'the top page is hidden at once').to.equal('hidden');
      await left;

      expect(el.contentDocument!.querySelector('help-panel'), 'the frame has gone on to another page').to.equal(null);
      await new Promise((r) => setTimeout(r, WAY_ON_AFTER + 200));
      const link = shownLink();
      expect(link, 'the top page offers the link on').to.exist;
      expect(link!.getAttribute('href')).to.equal('https://example.org/weather');
      expect(link!.target).to.equal('_top');
    } finally {
      nav.removeEventListener('navigate', guard as EventListener);
      for (const el of document.querySelectorAll('.ypsi-quick-exit-overlay')) el.remove();
      document.body.classList.remove('ypsi-quick-exit');
      document.body.style.visibility = '';
    }
  });

  it('a sandboxed frame without allow-top-navigation: the framed note at load, and on exit the link on at once', async () => {
    const el = document.createElement('iframe');
    el.setAttribute('sandbox', 'allow-scripts allow-same-origin');
    const loaded = new Promise((resolve) => el.addEventListener('load', resolve, { once: true }));
    el.src = '/tests/pages/framed-panel.html';
    el.style.height = '600px';
    document.body.append(el);
    frames.push(el);
    await loaded;
    try {
      const win = el.contentWindow as Window & { ypsiRecord: { warnings: string[] } };
      await win.customElements.whenDefined('help-panel');
      const panel = el.contentDocument!.querySelector('help-panel')! as HelpPanel;
      await panel.updateComplete;
      expect(panel.shadowRoot!.textContent).to.contain('Exit this page may only clear this box');
      expect(win.ypsiRecord.warnings.join('\n')).to.contain('sandboxed frame without allow-top-navigation');
      // The frame stays on its page for the test to read (it would go on to the exit address).
      (win as unknown as { navigation: EventTarget }).navigation.addEventListener('navigate', (event) => event.preventDefault());
      panel.setAttribute('exit-url', 'https://example.org/weather');
      await panel.updateComplete;
      panel.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="exit"]')!.click();
      expect(document.body.style.visibility, 'the top page is hidden').to.equal('hidden');
      const link = shownLink()!;
      expect(link, 'the link on is there at once: the top page cannot be made to leave').to.exist;
      expect(link.getAttribute('href')).to.equal('https://example.org/weather');
      expect(link.checkVisibility()).to.be.true;
    } finally {
      for (const node of document.querySelectorAll('.ypsi-quick-exit-overlay')) node.remove();
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
