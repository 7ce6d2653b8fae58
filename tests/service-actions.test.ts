/**
 * What a button says is what it does, in every widget that dials, texts, writes or links: the card,
 * the timeline's service links and the panel's cards share one way of drawing an action, and a label
 * override (per element or page-wide) that drops its placeholder or names another number or address
 * is refused with a warning. And each action is named so a screen-reader user knows whose it is.
 */
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/ypsi-widgets.js';
import { setStrings } from '../src/core/strings.js';
import type { HelplineCard } from '../src/helpline-card/helpline-card.js';
import type { ConsequencesTimeline } from '../src/consequences-timeline/consequences-timeline.js';
import type { HelpPanel } from '../src/help-panel/help-panel.js';
import { $, $$, focusedIn, warningsDuring } from './support/helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** Each link's words and where it goes, as [label, href]. */
const actions = (el: Element, selector = 'a[href^="tel:"], a[href^="sms:"], a[href^="mailto:"]') =>
  $$(el, selector).map((a) => [a.textContent!.replace(/\s+/g, ' ').trim(), a.getAttribute('href')]);

/** The digits a tel: link dials, and the digits its label shows: they must be the same number. */
const digits = (text: string) => text.replace(/\D/g, '');
function saysWhatItDials(el: Element): void {
  for (const [label, href] of actions(el, 'a[href^="tel:"]')) {
    const dialled = digits(href!).replace(/^44/, '0');
    expect(digits(label!), `"${label}" dials ${href}`).to.equal(dialled);
  }
}

async function render<T extends Widget>(markup: string): Promise<T> {
  const wrap = await fixture<HTMLDivElement>(`<div>${markup}</div>`);
  const el = wrap.firstElementChild as T;
  await el.updateComplete;
  return el;
}

describe('service actions: the label holds the number it dials', () => {
  afterEach(() => setStrings({ call: 'Call {number}' }));

  it('the timeline\'s strings=\'{"call":"Call 999"}\' warns, and every Call link shows the number it dials', async () => {
    let el!: ConsequencesTimeline;
    const warnings = await warningsDuring(async () => {
      el = await render<ConsequencesTimeline>(`<consequences-timeline scenario="sextortion" stage="hours" strings='{"call":"Call 999"}'></consequences-timeline>`);
    });
    const calls = actions(el, 'a[href^="tel:"]');
    expect(calls).to.deep.include(['Call 0800 1111', 'tel:+448001111']);
    expect(calls).to.deep.include(['Not an emergency: Call 101', 'tel:101']);
    expect(calls).to.deep.include(['In an emergency: Call 999', 'tel:999']);
    saysWhatItDials(el);
    const said = warnings.join('\n');
    expect(said).to.contain('<consequences-timeline>: the string "call" ("Call 999"');
    expect(said).to.contain('It must hold {number} and no other phone number or email address');
    expect(said).to.contain('Using "Call {number}"');
  });

  it('a page-wide {"call":"Ring us now"} is refused the same way: the emergency link still shows 999', async () => {
    let el!: ConsequencesTimeline;
    const warnings = await warningsDuring(async () => {
      setStrings({ call: 'Ring us now' });
      el = await render<ConsequencesTimeline>('<consequences-timeline scenario="sextortion" stage="hours"></consequences-timeline>');
    });
    const emergency = actions(el, 'a[href="tel:999"]');
    expect(emergency).not.to.be.empty;
    for (const link of emergency) expect(link).to.deep.equal(['In an emergency: Call 999', 'tel:999']);
    saysWhatItDials(el);
    expect(warnings.join('\n')).to.contain('the string "call" ("Ring us now"').and.contain('does not contain {number}');
  });

  it('a page-wide label that keeps {number} is used, on the card and the timeline alike', async () => {
    setStrings({ call: 'Ring {number}' });
    const card = await render<HelplineCard>('<helpline-card service="childline"></helpline-card>');
    const timeline = await render<ConsequencesTimeline>('<consequences-timeline></consequences-timeline>');
    expect(actions(card, 'a[href^="tel:"]')).to.deep.equal([['Ring 0800 1111', 'tel:+448001111']]);
    expect(actions(timeline, 'a[href^="tel:"]')).to.deep.include(['Ring 0800 1111', 'tel:+448001111']);
  });

  it('page-wide strings from a data-ypsi-strings block obey the same rule', async () => {
    // The block is read once per page, when the first widget connects: setStrings is the same layer.
    let card!: HelplineCard;
    const warnings = await warningsDuring(async () => {
      setStrings({ call: 'Call {number} or 116 123' }, 'helpline-card');
      card = await render<HelplineCard>('<helpline-card service="childline"></helpline-card>');
    });
    setStrings({ call: 'Call {number}' }, 'helpline-card');
    expect(actions(card, 'a[href^="tel:"]')).to.deep.equal([['Call 0800 1111', 'tel:+448001111']]);
    expect(warnings.join('\n')).to.contain('names "116 123", a number or address of its own');
  });

  it('the card refuses "Call Samaritans 116 123 {number}": a second service\'s number on a Childline button', async () => {
    let el!: HelplineCard;
    const warnings = await warningsDuring(async () => {
      el = await render<HelplineCard>(`<helpline-card service="childline" strings='{"call":"Call Samaritans 116 123 {number}"}'></helpline-card>`);
    });
    expect(actions(el, 'a[href^="tel:"]')).to.deep.equal([['Call 0800 1111', 'tel:+448001111']]);
    expect(warnings.join('\n')).to.contain('<helpline-card>: the string "call"').and.contain('names "116 123"');
  });

  it('the card refuses "Email help@childline.org.uk" on a button that writes to another address', async () => {
    let el!: HelplineCard;
    const warnings = await warningsDuring(async () => {
      el = await render<HelplineCard>(`<helpline-card service="nspcc" strings='{"email":"Email help@childline.org.uk"}'></helpline-card>`);
    });
    expect(actions(el, 'a[href^="mailto:"]')).to.deep.equal([['Email help@nspcc.org.uk', 'mailto:help@nspcc.org.uk']]);
    const said = warnings.join('\n');
    expect(said).to.contain('the string "email" ("Email help@childline.org.uk"').and.contain('does not contain {address}');
    expect(said).to.contain('It must hold {address}');
  });

  it('an email label that keeps {address} but names another one too is refused', async () => {
    let el!: HelplineCard;
    const warnings = await warningsDuring(async () => {
      el = await render<HelplineCard>(`<helpline-card service="nspcc" strings='{"email":"Write to {address} or help@childline.org.uk"}'></helpline-card>`);
    });
    expect(actions(el, 'a[href^="mailto:"]')[0][0]).to.equal('Email help@nspcc.org.uk');
    expect(warnings.join('\n')).to.contain('names "help@childline.org.uk"');
  });

  it('a translation that keeps its placeholders is used as given, numbers isolated for right-to-left text', async () => {
    const el = await render<HelplineCard>(`<helpline-card service="shout" dir="rtl" strings='{"text":"أرسل {keyword} إلى {number}"}'></helpline-card>`);
    const text = $(el, 'a[part~="text"]')!;
    expect(text.textContent!.trim()).to.equal('أرسل SHOUT إلى 85258');
    expect($$(text, 'bdi').map((b) => b.textContent)).to.deep.equal(['SHOUT', '85258']);
    expect(text.getAttribute('href')).to.equal('sms:85258?&body=SHOUT');
  });

  it('a text label written with other-script digits of its own is refused too', async () => {
    const warnings = await warningsDuring(async () => {
      await render<HelplineCard>(`<helpline-card service="childline" strings='{"call":"اتصل ٩٩٩ {number}"}'></helpline-card>`);
    });
    expect(warnings.join('\n')).to.contain('names "٩٩٩"');
  });
});

