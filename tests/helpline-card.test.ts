import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/helpline-card/define.js';
import type { HelplineCard } from '../src/helpline-card/helpline-card.js';
import { SERVICES, SERVICE_IDS } from '../src/content/services.js';
import type { Service } from '../src/content/types.js';
import { openStatus, type Schedule } from '../src/core/london-time.js';
import { $, $$, focusedIn, utc, visibleText, warningsDuring } from './support/helpers.js';

const card = (service: string, now?: Date) =>
  fixture<HelplineCard>(html`<helpline-card service=${service} .now=${now}></helpline-card>`);

describe('<helpline-card> built-in services', () => {
  for (const id of SERVICE_IDS) {
    const service: Service = SERVICES[id];
    it(`shows ${service.name} with its real number and link`, async () => {
      const el = await card(id);
      expect($(el, 'h3')?.textContent?.trim()).to.equal(service.name);
      for (const phone of service.phones ?? []) {
        const call = $$(el, 'a[part~="call"]').find((a) => a.textContent?.includes(phone.display));
        expect(call, `Call ${phone.display}`).to.exist;
        expect(call!.getAttribute('href')).to.match(/^tel:\+?\d+$/);
      }
      if (service.url) {
        const site = $(el, 'a[part~="website"]')!;
        expect(site.getAttribute('href')).to.equal(service.url);
        expect(site.getAttribute('target')).to.equal('_blank');
        expect(site.getAttribute('rel')).to.equal('noopener noreferrer');
        // One name, in one piece: the visible label first, where it goes, and that it opens a new tab.
        expect(site.getAttribute('aria-label')).to.equal(`Visit website: ${service.name} (opens in a new tab)`);
        expect(site.textContent!.trim()).to.equal('Visit website');
      }
    });
  }

  it('a young person taps Call on Childline and dials 0800 1111 in +44 form', async () => {
    const el = await card('childline');
    const call = $(el, 'a[part~="call"]')!;
    expect(call.textContent).to.contain('Call 0800 1111');
    expect(call.getAttribute('href')).to.equal('tel:+448001111');
  });

  it('short codes stay as dialled: Samaritans 116 123, police 999 and 101', async () => {
    expect($(await card('samaritans'), 'a[part~="call"]')!.getAttribute('href')).to.equal('tel:116123');
    const police = await card('police');
    expect($$(police, 'a[part~="call"]').map((a) => a.getAttribute('href'))).to.deep.equal(['tel:999', 'tel:101']);
    expect(visibleText(police)).to.contain('In an emergency');
  });

  it('Shout opens a text to 85258 with SHOUT already typed', async () => {
    const text = $(await card('shout'), 'a[part~="text"]')!;
    expect(text.textContent).to.contain('Text SHOUT to 85258');
    expect(text.getAttribute('href')).to.equal('sms:85258?&body=SHOUT');
  });

  it('NSPCC offers email as a mailto: link', async () => {
    const email = $(await card('nspcc'), 'a[part~="email"]')!;
    expect(email.getAttribute('href')).to.equal('mailto:help@nspcc.org.uk');
  });

  it('says who a service is for, and that it is free and confidential, where the facts say so', async () => {
    const text = visibleText(await card('childline'));
    expect(text).to.contain('For anyone under 19');
    expect(text).to.contain('Free');
    expect(text).to.contain('Confidential');
    expect(visibleText(await card('revenge-porn-helpline'))).to.contain('18 and over only');
  });

  it('never shows hours or "Open now" for Childline, whose hours FACTS.md has not confirmed', async () => {
    const el = await card('childline', utc('2026-01-05T12:00'));
    expect($(el, '[part~="hours"]')).to.be.null;
    expect(visibleText(el)).not.to.contain('Open now');
  });
});

