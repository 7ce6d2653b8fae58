import { expect, fixture } from '@open-wc/testing';
import '../src/ypsi-widgets.js';
import { SCENARIOS, SCENARIO_IDS } from '../src/content/consequences.js';
import { JURISDICTION_IDS } from '../src/content/jurisdictions.js';
import { LAW_FACTS, LEVEL_IDS, SECTION_IDS } from '../src/content/law.js';
import { SERVICES, isOpenToAge } from '../src/content/services.js';
import { AUDIENCES, SITUATIONS, START_SERVICES, type Audience } from '../src/content/situations.js';
import type { Service } from '../src/content/types.js';
import { checkedDateProblem } from './support/provenance.js';
import { FACT_SOURCES } from '../src/content/sources.js';

/**
 * The content rules that keep a child safe, each checked over what every element shows in every state
 * (rendered in Chromium, card texts included), so a change of words that breaks one fails here:
 * - no round-the-clock words beside a service whose hours are not confirmed day and night;
 * - Childline's privacy promise is always said whole ("your or someone else's safety");
 * - no adults-only service is offered or named to a young person;
 * - where someone else acted, the situation opens with "not your fault"; own thoughts does not;
 * - "not anonymous" always comes with what a CEOP report brings, and CEOP is said to be police;
 * - Report Remove is never offered only once an image is public, and its limits are said whole;
 * - no bare fear: "adults who abuse children" and "the dark web" always come with what to do.
 */

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** One rendered state: its markup, and each block a reader meets (paragraph, list item, heading) as text. */
interface State {
  markup: string;
  young: boolean;
  blocks: string[];
  /** Each list of cards, with the heading just before it and the services in it. */
  cardLists: { heading: string; services: string[] }[];
}

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, summary, dt, dd';
const fold = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The innermost blocks of a root and of every card inside it, in reading order. */
async function blocksOf(root: ShadowRoot): Promise<string[]> {
  const out: string[] = [];
  for (const el of root.querySelectorAll<HTMLElement>(`${BLOCKS}, helpline-card, ypsi-helpline-card`)) {
    if (el.localName.endsWith('helpline-card')) {
      await (el as Widget).updateComplete;
      out.push(...(await blocksOf(el.shadowRoot!)));
    } else if (!el.querySelector(BLOCKS) && fold(el.textContent)) out.push(fold(el.textContent));
  }
  return out;
}

async function render(markup: string, young: boolean): Promise<State> {
  const wrap = await fixture<HTMLDivElement>(`<div>${markup}</div>`);
  const el = wrap.firstElementChild as Widget;
  await el.updateComplete;
  if (el.localName === 'law-explainer') {
    el.shadowRoot!.querySelector<HTMLElement>('[part~="show-all"]')!.click();
    await el.updateComplete;
    for (const button of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="choice"]')) button.click();
    await el.updateComplete;
  }
  const root = el.shadowRoot!;
  const cardLists = [...root.querySelectorAll('[part~="cards"]')].map((list) => ({
    heading: fold(list.previousElementSibling?.matches('h1, h2, h3, h4, h5, h6') ? list.previousElementSibling.textContent : ''),
    services: [...list.querySelectorAll('helpline-card, ypsi-helpline-card')].map((c) => c.getAttribute('service') ?? ''),
  }));
  return { markup, young, blocks: await blocksOf(root), cardLists };
}

const sentencesOf = (block: string) => block.split(/(?<=[.!?:])\s+/);

const YOUNG_MARKUPS = [
  ...['', ...SITUATIONS.map((s) => s.id)].map((s) => `<help-panel audience="young-person"${s ? ` situation="${s}"` : ''}></help-panel>`),
  ...SCENARIO_IDS.flatMap((s) => JURISDICTION_IDS.map((j) => `<consequences-timeline scenario="${s}" jurisdiction="${j}" show-all></consequences-timeline>`)),
  ...JURISDICTION_IDS.flatMap((j) => ['young', 'teen'].map((l) => `<law-explainer jurisdiction="${j}" level="${l}"></law-explainer>`)),
  ...Object.values(SERVICES)
    .filter((s) => isOpenToAge(s, 11) && isOpenToAge(s, 17))
    .map((s) => `<helpline-card service="${s.id}"></helpline-card>`),
];
const ADULT_MARKUPS = [
  ...(['parent', 'professional'] as Audience[]).flatMap((a) =>
    ['', ...SITUATIONS.map((s) => s.id)].map((s) => `<help-panel audience="${a}"${s ? ` situation="${s}"` : ''}></help-panel>`),
  ),
  ...JURISDICTION_IDS.map((j) => `<law-explainer jurisdiction="${j}" level="adult"></law-explainer>`),
  ...Object.values(SERVICES)
    .filter((s) => !(isOpenToAge(s, 11) && isOpenToAge(s, 17)))
    .map((s) => `<helpline-card service="${s.id}"></helpline-card>`),
];

