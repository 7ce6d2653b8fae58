import { expect, fixture } from '@open-wc/testing';
import * as cdnEntry from '../src/ypsi-widgets.js';
import { addTranslation, setStrings } from '../src/core/strings.js';
import { HelpPanel } from '../src/help-panel/help-panel.js';
import { EXAMPLES, TAGS } from './support/examples/index.js';
import { $, visibleText, warningsDuring } from './support/helpers.js';

/**
 * Issue #6, "Localisation": every visible and announced string can be replaced by the host, per element
 * (`strings`) and once per page for all (`setStrings()` or a JSON block); unknown keys warn with the
 * valid ones; English stays the fallback.
 */

type Widget = HTMLElement & { updateComplete: Promise<unknown>; requestUpdate(): void; strings?: Record<string, string> };

/** An element type's English strings (the protected `defaultStrings` every widget implements). */
const defaultsOf = (el: Element) => (el as unknown as { defaultStrings: Record<string, string> }).defaultStrings;

/** Give the tick a moment: page-wide keys are checked after a round of renders. */
const afterRenders = () => new Promise((resolve) => setTimeout(resolve, 20));

const card = (markup = '<helpline-card service="childline"></helpline-card>') => {
  const holder = document.createElement('div');
  holder.append(document.createRange().createContextualFragment(markup));
  return fixture<Widget>(holder.firstElementChild as HTMLElement);
};

describe('changing the words for the whole page', () => {
  afterEach(() => {
    // Page-wide strings are page state: put English back for the next story.
    setStrings({ website: 'Visit website', call: 'Call {number}' });
  });

  it('a page that loads only the CDN bundle renames a button with the setStrings it exports', async () => {
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/tests/pages/plain-cdn.html';
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow as Window & typeof globalThis;
      await win.customElements.whenDefined('helpline-card');
      const el = frame.contentDocument!.querySelector<Widget>('helpline-card')!;
      await el.updateComplete;
      expect($(el, '[part~="website"]')!.textContent).to.contain('Visit website');
      // The bundle's own module, as the page loaded it (the same URL gives the same module).
      const bundle = (await win.eval("import('/cdn/ypsi-widgets.js')")) as typeof cdnEntry;
      bundle.setStrings({ website: 'Go to website' });
      await el.updateComplete;
      expect($(el, '[part~="website"]')!.textContent).to.contain('Go to website').and.not.contain('Visit website');
    } finally {
      frame.remove();
    }
  });

  it('a school renames "Visit website" and every card already on the page changes', async () => {
    const a = await card();
    const b = await card('<helpline-card service="nspcc"></helpline-card>');
    setStrings({ website: 'Go to website' });
    await a.updateComplete;
    await b.updateComplete;
    expect($(a, '[part~="website"]')!.textContent).to.contain('Go to website');
    expect($(b, '[part~="website"]')!.textContent).to.contain('Go to website');
    // A card added afterwards has the new words from its first render (YoungMinds has a website).
    const later = await card('<helpline-card service="youngminds"></helpline-card>');
    expect($(later, '[part~="website"]')!.textContent).to.contain('Go to website');
    expect(visibleText(later)).not.to.contain('Visit website');
  });

  it('strings for one element type change only that type', async () => {
    const el = await card();
    setStrings({ call: 'Ring {number}' }, 'helpline-card');
    await el.updateComplete;
    expect($(el, '[part~="call"]')!.textContent).to.contain('Ring 0800 1111');
    setStrings({ call: 'Call {number}' }, 'helpline-card');
  });

  it('strings for one element type also reach it under a name the host chose', async () => {
    customElements.define('school-helpline-card', class extends cdnEntry.HelplineCard {});
    const el = await card('<school-helpline-card service="childline"></school-helpline-card>');
    setStrings({ call: 'Ring {number}' }, 'helpline-card');
    await el.updateComplete;
    expect($(el, '[part~="call"]')!.textContent).to.contain('Ring 0800 1111');
    setStrings({ call: 'Call {number}' }, 'helpline-card');
  });

  it("an element's own strings win over the page's", async () => {
    setStrings({ call: 'Phone {number}' });
    const el = await card(`<helpline-card service="samaritans" strings='{"call":"Ring {number}"}'></helpline-card>`);
    expect($(el, '[part~="call"]')!.textContent).to.contain('Ring 116 123');
  });

  it('a page-wide key that no widget on the page uses warns once, naming the valid keys', async () => {
    await card();
    const warnings = await warningsDuring(async () => {
      setStrings({ webiste: 'Go to website', website: 'Go to website' });
      setStrings({ webiste: 'Go to website' });
      await afterRenders();
    });
    const about = warnings.filter((w) => w.includes('"webiste"'));
    expect(about).to.have.length(1);
    expect(about[0]).to.contain('no widget on this page uses it').and.contain('Valid keys:').and.contain('website');
    expect(warnings.filter((w) => w.includes('"website"'))).to.deep.equal([]);
  });

  it('a blank or non-text page-wide value warns and English stays', async () => {
    const el = await card();
    const warnings = await warningsDuring(async () => {
      setStrings({ copy: '   ', call: 42 as unknown as string });
      await el.updateComplete;
    });
    expect($(el, '[part~="copy"]')!.textContent).to.equal('Copy number');
    expect($(el, '[part~="call"]')!.textContent).to.contain('Call 0800 1111');
    expect(warnings.join('\n')).to.contain('copy must be a non-empty string').and.contain('call must be a non-empty string');
    setStrings({ copy: 'Copy number' });
  });

  it('a CMS page with no inline script sets them with JSON blocks, under the strict CSP', async () => {
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/tests/pages/declarative-strings.html?csp=strict';
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    await frame.contentWindow!.customElements.whenDefined('helpline-card');
    const [nspcc, samaritans] = [...doc.querySelectorAll<Widget>('helpline-card')];
    await nspcc.updateComplete;
    await samaritans.updateComplete;
    expect($(nspcc, '[part~="website"]')!.textContent).to.contain('Open their website');
    expect($(nspcc, '[part~="call"]')!.textContent).to.contain('Phone 0808 800 5000');
    expect($(samaritans, '[part~="call"]')!.textContent).to.contain('Ring 116 123');
    frame.remove();
  });
});