describe('<helpline-card> hours that FACTS.md does not fully confirm', () => {
  it('never shows hours, "Open now" or "Closed now" for the NSPCC Helpline, whose hours are only partly confirmed', async () => {
    for (const instant of ['2026-01-05T12:00', '2026-01-05T23:00', '2026-01-10T03:00']) {
      const el = await card('nspcc', utc(instant));
      expect($(el, '[part~="hours"]'), instant).to.be.null;
      expect(visibleText(el)).not.to.match(/open now|closed now/i);
    }
  });

  it('shows the Revenge Porn Helpline hours in words, bank holidays included, and never "Open now": FACTS.md has no bank-holiday dates', async () => {
    // A Monday morning, and Easter Monday: the card cannot tell them apart, so it claims neither.
    for (const instant of ['2026-01-05T11:00', '2026-04-06T11:00']) {
      const el = await card('revenge-porn-helpline', utc(instant));
      expect(visibleText($(el, '[part~="hours"]')!)).to.contain('Monday to Friday, 10am to 4pm, not on bank holidays');
      expect(visibleText(el)).not.to.match(/open now|closed now/i);
      await expect(el).shadowDom.to.be.accessible();
    }
  });

  it('a 24/7 service simply says Open now', async () => {
    expect(await (async () => $(await card('samaritans', utc('2026-01-05T03:00')), '[part~="status"]')!.textContent!.trim())()).to.equal('Open now');
  });
});

/**
 * The clock behind "Open now", for a weekly schedule once FACTS.md confirms one: Mon–Fri 8am–10pm,
 * Sat–Sun 9am–6pm, in London time. No built-in service has such a schedule today, so the status is
 * checked as the words the card would show.
 */
describe('"Open now" follows London time', () => {
  const WEEKLY: Schedule = [
    { days: [1, 2, 3, 4, 5], opens: 8 * 60, closes: 22 * 60 },
    { days: [0, 6], opens: 9 * 60, closes: 18 * 60 },
  ];
  const WORDS: Record<string, string> = {
    openUntil: 'Open now until {time}',
    closedOpensToday: 'Closed now. Opens at {time} today',
    closedOpensDay: 'Closed now. Opens at {time} on {day}',
  };
  const status = async (instant: Date) => {
    const s = openStatus(WEEKLY, instant);
    return WORDS[s.key].replace('{time}', s.time ?? '').replace('{day}', s.day ?? '');
  };

  it('in winter (GMT) a Monday opens at 8am and closes at 10pm', async () => {
    expect(await status(utc('2026-01-05T07:59'))).to.equal('Closed now. Opens at 8am today');
    expect(await status(utc('2026-01-05T08:00'))).to.equal('Open now until 10pm');
    expect(await status(utc('2026-01-05T21:59'))).to.equal('Open now until 10pm');
    expect(await status(utc('2026-01-05T22:00'))).to.equal('Closed now. Opens at 8am on Tuesday');
  });

  it('in summer (BST, UTC+1) the same London hours are an hour earlier in UTC', async () => {
    expect(await status(utc('2026-07-06T06:59'))).to.equal('Closed now. Opens at 8am today');
    expect(await status(utc('2026-07-06T07:00'))).to.equal('Open now until 10pm');
    expect(await status(utc('2026-07-06T20:59'))).to.equal('Open now until 10pm');
    expect(await status(utc('2026-07-06T21:00'))).to.equal('Closed now. Opens at 8am on Tuesday');
  });

  it('on the Sundays the clocks change, opening follows London time', async () => {
    // 29 March 2026: clocks go forward at 01:00 UTC, so 9am London is 08:00 UTC.
    expect(await status(utc('2026-03-29T07:59'))).to.equal('Closed now. Opens at 9am today');
    expect(await status(utc('2026-03-29T08:00'))).to.equal('Open now until 6pm');
    // 25 October 2026: clocks go back at 01:00 UTC, so 9am London is 09:00 UTC.
    expect(await status(utc('2026-10-25T08:59'))).to.equal('Closed now. Opens at 9am today');
    expect(await status(utc('2026-10-25T09:00'))).to.equal('Open now until 6pm');
  });

  it('on Friday night it says the next opening is Saturday at 9am', async () => {
    expect(await status(utc('2026-01-09T23:30'))).to.equal('Closed now. Opens at 9am on Saturday');
  });

});

describe('<helpline-card> on paper', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints the opening hours in words', async () => {
    const el = await card('revenge-porn-helpline', utc('2026-01-05T12:00'));
    await emulateMedia({ media: 'print' });
    expect(visibleText($(el, '[part~="hours"]')!)).to.contain('Monday to Friday, 10am to 4pm, not on bank holidays');
  });

  it('a 24/7 service still prints Open now, which stays true', async () => {
    const el = await card('samaritans', utc('2026-01-05T03:00'));
    await emulateMedia({ media: 'print' });
    expect($(el, '[part~="status"]')!.getClientRects()).to.have.length(1);
  });
});