let states: State[] | undefined;
/** Every state, rendered once for all the rules. */
async function allStates(): Promise<State[]> {
  states ??= [];
  if (!states.length) {
    for (const markup of YOUNG_MARKUPS) states.push(await render(markup, true));
    for (const markup of ADULT_MARKUPS) states.push(await render(markup, false));
  }
  return states;
}

/** The names a reader would see a service by: its own, and the short form the text uses ("CEOP", "NSPCC", "IWF"). */
const namesOf = (s: Service) => [s.name, s.name.replace(/ (Safety Centre|Helpline)$/, ''), ...(s.id === 'iwf' ? ['IWF'] : [])];
const names = (list: Service[]) => [...new Set(list.flatMap(namesOf))];
const mentions = (text: string, list: string[]) => list.filter((name) => new RegExp(`\\b${name}\\b`).test(text));

/** Services whose round-the-clock hours FACTS.md confirms (Shout, Samaritans, the police): shown as day and night. */
const roundTheClock = (s: Service) => s.hours?.verified === true && s.hours.schedule === 'always';
const NOT_ALWAYS = names(Object.values(SERVICES).filter((s) => !roundTheClock(s))).filter((n) => !names(Object.values(SERVICES).filter(roundTheClock)).includes(n));
/** A text with every service's name taken out, so "Stop It Now" is not read as a promise of "now". */
const ALL_NAMES = names(Object.values(SERVICES)).sort((a, b) => b.length - a.length);
const withoutNames = (text: string) => ALL_NAMES.reduce((t, name) => t.split(name).join('·'), text);
/** Words that say a service is there whenever you need it. */
const ALWAYS_WORDS = /\bany ?time\b|\bnow\b|24[- ]?hours?|24\/7|day and night|day or night|round the clock|whenever/i;
/** The same, without "now", for a whole block: "If you are in danger now, call 999" may stand beside CEOP. */
const ALWAYS_WORDS_BLOCK = /\bany ?time\b|24[- ]?hours?|24\/7|day and night|day or night|round the clock|whenever/i;

/** A service for adults only: by its ages, or by who its directory entry says it is for. */
const adultsOnly = (s: Service) => (s.minAge ?? 0) >= 18 || /\badults?\b/i.test(`${s.eligibility ?? ''} ${s.description.split('.')[0]}`);
const ADULT_SERVICES: Service[] = Object.values(SERVICES as Record<string, Service>).filter(adultsOnly);

