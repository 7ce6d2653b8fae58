import { expect } from '@open-wc/testing';
import { JURISDICTIONS } from '../src/content/law.js';
import { SERVICES, isOpenToAge, type ServiceId } from '../src/content/services.js';
import { EXAMPLES, type Example } from './support/examples/index.js';
import { label, mount } from './support/states.js';
import { readability } from './support/readability.js';

/**
 * Reading level and wording of every element, over the states in the example catalogues
 * (src/<element>/<element>.examples.ts), the one place they are checked. Reading level is measured
 * over what a reader sees (innerText), with every section, stage and situation open and every myth
 * answered. Flesch–Kincaid grade: a young reader (11–14) gets
 * text at grade 5 or below overall in each element and no sentence above grade 8; a teen reader of
 * the law (15–18) and the adults' panel grade 8 overall. Thresholds are not loosened: when a test
 * fails, the words are made shorter.
 */
const YOUNG_OVERALL = 5;
const YOUNG_SENTENCE = 8;
const TEEN_OVERALL = 8;
const ADULT_OVERALL = 8;

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

/** What a reader sees of an example in its state: its own text, then each card inside it. */
async function shown(example: Example): Promise<string> {
  const { wrapper, host } = await mount(example);
  try {
    const cards = [...host.shadowRoot!.querySelectorAll<HTMLElement>('helpline-card')];
    // A card's text is in its own shadow root: read it in place of the card.
    return [host, ...cards].map((el) => (el.shadowRoot!.querySelector('[part~="base"]') as HTMLElement).innerText).join('\n');
  } finally {
    wrapper.remove();
  }
}

const attribute = (example: Example, name: string) => example.attributes?.[name];

/**
 * What a young person (11–14) can be shown: the law at the young level, the panel for a young person,
 * every timeline with all its stages, and each card of a service open to 11- to 17-year-olds.
 */
const isForYoungReader = (example: Example): boolean => {
  switch (example.tag) {
    case 'law-explainer':
      return attribute(example, 'level') === 'young' && example.name.endsWith('all open');
    case 'help-panel':
      return attribute(example, 'audience') === 'young-person';
    case 'consequences-timeline':
      return attribute(example, 'show-all') === true;
    default: {
      const service = SERVICES[attribute(example, 'service') as ServiceId] as (typeof SERVICES)[ServiceId] | undefined;
      return example.name.startsWith('service: ') && !!service && isOpenToAge(service, 11) && isOpenToAge(service, 17);
    }
  }
};
const youngStates = EXAMPLES.filter(isForYoungReader);
/** What the adults around them read in the panel: every situation, for a parent and a professional. */
const adultPanel = EXAMPLES.filter((e) => e.tag === 'help-panel' && ['parent', 'professional'].includes(String(attribute(e, 'audience'))));
const teenLaw = EXAMPLES.filter((e) => e.tag === 'law-explainer' && attribute(e, 'level') === 'teen' && e.name.endsWith('all open'));

describe('reading level: what a young person (11–14) reads', function () {
  this.timeout(60_000);
  it('covers every element', () => {
    expect(new Set(youngStates.map((e) => e.tag))).to.have.property('size', 4);
  });
  for (const example of youngStates) {
    const name = label(example);
    it(`${name}: grade ${YOUNG_OVERALL} or below overall, no sentence above grade ${YOUNG_SENTENCE}`, async () => {
      const text = await shown(example);
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
  it('covers every jurisdiction', () => expect(teenLaw).to.have.length(Object.keys(JURISDICTIONS).length));
  for (const example of teenLaw) {
    it(`${label(example)}: grade ${TEEN_OVERALL} or below overall`, async () => {
      const text = await shown(example);
      expect(text).not.to.contain('legislation.gov.uk');
      const score = await readability(text);
      expect(score.words, 'words measured').to.be.greaterThan(200);
      expect(score.grade).to.be.at.most(TEEN_OVERALL);
    });
  }
});

describe('reading level: the panel for adults', function () {
  this.timeout(30_000);
  it('covers both adult audiences', () => expect(new Set(adultPanel.map((e) => attribute(e, 'audience')))).to.have.property('size', 2));
  for (const example of adultPanel) {
    it(`${label(example)}: grade ${ADULT_OVERALL} or below overall`, async () => {
      const score = await readability(withoutNames(await shown(example)));
      expect(score.words, 'words measured').to.be.greaterThan(20);
      expect(score.grade).to.be.at.most(ADULT_OVERALL);
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

describe('wording never blames, in any state of any element', function () {
  this.timeout(60_000);
  for (const example of EXAMPLES) {
    it(`no blaming phrase in ${label(example)}`, async () => {
      const text = await shown(example);
      for (const phrase of BLAMING) {
        expect(text, String(phrase)).not.to.match(phrase);
      }
    });
  }

  it('the blame check finds a blaming sentence', () => {
    expect(BLAMING.some((phrase) => phrase.test('You only have yourself to blame. Why did you send it?'))).to.equal(true);
    expect(BLAMING.some((phrase) => phrase.test('It is not your fault.'))).to.equal(false);
  });
});