describe('service actions: names a screen-reader user hears', () => {
  it('a card\'s actions sit in a group named for the service, so Tab into a card says whose number it is', async () => {
    const el = await render<HelplineCard>('<helpline-card service="childline"></helpline-card>');
    const call = $(el, 'a[part~="call"]')!;
    const group = call.closest('[role="group"]')!;
    expect(group, 'the actions are in a group').to.exist;
    expect($(el, `#${group.getAttribute('aria-labelledby')}`)!.textContent!.trim()).to.equal('Childline');
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedIn(el)).to.equal(call);
    before.remove();
  });

  it('every website link has one name: the visible words first, where it goes, and that it opens a new tab', async () => {
    const panel = await render<HelpPanel>('<help-panel situation="sextortion" no-quick-exit></help-panel>');
    const cards = $$(panel, 'helpline-card') as HelplineCard[];
    await Promise.all(cards.map((c) => c.updateComplete));
    const timeline = await render<ConsequencesTimeline>('<consequences-timeline show-all></consequences-timeline>');
    const links = [...cards.flatMap((c) => $$(c, 'a[target="_blank"]')), ...$$(timeline, 'a[target="_blank"]')];
    expect(links.length).to.be.greaterThan(3);
    for (const link of links) {
      const name = link.getAttribute('aria-label')!;
      expect(name, 'a name of its own').to.be.a('string');
      expect(name.startsWith(link.textContent!.trim()), `"${name}" starts with what it shows`).to.be.true;
      expect(name).to.match(/^\p{L}/u).and.match(/ \(opens in a new tab\)$/);
      expect($$(link, '.visually-hidden'), 'no hidden piece read apart').to.deep.equal([]);
    }
    expect(links.map((l) => l.getAttribute('aria-label'))).to.include('Visit website: CEOP Safety Centre (opens in a new tab)');
  });

  it('the timeline\'s links for each service sit in a group named for it', async () => {
    const el = await render<ConsequencesTimeline>('<consequences-timeline scenario="sextortion" stage="hours"></consequences-timeline>');
    const call = $$(el, 'a[part~="call"]').find((a) => a.textContent!.includes('0800 1111'))!;
    expect(call.closest('[role="group"]')!.getAttribute('aria-label')).to.equal('Childline');
  });

  it('the card\'s copy-number region is never an empty status: a polite live region with no role', async () => {
    const el = await render<HelplineCard>('<helpline-card service="childline"></helpline-card>');
    expect($$(el, '[role="status"]')).to.deep.equal([]);
    const region = $(el, '[aria-live="polite"]')!;
    expect(region.getAttribute('aria-atomic')).to.equal('true');
    expect(region.textContent!.trim()).to.equal('');
  });

  it('copying the same number twice is said twice, in different words', async () => {
    const el = await render<HelplineCard>('<helpline-card service="childline"></helpline-card>');
    const region = $(el, '[aria-live="polite"]')!;
    const copy = $(el, 'button[part~="copy"]')!;
    const next = async (before: string) => {
      copy.click();
      for (let i = 0; i < 100 && region.textContent!.trim() === before; i++) await new Promise((r) => setTimeout(r, 10));
      return region.textContent!.trim();
    };
    const first = await next('');
    // Headless Chromium may refuse the clipboard: then both say the number, and the test stops there.
    if (!first.startsWith('Number copied')) return;
    const second = await next(first);
    expect(first).to.equal('Number copied: 0800 1111');
    expect(second).to.equal('Number copied again: 0800 1111');
  });
});
