/**
 * A translation pack is possible before one is written: every state of every element, under each
 * pseudo-locale (tests/support/pseudo-locale.ts, installed with addTranslation as a real pack would
 * be), at 320 px, shows no English left, passes axe's WCAG 2.2 A/AA rules, does not scroll
 * sideways, and on a right-to-left page is mirrored.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { addTranslation } from '../src/core/strings.js';
import { SERVICES } from '../src/content/services.js';
import { LAW_FACTS } from '../src/content/law.js';
import { EXAMPLES, type Example } from './support/examples/index.js';
import { deepElements, label, mount, wrapperOf, type Mounted } from './support/states.js';
import { describeViolation, wcagViolations } from './support/axe.js';
import { PSEUDO_LOCALES, ALL_STRINGS, contentSentences, pseudo } from './support/pseudo-locale.js';

/** Names and addresses that stay as they are in any language: services, sources, fact ids, keywords. */
const KEPT_NAMES = [
  ...Object.values(SERVICES).flatMap((s) => [s.name, ...('text' in s && s.text.keyword ? [s.text.keyword] : [])]),
  ...Object.values(LAW_FACTS).flatMap((f) => [f.label, ...(f.also ? [f.also.label] : [])]),
  ...Object.keys(LAW_FACTS),
].sort((a, b) => b.length - a.length);

/** What is left of `text` once kept names (and the host's own words), fact ids, addresses and numbers are taken out. */
function withoutKept(text: string, own: readonly string[]): string {
  // Addresses first (a name may be inside one), then names (some hold digits: stem4), then numbers.
  let rest = text.replace(/\S+@\S+|https?:\/\/\S+|\b[\w-]+(?:\.[\w-]+)+\b/gu, ' ');
  for (const name of [...own, ...KEPT_NAMES]) rest = rest.split(name).join(' ');
  return rest.replace(/\p{Nd}+/gu, ' ');
}

/** Every piece of text a reader sees or hears in `host` (hidden text for screen readers included) that is still English. */
function englishLeft(host: HTMLElement): string[] {
  // A host's own words (a school's service name, description, hours) are its own to translate.
  const own = [...host.attributes].map((a) => a.value).filter((value) => value.length > 2);
  const left: string[] = [];
  for (const el of [host, ...deepElements(host.shadowRoot ?? host)]) {
    const label = el.getAttribute('aria-label');
    if (label && /[A-Za-z]{2}/.test(withoutKept(label, own))) left.push(`aria-label "${label}"`);
    if (el.localName === 'style' || !el.checkVisibility()) continue;
    for (const node of el.childNodes) {
      const text = node.nodeType === Node.TEXT_NODE ? node.textContent!.trim() : '';
      if (text && /[A-Za-z]{2}/.test(withoutKept(text, own))) left.push(`<${el.localName}> "${text}"`);
    }
  }
  return left;
}

/** On a right-to-left page a widget's heading starts at its right edge. */
function mirrorFault(host: HTMLElement): string {
  const root = host.shadowRoot!;
  const heading = root.querySelector<HTMLElement>('#heading, h2, h3, h4, h5, h6');
  if (!heading) return 'no heading';
  if (getComputedStyle(heading).direction !== 'rtl') return 'the heading is not right to left';
  const range = document.createRange();
  range.selectNodeContents(heading);
  const words = range.getBoundingClientRect();
  const box = heading.getBoundingClientRect();
  return box.right - words.right > 2 ? `the heading's words end ${Math.round(box.right - words.right)}px left of its right edge` : '';
}

/** Would this element's own overflow make a scrollbar, or clip what is inside it? */
const clipsOrScrolls = (el: Element): boolean => !['visible', ''].includes(getComputedStyle(el).overflowX);

function sidewaysOverflow(host: HTMLElement): string[] {
  const faults: string[] = [];
  if (host.scrollWidth > host.clientWidth + 1) faults.push(`the widget is ${host.scrollWidth}px wide inside ${host.clientWidth}px`);
  for (const el of deepElements(host.shadowRoot ?? host)) {
    const rect = el.getBoundingClientRect();
    if (clipsOrScrolls(el) && rect.width > 1 && el.scrollWidth > el.clientWidth + 1) {
      faults.push(`<${el.localName} class="${el.getAttribute('class') ?? ''}"> scrolls or clips sideways: ${el.scrollWidth}px in ${el.clientWidth}px`);
    }
  }
  const page = document.documentElement;
  if (page.scrollWidth > page.clientWidth + 1) faults.push(`the page scrolls sideways: ${page.scrollWidth}px in ${page.clientWidth}px`);
  return faults;
}

describe('the pseudo-locales themselves', () => {
  it('replace every string and every content sentence, about 35% longer, keeping placeholders and numbers', () => {
    const english = [...Object.values(ALL_STRINGS), ...contentSentences()];
    expect(english.length).to.be.greaterThan(300);
    const longer = english.map((text) => pseudo(text)).join('').length / english.join('').length;
    expect(longer).to.be.within(1.25, 1.5);
    for (const text of english) {
      const said = pseudo(text);
      expect(said, text).not.to.equal(text);
      expect(said.match(/\{\w+\}|\p{Nd}+/gu) ?? [], text).to.deep.equal(text.match(/\{\w+\}|\p{Nd}+/gu) ?? []);
    }
  });
});

for (const locale of PSEUDO_LOCALES) {
  describe(`every state in the ${locale.name} pseudo-locale, at 320 px`, function () {
    this.timeout(180_000);
    const found = new Map<string, string[]>();
    const page = document.createElement('main');

    before(async () => {
      await setViewport({ width: 320, height: 640 });
      document.documentElement.lang = locale.lang;
      document.documentElement.dir = locale.dir;
      addTranslation(locale.pack);
      document.body.append(page);
      for (const tag of new Set(EXAMPLES.map((example) => example.tag))) {
        const mounted: Mounted[] = [];
        for (const example of EXAMPLES.filter((e) => e.tag === tag)) {
          found.set(label(example), []);
          try {
            mounted.push(await mount(example, page));
          } catch (error) {
            found.get(label(example))!.push(`could not be put into its state: ${String(error)}`);
          }
        }
        for (const { example, host } of mounted) {
          const faults = found.get(label(example))!;
          faults.push(...englishLeft(host).map((text) => `English left: ${text}`));
          faults.push(...sidewaysOverflow(host));
          const mirror = locale.dir === 'rtl' ? mirrorFault(host) : '';
          if (mirror) faults.push(`not mirrored: ${mirror}`);
        }
        for (const violation of await wcagViolations(page)) {
          const key = wrapperOf(violation.node.element ?? null)?.dataset.example;
          found.get(key ?? '')?.push(describeViolation(violation)) ?? found.set('(outside any example)', [describeViolation(violation)]);
        }
        page.replaceChildren();
      }
    });

    after(async () => {
      page.remove();
      document.documentElement.lang = 'en';
      document.documentElement.dir = '';
      await setViewport({ width: 800, height: 600 });
    });

    for (const example of EXAMPLES as Example[]) {
      it(`${label(example)}: every word translated, no axe violation, no sideways scrolling${locale.dir === 'rtl' ? ', mirrored' : ''}`, () => {
        const faults = found.get(label(example)) ?? ['never checked'];
        expect(faults, `\n${faults.join('\n')}\n`).to.deep.equal([]);
      });
    }

    it('nothing outside the examples is flagged', () => {
      expect(found.get('(outside any example)') ?? []).to.deep.equal([]);
    });
  });
}
