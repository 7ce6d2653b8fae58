import { expect, fixture } from '@open-wc/testing';
import '../src/ypsi-widgets.js';
import { JURISDICTION_IDS } from '../src/content/jurisdictions.js';
import { JURISDICTIONS } from '../src/content/law.js';
import { SCENARIO_IDS } from '../src/content/consequences.js';
import { SERVICES, isOpenToAge } from '../src/content/services.js';
import { SITUATION_IDS } from '../src/content/situations.js';
import { $ } from './support/helpers.js';
import { readability } from './support/readability.js';

/**
 * Reading level of every element, measured over what a reader sees (innerText), with every section,
 * stage and situation open and every myth answered. Flesch–Kincaid grade: a young reader (11–14) gets
 * text at grade 5 or below overall in each element and no sentence above grade 8; a teen reader of
 * the law (15–18) grade 8 overall. Thresholds are not loosened: when a test fails, the words are
 * made shorter.
 */
const YOUNG_OVERALL = 5;
const YOUNG_SENTENCE = 8;
const TEEN_OVERALL = 8;

/**
 * Names of services, laws and bodies are what a reader needs to find them, so a sentence is measured
 * with each name read as one short word.
 */
const NAMES = [
  ...Object.values(SERVICES).map((s) => s.name),
  ...Object.values(JURISDICTIONS).flatMap((j) => [j.imageLaw, j.haveLaw]),
  'Internet Watch Foundation',
  'Designated Safeguarding Lead',
  'Online Safety Act 2023',
  'Sexual Offences Act 2003',
  'Child Protection Advisor',
  'Outcome 21',
].sort((a, b) => b.length - a.length);
// A phone number is a name too: it is read digit by digit, which is easy however many digits it has.
const withoutNames = (text: string) =>
  NAMES.reduce((t, name) => t.split(name).join('Name'), text).replace(/\b\d{3,}(?: \d{3,})*\b/g, 'Name');

/**
 * The sentences of rendered text: what ends in . ! or ? and has at least four words. Headings, buttons
 * and labels ("Copy number", "What's happening?") are not sentences, and the Flesch–Kincaid formula
 * means nothing for two or three words; they still count in each element's overall grade.
 */
const sentencesOf = (text: string) =>
  text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /[.!?]$/.test(s) && s.split(/\s+/).length >= 4);

async function shown(markup: string, open: (el: HTMLElement) => Promise<void> = async () => {}): Promise<string> {
  const wrap = await fixture<HTMLDivElement>(`<div>${markup}</div>`);
  const el = wrap.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  await el.updateComplete;
  await open(el);
  await el.updateComplete;
  const cards = [...el.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('helpline-card')];
  await Promise.all(cards.map((c) => c.updateComplete));
  // A card's text is in its own shadow root: read it in place of the card.
  const own = (el.shadowRoot!.querySelector('[part~="base"]') as HTMLElement).innerText;
  return [own, ...cards.map((c) => (c.shadowRoot!.querySelector('[part~="base"]') as HTMLElement).innerText)].join('\n');
}

const openLaw = async (el: HTMLElement) => {
  $(el, '[part~="show-all"]')!.click();
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  // Answer every myth, so the answers and their reasons are measured too.
  for (const button of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="choice"]')) button.click();
};

/** What a young person can be shown in each element, one text per state. */
const youngStates: [string, () => Promise<string>][] = [
  ...JURISDICTION_IDS.map((j): [string, () => Promise<string>] => [
    `<law-explainer level="young" jurisdiction="${j}">`,
    () => shown(`<law-explainer level="young" jurisdiction="${j}"></law-explainer>`, openLaw),
  ]),
  ...['', ...SITUATION_IDS].map((s): [string, () => Promise<string>] => [
    `<help-panel audience="young-person" situation="${s}">`,
    () => shown(`<help-panel audience="young-person"${s ? ` situation="${s}"` : ''}></help-panel>`),
  ]),
  ...SCENARIO_IDS.map((s): [string, () => Promise<string>] => [
    `<consequences-timeline scenario="${s}" show-all>`,
    () => shown(`<consequences-timeline scenario="${s}" show-all></consequences-timeline>`),
  ]),
  ...Object.values(SERVICES)
    .filter((s) => isOpenToAge(s, 11) && isOpenToAge(s, 17))
    .map((s): [string, () => Promise<string>] => [
      `<helpline-card service="${s.id}">`,
      () => shown(`<helpline-card service="${s.id}"></helpline-card>`),
    ]),
];

