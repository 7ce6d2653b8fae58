import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/ypsi-widgets.js';
import { DEFAULT_EXIT_URL } from '../../src/help-panel/help-panel.js';
import { TAGS } from '../support/examples/index.js';
import { describeViolation, wcagViolations } from '../support/axe.js';
import { $, $$, focusedIn, visibleText } from '../support/helpers.js';
import { recordExits } from '../support/record-exits.js';
import { WAY_ON_AFTER, quickExit } from '../../src/help-panel/quick-exit.js';

/**
 * What a child or a web editor does with each widget, in whichever engine runs this file: Chromium,
 * Firefox, WebKit and the old Chromium at the grade-B floor (web-test-runner.engines.config.mjs).
 * The element suites go deeper in current Chromium; this file keeps to what must hold on every phone.
 */

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

async function widget<T extends Widget = Widget>(markup: string): Promise<T> {
  const wrap = await fixture<HTMLDivElement>(`<div>${markup}</div>`);
  const el = wrap.firstElementChild as T;
  await el.updateComplete;
  await Promise.all($$(el, 'helpline-card').map((card) => (card as Widget).updateComplete));
  return el;
}

/** Let any entrance animation end, so what is measured is what a reader sees once it settles. */
async function settle(el: Widget): Promise<void> {
  await el.updateComplete;
  for (const animation of el.shadowRoot!.getAnimations()) animation.finish();
}

/** Each tag as a web editor first pastes it (a card needs its service). */
const FIRST_PASTE: Record<(typeof TAGS)[number], string> = {
  'helpline-card': '<helpline-card service="childline"></helpline-card>',
  'help-panel': '<help-panel></help-panel>',
  'law-explainer': '<law-explainer></law-explainer>',
  'consequences-timeline': '<consequences-timeline></consequences-timeline>',
};

describe('every widget renders, readable, in this engine', () => {
  for (const tag of TAGS) {
    it(`${tag} shows its heading and words in a styled box`, async () => {
      const el = await widget(FIRST_PASTE[tag]);
      expect(getComputedStyle(el).display).to.equal('block');
      expect($(el, 'h2, h3, h4')?.textContent?.trim().length).to.be.greaterThan(3);
      expect(visibleText(el).length).to.be.greaterThan(100);
      expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
    });

    it(`${tag} passes axe (WCAG 2.2 AA)`, async () => {
      const el = await widget(FIRST_PASTE[tag]);
      await settle(el);
      expect((await wcagViolations(el)).map(describeViolation)).to.deep.equal([]);
    });
  }
});

describe('a young person finds help', () => {
  it('taps Call on Childline (0800 1111 as tel:+448001111) and texts SHOUT to 85258', async () => {
    const childline = await widget('<helpline-card service="childline"></helpline-card>');
    const call = $(childline, 'a[part~="call"]')!;
    expect(call.textContent).to.contain('Call 0800 1111');
    expect(call.getAttribute('href')).to.equal('tel:+448001111');
    const shout = await widget('<helpline-card service="shout"></helpline-card>');
    expect($(shout, 'a[part~="text"]')!.getAttribute('href')).to.equal('sms:85258?&body=SHOUT');
  });

  it('chooses "threatening to share" in the help panel by keyboard and lands on what to do', async () => {
    const el = await widget('<help-panel no-quick-exit></help-panel>');
    const choices = $$(el, 'button[part~="choice"]');
    const sextortion = choices.find((b) => b.textContent!.includes('threatening to share'))!;
    choices[choices.indexOf(sextortion) - 1].focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedIn(el)).to.equal(sextortion);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // The choice stays inside the widget: the host element is not changed.
    expect(el.hasAttribute('situation')).to.equal(false);
    expect(sextortion.getAttribute('aria-pressed')).to.equal('true');
    expect($$(el, 'helpline-card').map((c) => c.getAttribute('service'))).to.include('ceop');
    expect((await wcagViolations(el)).map(describeViolation)).to.deep.equal([]);
  });

  it('steps on through the timeline with Next and hears which stage it is', async () => {
    const el = await widget('<consequences-timeline></consequences-timeline>');
    $(el, 'button[part~="next"]')!.click();
    await settle(el);
    expect($(el, 'li[aria-current="step"]')!.dataset.stage).to.equal('hours');
    expect($(el, '[aria-live="polite"]')!.textContent!.trim()).to.equal('Stage 2 of 4: Minutes to hours later');
  });

  it('opens a law section with the keyboard, reads it, and closes it again', async () => {
    const el = await widget('<law-explainer></law-explainer>');
    const toggle = $(el, '#b-who')!;
    const panel = $(el, '#s-who')!;
    const closedHeight = panel.getBoundingClientRect().height;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.getBoundingClientRect().height).to.be.greaterThan(closedHeight + 20);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.getBoundingClientRect().height).to.equal(closedHeight);
  });
});