describe('content rules, over every state of every element', function () {
  this.timeout(120_000);

  it('no "any time", "now" or "24 hours" beside a service whose round-the-clock hours are not confirmed', async () => {
    expect(NOT_ALWAYS).to.include('Childline').and.include('NSPCC').and.not.include('Shout');
    const broken: string[] = [];
    for (const state of await allStates()) {
      for (const block of state.blocks) {
        const named = mentions(block, NOT_ALWAYS);
        if (named.length && ALWAYS_WORDS_BLOCK.test(withoutNames(block))) broken.push(`${state.markup}: ${block}`);
        for (const sentence of sentencesOf(block)) {
          if (mentions(sentence, NOT_ALWAYS).length && ALWAYS_WORDS.test(withoutNames(sentence))) broken.push(`${state.markup}: ${sentence}`);
        }
      }
      // A heading over a list of cards speaks for every card in it ("Talk to someone now" over Childline).
      for (const list of state.cardLists) {
        const partly = list.services.filter((id) => !roundTheClock(SERVICES[id as keyof typeof SERVICES]));
        if (partly.length && ALWAYS_WORDS.test(withoutNames(list.heading))) broken.push(`${state.markup}: heading "${list.heading}" over ${partly.join(', ')}`);
      }
    }
    expect([...new Set(broken)]).to.deep.equal([]);
  });

  it("Childline's privacy promise is always said whole: \"your or someone else's safety\"", async () => {
    const PROMISE = /\b(stays? private|keeps? what you say private|in private)\b|\bunless they\b|\btell someone if\b|\bworried about your\b|\bfear for your\b/i;
    const broken: string[] = [];
    let said = 0;
    for (const state of await allStates()) {
      for (const block of state.blocks) {
        for (const sentence of sentencesOf(block)) {
          if (!PROMISE.test(sentence) || !/private|tell someone|worried|fear/.test(sentence)) continue;
          said++;
          if (!sentence.includes("your or someone else's safety")) broken.push(`${state.markup}: ${sentence}`);
        }
      }
    }
    expect(said, 'the promise is said somewhere').to.be.greaterThan(5);
    expect([...new Set(broken)]).to.deep.equal([]);
  });

  it('no adults-only service is offered or named to a young person, Stop It Now included', async () => {
    const adultIds: string[] = ADULT_SERVICES.map((s) => s.id);
    expect(adultIds).to.include.members(['nspcc', 'revenge-porn-helpline', 'stop-it-now']);
    // Every adults-only service says so in its ages, so the panel's last guard keeps it away too.
    for (const s of ADULT_SERVICES) expect(s.minAge, s.id).to.be.at.least(18);
    // The lists themselves, not only what the guard lets through.
    const lists: [string, readonly string[]][] = [
      ['start', START_SERVICES['young-person']],
      ...SITUATIONS.map((s): [string, readonly string[]] => [s.id, s.services['young-person']]),
      ...Object.values(SCENARIOS).flatMap((sc) => sc.stages.flatMap((st) => [...st.happen, ...st.can]).map((p): [string, readonly string[]] => [sc.id, p.services ?? []])),
    ];
    for (const [where, ids] of lists) expect(ids.filter((id) => adultIds.includes(id)), where).to.deep.equal([]);
    const adultNames = names(ADULT_SERVICES).filter((n) => n !== 'NSPCC'); // "NSPCC" alone names the charity, not its adult helpline
    const broken: string[] = [];
    for (const state of (await allStates()).filter((s) => s.young)) {
      for (const list of state.cardLists) for (const id of list.services) if (adultIds.includes(id)) broken.push(`${state.markup}: card ${id}`);
      for (const block of state.blocks) for (const name of mentions(block, adultNames)) broken.push(`${state.markup}: ${name} in "${block}"`);
    }
    expect(broken).to.deep.equal([]);
  });

  it('where someone else acted, a situation opens with "not your fault"; where the reader worries about their own thoughts, it opens with asking for help', async () => {
    const someoneElse = SITUATIONS.filter((s) => s.notYourFault).map((s) => s.id);
    expect(someoneElse).to.have.members(['shared', 'sextortion', 'pressure', 'received']);
    for (const audience of AUDIENCES) {
      for (const situation of SITUATIONS) {
        const panel = (await fixture<Widget>(`<help-panel audience="${audience}" situation="${situation.id}"></help-panel>`)).shadowRoot!;
        const steps = [...panel.querySelectorAll('[part~="steps"]:not([part~="staff-steps"]) li')].map((li) => fold(li.textContent));
        const where = `${audience}, ${situation.id}`;
        if (situation.notYourFault) {
          expect(steps[0], where).to.match(audience === 'young-person' ? /^It is not your fault\b/ : /\b(not|never) their fault\b/);
        } else if (situation.id === 'own-thoughts') {
          expect(steps.join(' '), where).not.to.match(/fault|to blame/i);
        }
        // The line over every situation says "not your fault" only of what someone else did.
        const reassurance = fold(panel.querySelector('[part~="reassurance"]')!.textContent);
        for (const sentence of sentencesOf(reassurance).filter((s) => /not your fault/i.test(s))) expect(sentence, where).to.match(/^If someone\b/);
      }
    }
    const own = SITUATIONS.find((s) => s.id === 'own-thoughts')!;
    expect(own.steps.young[0].text).to.match(/^It is good that you want help\./).and.contain("your or someone else's safety");
  });

  it('"not anonymous" always comes with what the report brings: an advisor and a plan to keep you safe', async () => {
    const NOT_ANONYMOUS = /not anonymous|can't be anonymous|cannot be anonymous|know who you are/i;
    const broken: string[] = [];
    let said = 0;
    for (const state of await allStates()) {
      for (const block of state.blocks.filter((b) => NOT_ANONYMOUS.test(b))) {
        said++;
        if (!/advis[oe]r/i.test(block) || !/plan (with you )?to keep (you|the child) safe/i.test(block)) broken.push(`${state.markup}: ${block}`);
      }
    }
    expect(said).to.be.greaterThan(5);
    expect([...new Set(broken)]).to.deep.equal([]);
  });

  it('wherever a young reader meets CEOP, they are told it is a part of the police that keeps children safe online', async () => {
    // A host can show one law section alone, so each section is a state of its own here.
    const sections = [];
    for (const id of SECTION_IDS) sections.push(await render(`<law-explainer level="young" sections="${id}"></law-explainer>`, true));
    const broken = [...(await allStates()), ...sections]
      // "CEOP: Sex and the law" in a section's Sources is a page's title, not CEOP offered to the reader.
      .filter((s) => s.young && s.blocks.some((b) => /\bCEOP\b(?!:)/.test(b)))
      .filter((s) => !s.blocks.some((b) => b.includes('CEOP is a part of the police that keeps children safe online') || b.includes('CEOP, a part of the police that keeps children safe online')))
      .map((s) => s.markup);
    expect(broken).to.deep.equal([]);
  });

  it('Report Remove is never offered only once an image is public, and wherever its limits are said, so is what it can still do', async () => {
    const CONDITIONED = [
      /\b(if|once|when|after)\b[^.]*\b(posted|online|public)\b[^.]*Report Remove/i,
      /Report Remove[^.]*\b(if|once|when|after|that is|that are)\b[^.]*\b(posted|online|public)\b/i,
    ];
    const broken: string[] = [];
    let named = 0;
    for (const state of await allStates()) {
      for (const block of state.blocks) {
        for (const sentence of sentencesOf(block).filter((s) => s.includes('Report Remove'))) {
          named++;
          if (CONDITIONED.some((re) => re.test(sentence))) broken.push(`${state.markup}: ${sentence}`);
        }
        // rr.limits, whole: only public copies, and the fingerprint still helps block uploads.
        if (/only take down copies that are public online/.test(block) && !/still help (stop|block)/.test(block)) broken.push(`${state.markup}: limits cut short: ${block}`);
      }
    }
    expect(named).to.be.greaterThan(10);
    expect([...new Set(broken)]).to.deep.equal([]);
  });

  it('a blackmailed reader is never told to ask for deletion: there, stop contact, block and keep the messages', async () => {
    const ASK_DELETE = /ask (them|that person|anyone)[^.]*delete|delete it\b(?! yourself)/i;
    for (const audience of AUDIENCES) {
      const state = await render(`<help-panel audience="${audience}" situation="sextortion"></help-panel>`, audience === 'young-person');
      expect(state.blocks.filter((b) => ASK_DELETE.test(b)), audience).to.deep.equal([]);
      expect(state.blocks.join(' '), audience).to.match(/don't delete/i);
    }
    const timeline = await render('<consequences-timeline scenario="sextortion" show-all></consequences-timeline>', true);
    expect(timeline.blocks.filter((b) => ASK_DELETE.test(b))).to.deep.equal([]);
    // Where it is not blackmail, asking for deletion comes before reporting (advice.askdelete).
    const shared = (await render('<help-panel situation="shared"></help-panel>', true)).blocks;
    const ask = shared.findIndex((b) => /ask them to delete it/.test(b));
    expect(ask).to.be.greaterThan(-1);
    expect(ask).to.be.below(shared.findIndex((b) => b.startsWith('Report Remove can help')));
  });

  it('no bare fear: "adults who abuse children" and "the dark web" always come with what to do', async () => {
    const FEAR = /abuse children may see|dark web/i;
    const ACTION = /\b(report|tell an adult|talk to|Report Remove)\b/i;
    const broken: string[] = [];
    for (const state of await allStates()) {
      for (const block of state.blocks.filter((b) => FEAR.test(b))) if (!ACTION.test(block)) broken.push(`${state.markup}: ${block}`);
    }
    expect([...new Set(broken)]).to.deep.equal([]);
  });

  it('hard words are explained where a young reader meets them: IWF, digital fingerprint, Outcome 21, enhanced check, Yoti', async () => {
    const broken: string[] = [];
    for (const state of (await allStates()).filter((s) => s.young)) {
      const text = state.blocks.join('\n');
      // A source's page title ("IWF news, 17 January 2024") names a page, not a body the reader must know.
      if (state.blocks.some((b) => /\bIWF\b/.test(b) && !/^IWF\b/.test(b)) && !text.includes('Internet Watch Foundation (IWF)')) broken.push(`${state.markup}: IWF`);
      if (/fingerprint/.test(text) && !/code[^.]*fingerprint|fingerprint[^.]*code/.test(text)) broken.push(`${state.markup}: fingerprint`);
      if (/Outcome 21\./.test(text) && !text.includes('police write down what happened but decide not to take it further')) broken.push(`${state.markup}: Outcome 21`);
      for (const block of state.blocks.filter((b) => /enhanced check/.test(b))) if (!/fuller check/.test(block)) broken.push(`${state.markup}: ${block}`);
      if (/\bYoti\b/.test(text)) broken.push(`${state.markup}: Yoti`);
    }
    expect(broken).to.deep.equal([]);
  });

  it('a young reader is told how online blackmail often starts, and where to report on the app', async () => {
    for (const situation of ['sextortion', 'pressure']) {
      const text = (await render(`<help-panel situation="${situation}"></help-panel>`, true)).blocks.join(' ');
      expect(text, situation).to.contain('fake profile').and.contain('money, gifts, a job or nudes');
    }
    for (const situation of ['shared', 'received']) {
      const text = (await render(`<help-panel situation="${situation}"></help-panel>`, true)).blocks.join(' ');
      expect(text, situation).to.contain('the app, game or website where it was shared').and.contain('They may not take it down');
    }
    for (const level of LEVEL_IDS) {
      const text = (await render(`<law-explainer level="${level}"></law-explainer>`, level !== 'adult')).blocks.join(' ');
      expect(text, level).to.contain("If someone sent you one without you asking, don't keep it or send it on.");
    }
  });
});

describe('checked dates', () => {
  it("every fact's checked date is a real month, not in the future", () => {
    const dates = [
      ...Object.values(SERVICES).map((s) => [s.id, s.checked]),
      ...Object.entries(FACT_SOURCES).map(([id, f]) => [id, f.checked]),
      ...Object.entries(LAW_FACTS).map(([id, f]) => [id, f.checked]),
    ];
    expect(dates.filter(([, checked]) => checkedDateProblem(checked)).map(([id, checked]) => `${id}: ${checkedDateProblem(checked)}`)).to.deep.equal([]);
  });

  it('the rule holds in any year and refuses what is not a real, past date', () => {
    const now = new Date('2027-03-15T12:00:00Z');
    expect(checkedDateProblem('2026-11', { now })).to.equal('');
    expect(checkedDateProblem('2027-03', { now })).to.equal('');
    expect(checkedDateProblem('2027-03-15', { now })).to.equal('');
    expect(checkedDateProblem('2027-04', { now })).to.contain('in the future');
    expect(checkedDateProblem('2027-03-16', { now })).to.contain('in the future');
    expect(checkedDateProblem('2026-13', { now })).to.contain('not a real date');
    expect(checkedDateProblem('2026-02-30', { now })).to.contain('not a real date');
    expect(checkedDateProblem('November 2026', { now })).to.contain('not a date');
    expect(checkedDateProblem('2026-11', { now, reviewMonths: 6 })).to.equal('');
    expect(checkedDateProblem('2026-08', { now, reviewMonths: 6 })).to.contain('due for review');
  });
});
