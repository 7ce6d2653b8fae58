import { expect, fixture, html } from '@open-wc/testing';
import '../src/law-explainer/define.js';
import type { LawExplainer } from '../src/law-explainer/law-explainer.js';
import { JURISDICTION_IDS } from '../src/content/law.js';
import { $ } from './support/helpers.js';
import { readability } from './support/readability.js';

/** Everything a reader sees with every section open (sources stay folded, as a reader finds them). */
async function renderedText(jurisdiction: string, level: string): Promise<string> {
  const el = await fixture<LawExplainer>(
    html`<law-explainer jurisdiction=${jurisdiction} level=${level}></law-explainer>`,
  );
  $(el, '[part~="show-all"]')!.click();
  await el.updateComplete;
  // Answer every myth, so the answers and their reasons are measured too.
  for (const button of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="choice"]')) button.click();
  await el.updateComplete;
  return $(el, '[part~="base"]')!.innerText;
}

// Flesch–Kincaid grade: young (11–14) at most 6, teen (15–18) at most 8. Thresholds are not loosened:
// when a test fails, the words are made shorter.
const LIMITS = { young: 6, teen: 8 } as const;

describe('<law-explainer> reading level, measured over the rendered text', function () {
  this.timeout(30_000);
  for (const jurisdiction of JURISDICTION_IDS) {
    for (const [level, limit] of Object.entries(LIMITS)) {
      it(`a ${level} reader in ${jurisdiction} gets text at grade ${limit} or below`, async () => {
        const text = await renderedText(jurisdiction, level);
        expect(text).not.to.contain('legislation.gov.uk');
        const score = await readability(text);
        expect(score.words, 'words measured').to.be.greaterThan(200);
        expect(score.grade, `grade for ${level} in ${jurisdiction}`).to.be.at.most(limit);
        // The short lines (headings, Myth / Fact buttons) pull a grade down, so the sentences alone
        // must pass too.
        const prose = text.split('\n').filter((line) => /[.!?:]$/.test(line.trim())).join('\n');
        const proseScore = await readability(prose);
        expect(proseScore.grade, `grade of the sentences alone for ${level} in ${jurisdiction}`).to.be.at.most(limit);
      });
    }
  }

  it('the measure itself works: a plain sentence scores low and a legal one scores high', async () => {
    expect((await readability('The cat sat on the mat. It was a big cat.')).grade).to.be.below(2);
    const legal = await readability(
      'Prosecution necessitates authorisation from the Director of Public Prosecutions, notwithstanding jurisdictional considerations.',
    );
    expect(legal.grade).to.be.above(12);
  });
});

// Blaming words never appear, at any level, in any jurisdiction.
const BLAMING = [
  /you should have known/i,
  // "It is not your fault" is what we want to say; only an unnegated "your fault" blames.
  /(?<!not |never )your (own )?fault/i,
  /you asked for it/i,
  /you were (stupid|silly|naive)/i,
  /\bstupid\b/i,
  /\bshame(ful)?\b/i,
  /\bslut/i,
  /\bdeserve/i,
  /only yourself to blame/i,
  /why did you/i,
];

describe('<law-explainer> wording never blames', function () {
  this.timeout(30_000);
  for (const jurisdiction of JURISDICTION_IDS) {
    for (const level of ['young', 'teen', 'adult']) {
      it(`no blaming phrase for a ${level} reader in ${jurisdiction}`, async () => {
        const text = await renderedText(jurisdiction, level);
        for (const phrase of BLAMING) expect(text, String(phrase)).not.to.match(phrase);
      });
    }
  }
});