describe('the quick exit, in this engine', () => {
  const went = recordExits();

  it('a tap on "Exit this page" hides the whole page and leaves', async () => {
    const el = await widget('<help-panel></help-panel>');
    $(el, 'a[part~="exit"]')!.click();
    expect(went).to.deep.equal([DEFAULT_EXIT_URL]);
    expect(document.body.style.visibility).to.equal('hidden');
  });

  it('Shift pressed three times leaves, counting down', async () => {
    const el = await widget('<help-panel></help-panel>');
    const status = $(el, '[part~="exit-status"]')!;
    await sendKeys({ press: 'Shift' });
    await el.updateComplete;
    expect(status.textContent).to.contain('Press Shift 2 more times');
    await sendKeys({ press: 'Shift' });
    await el.updateComplete;
    expect(went).to.deep.equal([]);
    await sendKeys({ press: 'Shift' });
    expect(went).to.deep.equal([DEFAULT_EXIT_URL]);
  });

  it('the child\'s choice is cleared before the page is hidden, and Back from the cache keeps it covered', async () => {
    const el = await widget('<help-panel situation="sextortion"></help-panel>');
    expect($$(el, 'button[aria-pressed="true"]')).to.have.length(1);
    let pressedAtLeaving = -1;
    quickExit.navigate = (url) => {
      went.push(url);
      pressedAtLeaving = $$(el, 'button[aria-pressed="true"]').length;
    };
    $(el, 'a[part~="exit"]')!.click();
    expect(pressedAtLeaving).to.equal(0);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(document.body.style.visibility).to.equal('hidden');
    const link = document.querySelector('.ypsi-quick-exit-overlay a')!;
    expect(link.getAttribute('href')).to.equal(DEFAULT_EXIT_URL);
    expect(getComputedStyle(link).visibility).to.equal('visible');
  });

  it('Shift+Tab (Shift let go first) never counts', async function () {
    // WebKitWebDriver (classic WebDriver through web-test-runner) sends whole key presses only.
    if (/AppleWebKit/.test(navigator.userAgent) && !/Chrome\//.test(navigator.userAgent)) this.skip();
    await widget('<help-panel></help-panel>');
    for (let i = 0; i < 3; i++) {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ down: 'Tab' });
      await sendKeys({ up: 'Shift' });
      await sendKeys({ up: 'Tab' });
    }
    expect(went).to.deep.equal([]);
  });

  it('a page listener added after the widgets cannot swallow Shift', async () => {
    const el = await widget('<help-panel></help-panel>');
    const swallow = (event: Event) => event.stopImmediatePropagation();
    addEventListener('keyup', swallow, true);
    addEventListener('keydown', swallow, true);
    try {
      await sendKeys({ press: 'Shift' });
      await el.updateComplete;
      expect($(el, '[part~="exit-status"]')!.textContent).to.contain('Press Shift 2 more times');
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      expect(went).to.deep.equal([DEFAULT_EXIT_URL]);
    } finally {
      removeEventListener('keyup', swallow, true);
      removeEventListener('keydown', swallow, true);
    }
  });

  it('a frame of the same site that leaves does not take the top page\'s link on with it', async () => {
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/tests/pages/framed-panel-leaves.html';
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow!;
      await win.customElements.whenDefined('help-panel');
      const panel = frame.contentDocument!.querySelector('help-panel') as Widget;
      await panel.updateComplete;
      const left = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      $(panel, 'a[part~="exit"]')!.click();
      expect(document.body.style.visibility).to.equal('hidden');
      await left;
      await new Promise((resolve) => setTimeout(resolve, WAY_ON_AFTER + 300));
      const link = document.querySelector('.ypsi-quick-exit-overlay a');
      expect(link, 'the top page offers the link on').to.exist;
      expect(getComputedStyle(link!).visibility).to.equal('visible');
    } finally {
      frame.remove();
      for (const node of document.querySelectorAll('.ypsi-quick-exit-overlay')) node.remove();
      document.body.classList.remove('ypsi-quick-exit');
      document.body.style.visibility = '';
    }
  });

  it('no status region in the panel or its cards is an empty role=status', async () => {
    const el = await widget('<help-panel></help-panel>');
    const regions = [el, ...$$(el, 'helpline-card')].flatMap((host) => $$(host, '[role="status"]'));
    expect(regions).to.deep.equal([]);
    expect($(el, '[part~="exit-status"]')!.getAttribute('aria-live')).to.equal('polite');
  });
});