describe('<helpline-card> for a host service and variants', () => {
  it("shows a host's own service from attributes", async () => {
    const el = await fixture<HelplineCard>(html`<helpline-card name="School wellbeing team"
      description="Talk to us in the library at lunch." phone="020 7946 0000" url="https://school.example.org/wellbeing"
      hours="School days, 12pm to 1pm" eligibility="For our students"></helpline-card>`);
    const text = visibleText(el);
    expect(text).to.contain('School wellbeing team');
    expect(text).to.contain('School days, 12pm to 1pm');
    expect(text).to.contain('For our students');
    expect($(el, 'a[part~="call"]')!.getAttribute('href')).to.equal('tel:+442079460000');
    expect($(el, '[part~="status"]')).to.be.null;
  });

  it('compact shows the name and actions without the description', async () => {
    const el = await fixture<HelplineCard>(html`<helpline-card service="childline" compact></helpline-card>`);
    expect($(el, '[part~="description"]')).to.be.null;
    expect($(el, 'a[part~="call"]')).to.exist;
  });

  it('heading-level fits the host outline', async () => {
    const el = await fixture<HelplineCard>(html`<helpline-card service="childline" heading-level="2"></helpline-card>`);
    expect($(el, 'h2')?.textContent?.trim()).to.equal('Childline');
  });

  it('a host can replace any string', async () => {
    const el = await fixture<HelplineCard>(html`<helpline-card service="childline" strings='{"call":"Ring {number} free"}'></helpline-card>`);
    expect($(el, 'a[part~="call"]')!.textContent).to.contain('Ring 0800 1111 free');
  });
});

describe('<helpline-card> by keyboard', () => {
  it('Tab reaches Call, Copy number and Website in order', async () => {
    const el = await card('childline');
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedIn(el)?.textContent).to.contain('Call 0800 1111');
    await sendKeys({ press: 'Tab' });
    expect(focusedIn(el)?.getAttribute('aria-label')).to.equal('Copy number 0800 1111');
    await sendKeys({ press: 'Tab' });
    expect(focusedIn(el)?.textContent).to.contain('Visit website');
    before.remove();
  });

  /** Press the card's first Copy number button from the keyboard and wait for what a screen reader is told. */
  const pressCopy = async (el: HelplineCard) => {
    const status = $(el, '[aria-live="polite"]')!;
    const before = status.textContent?.trim();
    $(el, 'button[part~="copy"]')!.focus();
    await sendKeys({ press: 'Enter' });
    for (let i = 0; i < 100 && status.textContent?.trim() === before; i++) await new Promise((r) => setTimeout(r, 20));
    return status.textContent?.trim();
  };

  it('pressing Copy number copies the number and says so, in other words the second time', async () => {
    const el = await card('childline');
    await executeServerCommand('clipboard-permission', { setting: 'granted' });
    try {
      await navigator.clipboard.writeText('something else');
      expect(await pressCopy(el)).to.equal('Number copied: 0800 1111');
      expect(await navigator.clipboard.readText()).to.equal('0800 1111');
      // A screen reader drops an announcement that repeats the last one word for word.
      expect(await pressCopy(el)).to.equal('Number copied again: 0800 1111');
    } finally {
      await executeServerCommand('clipboard-permission', { setting: 'prompt' });
    }
  });

  it('where the browser refuses the clipboard, Copy number says so and reads the number out instead', async () => {
    const el = await card('childline');
    await executeServerCommand('clipboard-permission', { setting: 'denied' });
    try {
      expect(await pressCopy(el)).to.equal("Couldn't copy. The number is 0800 1111.");
    } finally {
      await executeServerCommand('clipboard-permission', { setting: 'prompt' });
    }
  });
});