describe('reading level: what a young person (11–14) reads', function () {
  this.timeout(60_000);
  for (const [name, render] of youngStates) {
    it(`${name}: grade ${YOUNG_OVERALL} or below overall, no sentence above grade ${YOUNG_SENTENCE}`, async () => {
      const text = await render();
      const overall = await readability(withoutNames(text));
      expect(overall.words, 'words measured').to.be.greaterThan(5);
      expect(overall.grade, `overall grade of ${name}`).to.be.at.most(YOUNG_OVERALL);
      const hard: string[] = [];
      for (const sentence of sentencesOf(text)) {
        const { grade } = await readability(withoutNames(sentence));
        if (grade > YOUNG_SENTENCE) hard.push(`${grade.toFixed(1)}: ${sentence}`);
      }
      expect(hard, 'sentences above grade 8').to.deep.equal([]);
    });
  }
});

describe('reading level: the law for a teen reader (15–18)', function () {
  this.timeout(30_000);
  for (const jurisdiction of JURISDICTION_IDS) {
    it(`${jurisdiction}: grade ${TEEN_OVERALL} or below overall`, async () => {
      const text = await shown(`<law-explainer level="teen" jurisdiction="${jurisdiction}"></law-explainer>`, openLaw);
      expect(text).not.to.contain('legislation.gov.uk');
      const score = await readability(text);
      expect(score.words, 'words measured').to.be.greaterThan(200);
      expect(score.grade).to.be.at.most(TEEN_OVERALL);
    });
  }
});

describe('reading level: the measure itself', () => {
  it('a plain sentence scores low and a legal one scores high', async () => {
    expect((await readability('The cat sat on the mat. It was a big cat.')).grade).to.be.below(2);
    const legal = await readability(
      'Prosecution necessitates authorisation from the Director of Public Prosecutions, notwithstanding jurisdictional considerations.',
    );
    expect(legal.grade).to.be.above(12);
  });

  it('a hard sentence among easy ones is found: the per-sentence check catches what the average hides', async () => {
    const text = 'Call us now. We can help you. Talk to us today. For anyone worried about their own or someone else\'s sexual thoughts or behaviour towards children.';
    expect((await readability(text)).grade).to.be.below(YOUNG_SENTENCE);
    const grades = await Promise.all(sentencesOf(text).map(async (s) => (await readability(s)).grade));
    expect(Math.max(...grades)).to.be.above(YOUNG_SENTENCE);
  });
});

// Blaming words never appear, in any element, for any reader.
const BLAMING = [
  /you should have known/i,
  // "It is not your fault" is what we want to say; only an unnegated "your fault" blames.
  /(?<!not |never |still not )your (own )?fault/i,
  /you asked for it/i,
  /you were (stupid|silly|naive)/i,
  /\bstupid\b/i,
  /\bshame(ful)?\b/i,
  /\bslut/i,
  /\bdeserve/i,
  /only yourself to blame/i,
  /why did you/i,
];

describe('wording never blames', function () {
  this.timeout(60_000);
  const states = [
    ...JURISDICTION_IDS.flatMap((j) => ['young', 'teen', 'adult'].map((l) => `<law-explainer jurisdiction="${j}" level="${l}"></law-explainer>`)),
    ...['young-person', 'parent', 'professional'].flatMap((a) => SITUATION_IDS.map((s) => `<help-panel audience="${a}" situation="${s}"></help-panel>`)),
    ...SCENARIO_IDS.map((s) => `<consequences-timeline scenario="${s}" show-all></consequences-timeline>`),
  ];
  for (const markup of states) {
    it(`no blaming phrase in ${markup}`, async () => {
      const text = await shown(markup, markup.startsWith('<law') ? openLaw : undefined);
      for (const phrase of BLAMING) {
        expect(text, String(phrase)).not.to.match(phrase);
      }
    });
  }
});