describe('changing the words on one element', () => {
  it('an unknown key warns once with the valid keys, and English stays for the rest', async () => {
    let el!: Widget;
    const warnings = await warningsDuring(async () => {
      el = await card(`<helpline-card service="childline" strings='{"cal":"Ring {number}"}'></helpline-card>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('strings has an unknown key "cal"').and.contain('Valid keys: call, text');
    expect($(el, '[part~="call"]')!.textContent).to.contain('Call 0800 1111');
  });

  it('keys every object has (constructor, toString, __proto__) are unknown keys too, and a placeholder named after one stays as written', async () => {
    let el!: Widget;
    const warnings = await warningsDuring(async () => {
      el = await card(
        `<helpline-card service="childline" strings='{"constructor":"A","toString":"B","hasOwnProperty":"C","website":"Visit {toString}"}'></helpline-card>`,
      );
    });
    for (const key of ['constructor', 'toString', 'hasOwnProperty']) {
      expect(warnings.join('\n'), key).to.contain(`strings has an unknown key "${key}"`);
    }
    // Not the source text of Object.prototype.toString: "{toString}" is no value that was given.
    expect($(el, '[part~="website"]')!.textContent).to.contain('Visit {toString}').and.not.contain('function');
    expect($(el, '[part~="call"]')!.textContent).to.contain('0800 1111');
  });

  it('page-wide, constructor and toString are keys no widget uses', async () => {
    await card();
    const warnings = await warningsDuring(async () => {
      setStrings(JSON.parse('{"constructor":"A","toString":"B"}'));
      await afterRenders();
    });
    for (const key of ['constructor', 'toString']) {
      expect(warnings.join('\n'), key).to.contain(`unknown key "${key}": no widget on this page uses it`);
    }
  });

  it('the strings property takes an object, and the element re-renders', async () => {
    const el = await card();
    el.strings = { copy: 'Copy' };
    await el.updateComplete;
    expect($(el, '[part~="copy"]')!.textContent).to.equal('Copy');
  });

  it('with every key replaced, no English default is left in <helpline-card>, visible or announced', async () => {
    // The host's own service, so no content text (descriptions, hours) can look like a left-over string.
    const el = await card(
      '<helpline-card name="Test line" phone="020 7946 0000" text-number="85258" text-keyword="HI" email="help@example.org" url="https://example.org/"></helpline-card>',
    );
    const defaults = defaultsOf(el);
    // A label that dials, texts, writes or copies must keep its placeholders (what it says is what it does).
    const kept = (value: string) => (value.match(/\{(number|keyword|address)\}/g) ?? []).join(' ');
    el.strings = Object.fromEntries(Object.entries(defaults).map(([key, value]) => [key, `«${key}» ${kept(value)}`.trim()]));
    await el.updateComplete;
    const text = [visibleText(el), ...[...el.shadowRoot!.querySelectorAll('[aria-label]')].map((n) => n.getAttribute('aria-label'))].join(' ');
    for (const [key, value] of Object.entries(defaults)) {
      const fixed = value.split('{')[0].trim();
      if (fixed.length > 8) expect(text, key).not.to.contain(fixed);
    }
    expect(text).to.contain('«call»').and.contain('«copyLabel»').and.contain('«text»').and.contain('«newTab»');
  });
});

describe('every widget takes replacement strings', () => {
  for (const tag of TAGS) {
    const example = EXAMPLES.find((e) => e.tag === tag && !e.interact);
    if (!example) continue;
    it(`<${tag}> shows host words for its keys, with no unknown-key warning`, async () => {
      await import('../src/ypsi-widgets.js');
      const el = await card(example.markup);
      const keys = Object.keys(defaultsOf(el));
      expect(keys.length).to.be.greaterThan(0);
      const warnings = await warningsDuring(async () => {
        el.strings = Object.fromEntries(keys.map((key) => [key, `«${key}»`]));
        await el.updateComplete;
      });
      expect(warnings.filter((w) => w.includes('unknown key'))).to.deep.equal([]);
      expect(visibleText(el)).to.match(/«\w+»/);
    });
  }
});

describe('counted words take the plural form of the widget\'s language', () => {
  type Explainer = Widget & { shadowRoot: ShadowRoot };
  const showAll = async (markup: string) => {
    const holder = document.createElement('div');
    holder.innerHTML = markup;
    const outer = await fixture<HTMLElement>(holder.firstElementChild as HTMLElement);
    const el = (outer.localName === 'law-explainer' ? outer : outer.querySelector('law-explainer')) as Explainer;
    await el.updateComplete;
    $(el, '[part~="show-all"]')!.click();
    await el.updateComplete;
    return $(el, '[part~="controls-status"]')!.textContent!.trim();
  };

  it('English: "1 section shown." and "2 sections shown."', async () => {
    await import('../src/ypsi-widgets.js');
    expect(await showAll('<law-explainer sections="who"></law-explainer>')).to.equal('1 section shown.');
    expect(await showAll('<law-explainer sections="who,what"></law-explainer>')).to.equal('2 sections shown.');
  });

  it("a translation's own category (Welsh \"two\") is used where the page's language needs it, and .other elsewhere", async () => {
    await import('../src/ypsi-widgets.js');
    const words = `strings='{"shown.two":"Dwy adran.","shown.other":"{count} adran."}'`;
    let said: string[] = [];
    const warnings = await warningsDuring(async () => {
      said = [
        await showAll(`<div lang="cy"><law-explainer sections="who,what" ${words}></law-explainer></div>`),
        await showAll(`<div lang="cy"><law-explainer sections="who,what,illegal" ${words}></law-explainer></div>`),
      ];
    });
    expect(said).to.deep.equal(['Dwy adran.', '3 adran.']);
    expect(warnings.filter((w) => w.includes('unknown key'))).to.deep.equal([]);
  });
});

describe('a translation pack', () => {
  const inLanguage = async (lang: string, markup: string) => {
    const holder = document.createElement('div');
    holder.lang = lang;
    holder.innerHTML = markup;
    const outer = await fixture<HTMLElement>(holder);
    const el = outer.firstElementChild as Widget;
    await el.updateComplete;
    return el;
  };

  it('gives a Welsh page (cy-GB) the Welsh words, strings and content sentences alike, with the number from the directory', async () => {
    addTranslation({
      lang: 'cy',
      strings: { text: 'Tecstiwch {keyword} i {number}', free: 'Am ddim' },
      content: { 'Text support, any time, when you need to talk to someone.': 'Cymorth drwy neges destun, unrhyw bryd.' },
    });
    const el = await inLanguage('cy-GB', '<helpline-card service="shout"></helpline-card>');
    expect($(el, '[part~="text"]')!.textContent).to.contain('Tecstiwch SHOUT i 85258');
    expect($(el, '[part~="description"]')!.textContent).to.equal('Cymorth drwy neges destun, unrhyw bryd.');
    expect(visibleText(el)).to.contain('Am ddim').and.contain('Shout');
    // An English page nearby keeps the English.
    const english = await inLanguage('en', '<helpline-card service="shout"></helpline-card>');
    expect($(english, '[part~="text"]')!.textContent).to.contain('Text SHOUT to 85258');
  });

  it("a host's own strings still win over the pack", async () => {
    addTranslation({ lang: 'pl', strings: { text: 'SMS {keyword} na {number}' } });
    const el = await inLanguage('pl', `<helpline-card service="shout" strings='{"text":"Napisz {keyword} na {number}"}'></helpline-card>`);
    expect($(el, '[part~="text"]')!.textContent).to.contain('Napisz SHOUT na 85258');
  });

  it('a translated sentence that changes a number is not shown: the English is, with a warning naming it', async () => {
    let el!: Widget;
    const warnings = await warningsDuring(async () => {
      addTranslation({
        lang: 'xx',
        content: { 'Call 999 if someone is in danger right now. Call 101 to report something that is not an emergency.': 'Xall 998 xx. Xall 101 xx.' },
      });
      el = await inLanguage('xx', '<helpline-card service="police"></helpline-card>');
    });
    expect($(el, '[part~="description"]')!.textContent).to.contain('Call 999 if someone is in danger right now.');
    expect(warnings.join('\n')).to.contain('"xx" translation of "Call 999').and.contain('does not keep its numbers (999 101)');
  });
});

/**
 * Compile-time checks, run by `npm run typecheck` (tsc fails on an @ts-expect-error that is not an
 * error): every key is typed, the situations' included. Never called.
 */
export class TypedKeysCheck extends HelpPanel {
  check(): string[] {
    return [
      this.t('shared.y1'),
      this.t('sextortion.label'),
      this.t('shiftLeft', { count: 2 }),
      // @ts-expect-error a key no string table has
      this.t('no-such-key'),
      // @ts-expect-error a situation step that does not exist
      this.t('shared.y9'),
      // @ts-expect-error a plural form is chosen by its count, not named
      this.t('shiftLeft.few'),
    ];
  }
}