describe('<helpline-card> with bad input', () => {
  it('an unknown service warns with the valid ids and still offers help', async () => {
    let el!: HelplineCard;
    const warnings = await warningsDuring(async () => {
      el = await card('chidline');
    });
    expect(warnings.join('\n')).to.contain('service="chidline" is not valid');
    expect(warnings.join('\n')).to.contain('childline, report-remove');
    expect(visibleText(el)).to.contain('0800 1111');
  });

  it('a malformed phone number warns and leaves out Call, keeping the rest', async () => {
    let el!: HelplineCard;
    const warnings = await warningsDuring(async () => {
      el = await fixture<HelplineCard>(html`<helpline-card name="Help" phone="call me maybe" url="https://example.org"></helpline-card>`);
    });
    expect(warnings.join('\n')).to.contain('phone="call me maybe" is not valid');
    expect($(el, 'a[part~="call"]')).to.be.null;
    expect($(el, 'a[part~="website"]')).to.exist;
  });

  it("a host number that is not valid lets the built-in service's own number show, with a warning", async () => {
    let el!: HelplineCard;
    const warnings = await warningsDuring(async () => {
      el = await fixture<HelplineCard>(html`<helpline-card service="childline" phone="ring us" email="not an address"></helpline-card>`);
    });
    const said = warnings.join('\n');
    expect(said).to.contain('phone="ring us" is not valid');
    expect(said).to.contain('email="not an address" is not valid');
    expect(said).to.contain("a built-in service's own shows instead");
    expect($(el, 'a[part~="call"]')?.getAttribute('href')).to.equal('tel:+448001111');
    expect(visibleText(el)).to.contain('0800 1111').and.not.contain('ring us');
  });

  it('a javascript: URL is never rendered', async () => {
    let el!: HelplineCard;
    const warnings = await warningsDuring(async () => {
      el = await fixture<HelplineCard>(html`<helpline-card name="Help" phone="0800 1111" url="javascript:alert(1)"></helpline-card>`);
    });
    expect(warnings.join('\n')).to.contain('url="javascript:alert(1)" is not valid');
    expect($(el, 'a[part~="website"]')).to.be.null;
    expect($(el, 'a[part~="call"]')).to.exist;
  });

  it('a missing name warns and the card still shows its number', async () => {
    let el!: HelplineCard;
    const warnings = await warningsDuring(async () => {
      el = await fixture<HelplineCard>(html`<helpline-card phone="0800 1111"></helpline-card>`);
    });
    expect(warnings.join('\n')).to.contain('needs a service');
    expect(visibleText(el)).to.contain('Get help');
    expect($(el, 'a[part~="call"]')).to.exist;
    await expect(el).shadowDom.to.be.accessible();
  });

  it('a bad heading-level warns and uses 3', async () => {
    let el!: HelplineCard;
    const warnings = await warningsDuring(async () => {
      el = await fixture<HelplineCard>(html`<helpline-card service="childline" heading-level="9"></helpline-card>`);
    });
    expect(warnings.join('\n')).to.contain('heading-level="9" is not valid');
    expect($(el, 'h3')).to.exist;
  });

  it('a strings attribute that is not JSON warns and keeps English', async () => {
    let el!: HelplineCard;
    const warnings = await warningsDuring(async () => {
      el = await fixture<HelplineCard>(html`<helpline-card service="childline" strings="{oops"></helpline-card>`);
    });
    expect(warnings.join('\n')).to.contain('not valid JSON');
    expect($(el, 'a[part~="call"]')!.textContent).to.contain('Call 0800 1111');
  });
});

describe('<helpline-card>: what a card shows is what it dials', () => {
  const tel = (el: HelplineCard) => $(el, 'a[part~="call"]')?.getAttribute('href');

  it('a Call label override without {number} warns and the default label is used', async () => {
    let el!: HelplineCard;
    const warnings = await warningsDuring(async () => {
      el = await fixture<HelplineCard>(html`<helpline-card name="School nurse" phone="999"
        strings='{"call":"Call Childline free on 0800 1111"}'></helpline-card>`);
    });
    expect($(el, 'a[part~="call"]')!.textContent).to.equal('Call 999');
    expect(warnings.join('\n')).to.contain('the string "call" ("Call Childline free on 0800 1111", from strings, setStrings() or data-ypsi-strings) does not contain {number}');
  });

  it('a Text label or Copy name override without {number} is refused the same way', async () => {
    let el!: HelplineCard;
    const warnings = await warningsDuring(async () => {
      el = await fixture<HelplineCard>(html`<helpline-card service="shout" strings='{"text":"Text us","copyLabel":"Copy"}'></helpline-card>`);
    });
    // What a reader sees and hears is the default wording, with the keyword and number it sends.
    const text = $(el, 'a[part~="text"]')!;
    expect(text.textContent!.trim()).to.equal('Text SHOUT to 85258');
    expect(text.getAttribute('href')).to.equal('sms:85258?&body=SHOUT');
    expect(visibleText(el)).not.to.contain('Text us');
    // Shout has no number to call, so Copy is seen on a card that has one.
    let childline!: HelplineCard;
    warnings.push(...(await warningsDuring(async () => {
      childline = await fixture<HelplineCard>(html`<helpline-card service="childline" strings='{"copyLabel":"Copy"}'></helpline-card>`);
    })));
    expect($(childline, 'button[part~="copy"]')!.getAttribute('aria-label')).to.equal('Copy number 0800 1111');
    const said = warnings.join('\n');
    expect(said).to.contain('the string "text" ("Text us", from strings, setStrings() or data-ypsi-strings) does not contain {keyword} and {number}');
    expect(said).to.contain('the string "copyLabel" ("Copy", from strings, setStrings() or data-ypsi-strings) does not contain {number}');
  });

  for (const [written, dials] of [
    ['0044 800 1111', 'tel:+448001111'],
    ['+44 (0)20 7946 0000', 'tel:+442079460000'],
    ['0044 (0)20 7946 0000', 'tel:+442079460000'],
    ['(020) 7946-0000', 'tel:+442079460000'],
  ]) {
    it(`"${written}" dials ${dials}`, async () => {
      const el = await fixture<HelplineCard>(html`<helpline-card name="School" phone=${written}></helpline-card>`);
      expect(tel(el)).to.equal(dials);
    });
  }

  it('"+44 020 7946 0000" (the 0 kept after +44) is refused with a warning naming the attribute', async () => {
    let el!: HelplineCard;
    const warnings = await warningsDuring(async () => {
      el = await fixture<HelplineCard>(html`<helpline-card name="School" phone="+44 020 7946 0000"></helpline-card>`);
    });
    expect(tel(el)).to.equal(undefined);
    expect(warnings.join('\n')).to.contain('phone="+44 020 7946 0000" is not valid');
  });

  for (const bad of ['help@school.org?bcc=someone@elsewhere.org', 'help@school.org?body=hi', 'help@school.org&cc=x@y.org', 'a b@school.org']) {
    it(`email="${bad}" is refused: only a bare address`, async () => {
      let el!: HelplineCard;
      const warnings = await warningsDuring(async () => {
        el = await fixture<HelplineCard>(html`<helpline-card name="School" email=${bad}></helpline-card>`);
      });
      expect($(el, 'a[part~="email"]')).to.equal(null);
      expect(warnings.join('\n')).to.contain('email=');
    });
  }

  it('a plain address still gets its Email link', async () => {
    const el = await fixture<HelplineCard>(html`<helpline-card name="School" email="pastoral.team+help@school.example.org"></helpline-card>`);
    expect($(el, 'a[part~="email"]')!.getAttribute('href')).to.equal('mailto:pastoral.team+help@school.example.org');
  });

  it('in right-to-left text the number is isolated, so it reads 0800 1111 and not 1111 0800', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar">
      <helpline-card service="childline" strings='{"call":"اتصل {number}"}'></helpline-card></div>`);
    const el = wrap.querySelector<HelplineCard>('helpline-card')!;
    await el.updateComplete;
    const number = $(el, 'a[part~="call"] bdi')!;
    expect(number.textContent).to.equal('0800 1111');
    // Laid out left to right inside the right-to-left label: "0800" sits left of "1111".
    const range = document.createRange();
    const text = [...number.childNodes].find((node) => node.nodeType === Node.TEXT_NODE)!;
    range.setStart(text, 0);
    range.setEnd(text, 4);
    const first = range.getBoundingClientRect().left;
    range.setStart(text, 5);
    range.setEnd(text, 9);
    expect(first).to.be.lessThan(range.getBoundingClientRect().left);
  });

  for (const blank of ['\u2800', '\u3164', '\u115f\u1160', '\uffa0', '\u200b\u2800']) {
    it(`a name of only U+${blank.codePointAt(0)!.toString(16).toUpperCase()} counts as blank`, async () => {
      await warningsDuring(async () => {
        const el = await fixture<HelplineCard>(html`<helpline-card service="childline" name=${blank}></helpline-card>`);
        expect($(el, '[part~="heading"]')!.textContent!.trim()).to.equal('Childline');
      });
    });
  }

  it('a string of only blank-looking characters warns and the default is used', async () => {
    let el!: HelplineCard;
    const warnings = await warningsDuring(async () => {
      el = await fixture<HelplineCard>(html`<helpline-card service="childline" strings='{"website":"\u2800\u3164"}'></helpline-card>`);
    });
    expect($(el, 'a[part~="website"]')!.textContent).to.contain('Visit website');
    expect(warnings.join('\n')).to.contain('strings.website must be a non-empty string');
  });
});
