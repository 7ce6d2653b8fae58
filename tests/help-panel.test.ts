import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/help-panel/define.js';
import type { HelpPanel } from '../src/help-panel/help-panel.js';
import { DEFAULT_EXIT_URL } from '../src/help-panel/help-panel.js';
import { quickExit } from '../src/help-panel/quick-exit.js';
import { AUDIENCES, SITUATIONS, START_SERVICES, type Audience } from '../src/content/situations.js';
import { serviceById } from '../src/content/services.js';
import { citedFactsAreKnown } from './support/provenance.js';
import type { HelplineCard } from '../src/helpline-card/helpline-card.js';
import { helpPanelExamples } from './support/examples/help-panel.js';
import { $, $$, focusedIn, visibleText, warningsDuring } from './support/helpers.js';
import { recordExits } from './support/record-exits.js';
import { readability } from './support/readability.js';
import { HELP_PANEL_STRINGS } from '../src/help-panel/help-panel.js';

const panel = async (markup: string) => {
  const wrap = await fixture<HTMLDivElement>(`<div>${markup}</div>`);
  const el = wrap.querySelector('help-panel') as HelpPanel;
  await el.updateComplete;
  await Promise.all($$(el, 'helpline-card').map((c) => (c as HelplineCard).updateComplete));
  return el;
};

const cards = (el: HelpPanel) => $$(el, 'helpline-card').map((c) => c.getAttribute('service'));
const choice = (el: HelpPanel, id: string) => {
  const index = SITUATIONS.findIndex((s) => s.id === id);
  return $$(el, 'button[part~="choice"]')[index] as HTMLButtonElement;
};

/**
 * The cards each audience should see, written out here (not read from SITUATIONS), so a change to the
 * lists shows up as a failing test that a reviewer must agree with.
 */
const INTENDED: Record<string, Record<Audience, string[]>> = {
  '': { 'young-person': ['childline', 'shout'], parent: ['nspcc', 'police'], professional: ['nspcc', 'police'] },
  shared: {
    'young-person': ['report-remove', 'childline', 'youngminds', 'stem4'],
    parent: ['report-remove', 'ceop', 'nspcc', 'youngminds'],
    professional: ['report-remove', 'ceop', 'nspcc'],
  },
  sextortion: {
    'young-person': ['ceop', 'report-remove', 'take-it-down', 'childline'],
    parent: ['ceop', 'police', 'report-remove', 'nspcc'],
    professional: ['ceop', 'police', 'report-remove'],
  },
  pressure: { 'young-person': ['childline', 'ceop'], parent: ['ceop', 'nspcc', 'police'], professional: ['ceop', 'police'] },
  received: { 'young-person': ['childline', 'ceop', 'iwf'], parent: ['iwf', 'ceop', 'nspcc'], professional: ['iwf', 'ceop', 'police'] },
  'worried-child': {
    'young-person': ['childline', 'report-remove', 'police'],
    parent: ['nspcc', 'police', 'ceop', 'youngminds', 'stop-it-now'],
    professional: ['nspcc', 'police', 'ceop', 'stop-it-now'],
  },
  'own-thoughts': { 'young-person': ['shore', 'childline'], parent: ['stop-it-now', 'shore'], professional: ['stop-it-now', 'shore'] },
};

describe('<help-panel> for each audience and situation', () => {
  for (const audience of AUDIENCES) {
    it(`${audience}: before choosing, shows reassurance and someone to talk to`, async () => {
      const el = await panel(`<help-panel audience="${audience}"></help-panel>`);
      // A young person hears that what someone else did is not their fault; adults hear that the child is never to blame.
      expect(visibleText(el)).to.contain(
        audience === 'young-person'
          ? 'Whatever has happened, you can get help. If someone shared your image, or pushed or tricked you into sending one, it is not your fault.'
          : 'Whatever has happened, you can get help. A child or young person is never to blame.',
      );
      expect(cards(el)).to.deep.equal(INTENDED[''][audience]);
      expect($$(el, '[aria-pressed="true"]')).to.have.length(0);
    });

    for (const situation of SITUATIONS) {
      it(`${audience}: "${situation.id}" shows its steps and the right services`, async () => {
        const el = await panel(`<help-panel audience="${audience}" situation="${situation.id}"></help-panel>`);
        const voice = audience === 'young-person' ? 'young' : 'adult';
        const steps = $$(el, '[part~="steps"] li').map((li) => li.textContent?.trim());
        expect(steps).to.deep.equal(situation.steps[voice].map((s) => s.text));
        expect(cards(el)).to.deep.equal(INTENDED[situation.id][audience]);
        expect(choice(el, situation.id).getAttribute('aria-pressed')).to.equal('true');
      });
    }
  }

  it('never offers a young person an 18+ service, in any state', async () => {
    const young = SITUATIONS.flatMap((s) => s.services['young-person']).concat(START_SERVICES['young-person']);
    for (const id of young) expect(serviceById(id)?.minAge ?? 0, id).to.be.below(18);
    for (const situation of ['', ...SITUATIONS.map((s) => s.id)]) {
      const el = await panel(`<help-panel situation="${situation}"></help-panel>`);
      expect(cards(el)).not.to.include('nspcc');
      expect(cards(el)).not.to.include('revenge-porn-helpline');
    }
  });

  it('every step rests on fact ids that have a source, and is dated no earlier than the facts it cites', () => {
    citedFactsAreKnown(SITUATIONS.flatMap((s) => [...s.steps.young, ...s.steps.adult]).map((step) => ({ ...step, name: step.key })));
  });

  it('a young person sees YoungMinds and stem4 where they look for help with feelings, and urgent help beside "feel very low"', async () => {
    const text = visibleText(await panel('<help-panel situation="shared"></help-panel>'));
    expect(cards(await panel('<help-panel situation="shared"></help-panel>'))).to.include.members(['youngminds', 'stem4']);
    for (const situation of ['shared', 'sextortion']) {
      const shown = visibleText(await panel(`<help-panel situation="${situation}"></help-panel>`));
      expect(shown, situation).to.contain('If you feel very low or want to hurt yourself, talk to Childline or text Shout. If your life is in danger, call 999 or go to A&E. You can also call NHS 111.');
    }
    expect(text).to.contain("What you say stays private, unless they fear for your or someone else's safety.");
  });

  it('Report Remove, step by step, for a young person whose image was shared, and what it cannot remove', async () => {
    const steps = $$(await panel('<help-panel situation="shared"></help-panel>'), '[part~="steps"] li').map((li) => li.textContent!.trim());
    const at = (words: string) => steps.findIndex((s) => s.includes(words));
    expect(at('pick your age')).to.be.greaterThan(0);
    expect(at('prove your age with ID')).to.be.greaterThan(at('pick your age'));
    expect(at('sign in to Childline')).to.be.greaterThan(at('prove your age with ID'));
    expect(at('send the picture or video')).to.be.greaterThan(at('sign in to Childline'));
    expect(at('digital fingerprint')).to.be.greaterThan(at('send the picture or video'));
    expect(steps[at("It can't take down ones saved on a phone")]).to.contain('WhatsApp or Snapchat').and.contain('the fingerprint can still help');
    expect(steps[0]).to.equal('It is not your fault. The law is there to protect you, not to punish you.');
  });

  it('someone sent a nude of someone else: do not keep it or send it to anyone, not even to help', async () => {
    const text = visibleText(await panel('<help-panel situation="received"></help-panel>'));
    expect(text).to.contain("Don't keep it, and don't send it to anyone. Not even to a friend, or to an adult you think could help.");
  });

  it('a sextortion victim is told not to pay, to block, to keep evidence and to report', async () => {
    const text = visibleText(await panel('<help-panel situation="sextortion"></help-panel>'));
    expect(text).to.contain("Don't pay");
    expect(text).to.contain('block them');
    expect(text).to.contain('keep them as evidence');
    expect(text).to.contain('report it to CEOP');
    expect(text).to.contain('It is not your fault.');
    expect(text).to.contain("If you have already paid, don't panic. But don't pay any more.");
    expect(text).to.contain('may be a fake');
    expect(text).to.contain("Often they don't carry out the threat, but sometimes they do. So still tell someone.");
    expect(text).to.contain('make a plan with you to keep you safe');
  });

  it('professionals see the UKCIS first steps: tell the DSL, never view, copy or share', async () => {
    const el = await panel('<help-panel audience="professional"></help-panel>');
    const staff = $(el, '[part~="staff-steps"]')!.textContent!;
    expect(staff).to.contain('Designated Safeguarding Lead (DSL)');
    expect(staff).to.contain('Never view, copy, print, share');
    expect($(await panel('<help-panel audience="parent"></help-panel>'), '[part~="staff-steps"]')).to.be.null;
  });

  it('parents see adult wording; a young person sees their own', async () => {
    expect(choice(await panel('<help-panel audience="parent"></help-panel>'), 'pressure').textContent).to.contain('pressuring a child');
    expect(choice(await panel('<help-panel></help-panel>'), 'pressure').textContent).to.contain('pressuring me');
  });

  it('cards sit one level below the panel heading', async () => {
    const el = await panel('<help-panel heading-level="2" situation="shared"></help-panel>');
    expect($(el, 'h2')!.textContent!.trim()).to.equal('Get help');
    expect($$(el, 'helpline-card').every((c) => c.getAttribute('heading-level') === '3')).to.be.true;
    expect($$(el, 'helpline-card').every((c) => c.hasAttribute('compact'))).to.be.true;
  });

  it('a host can replace any string, including a step', async () => {
    const el = await panel(`<help-panel situation="sextortion" strings='{"heading":"Need help?","sextortion.y2":"Never pay them."}'></help-panel>`);
    expect($(el, '#heading')!.textContent!.trim()).to.equal('Need help?');
    expect(visibleText(el)).to.contain('Never pay them.');
  });
});

describe('<help-panel> in plain words', () => {
  const sentences = (keys: string[]) => keys.map((k) => (HELP_PANEL_STRINGS as Readonly<Record<string, string>>)[k].replace(/[^.!?:]$/, '$&.')).join('\n');

  it('what a young person reads is at reading age 11 (Flesch–Kincaid grade 6 or below)', async () => {
    const keys = ['reassurance', 'exitNote', ...SITUATIONS.flatMap((s) => [`${s.id}.label`, ...s.steps.young.map((x) => x.key)])];
    const score = await readability(sentences(keys));
    expect(score.grade).to.be.at.most(6);
  });

  it('what adults read stays plain too (grade 8 or below)', async () => {
    const keys = SITUATIONS.flatMap((s) => [`${s.id}.labelAdult`, ...s.steps.adult.map((x) => x.key)]);
    const score = await readability(sentences(keys));
    expect(score.grade).to.be.at.most(8);
  });
});

describe('<help-panel> chooser by keyboard and screen reader', () => {
  it('a young person tabs to a situation, presses Enter, and lands on what to do', async () => {
    const el = await panel('<help-panel no-quick-exit></help-panel>');
    choice(el, 'shared').focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedIn(el)?.textContent).to.contain('threatening to share');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // The choice stays inside the widget: nothing on the host element changes.
    expect(el.hasAttribute('situation')).to.be.false;
    expect(choice(el, 'sextortion').getAttribute('aria-pressed')).to.equal('true');
    expect(cards(el)).to.include('ceop');
    // Focus is on the chosen steps: a group named for the choice, described by the first step, so a
    // screen reader says what was chosen and what to do first in one go.
    const chosen = focusedIn(el)!;
    expect(chosen.id).to.equal('chosen');
    expect(chosen.getAttribute('role')).to.equal('group');
    const byId = (id: string) => $(el, `#${id}`)!;
    const name = byId(chosen.getAttribute('aria-labelledby')!);
    const label = choice(el, 'sextortion').textContent!.trim();
    expect(name.querySelector('.visually-hidden')!.textContent).to.equal(`What you can do: ${label}`);
    expect(name.querySelector('[aria-hidden="true"]')!.textContent).to.equal('What you can do');
    const first = SITUATIONS.find((s) => s.id === 'sextortion')!.steps.young[0].key;
    expect(byId(chosen.getAttribute('aria-describedby')!).textContent).to.equal(HELP_PANEL_STRINGS[first as keyof typeof HELP_PANEL_STRINGS]);
    // Going on with Tab reaches the steps before the services.
    await sendKeys({ press: 'Tab' });
    expect(focusedIn(el)?.matches('[part~="steps"]')).to.be.true;
    expect(focusedIn(el)?.getAttribute('aria-labelledby')).to.equal('steps-heading');
    await sendKeys({ press: 'Tab' });
    expect(focusedIn(el)?.localName).to.equal('helpline-card');
  });

  it('the exit note names the control as a screen reader announces it: "Exit this page"', async () => {
    const el = await panel('<help-panel></help-panel>');
    const note = $(el, '[part~="exit-note"]')!.textContent!;
    expect(note).to.contain('Exit this page');
    expect(note).not.to.match(/button/i);
    expect($(el, '[part~="exit"]')!.textContent!.trim()).to.equal('Exit this page');
  });

  it('Space on the chosen situation closes it and keeps focus there', async () => {
    const el = await panel('<help-panel situation="pressure" no-quick-exit></help-panel>');
    choice(el, 'pressure').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    // The host's deep link is left as the host wrote it: the child's choice is not written back.
    expect(el.getAttribute('situation')).to.equal('pressure');
    expect(choice(el, 'pressure').getAttribute('aria-pressed')).to.equal('false');
    expect(focusedIn(el)).to.equal(choice(el, 'pressure'));
  });

  it('every button says whether it is chosen and controls the answer', async () => {
    const el = await panel('<help-panel situation="received"></help-panel>');
    for (const button of $$(el, 'button[part~="choice"]')) {
      expect(button.getAttribute('aria-controls')).to.equal('answer');
      expect(button.getAttribute('aria-pressed')).to.be.oneOf(['true', 'false']);
    }
  });
});

describe('<help-panel> quick exit', () => {
  const went = recordExits();
  const realNow = quickExit.now;
  let clock = 0;

  beforeEach(() => {
    clock = 1_000_000;
    quickExit.now = () => clock;
  });
  afterEach(() => {
    quickExit.now = realNow;
  });

  it('is a real link to BBC Weather first, so it works with no script', async () => {
    const exit = $(await panel('<help-panel></help-panel>'), 'a[part~="exit"]')!;
    expect(exit.getAttribute('href')).to.equal(DEFAULT_EXIT_URL);
    expect(exit.getAttribute('rel')).to.contain('noreferrer');
    expect(exit.textContent!.trim()).to.equal('Exit this page');
  });

  it('says it does not clear browsing history, and makes no claim about private windows that no fact backs', async () => {
    const note = $(await panel('<help-panel></help-panel>'), '[part~="exit-note"]')!.textContent!;
    expect(note).to.contain('does not clear your browsing history');
    expect(note).not.to.match(/private|incognito/i);
  });

  it('a click hides the whole host page, then replaces this page in history', async () => {
    const el = await panel('<help-panel exit-url="https://example.org/news"></help-panel>');
    $(el, 'a[part~="exit"]')!.click();
    expect(went).to.deep.equal(['https://example.org/news']);
    expect(document.body.classList.contains('ypsi-quick-exit')).to.be.true;
    expect(document.body.style.visibility).to.equal('hidden');
    const overlay = document.querySelector<HTMLElement>('.ypsi-quick-exit-overlay')!;
    expect(overlay).to.exist;
    expect(getComputedStyle(overlay).position).to.equal('fixed');
    expect(getComputedStyle(overlay).visibility).to.equal('visible');
  });

  it('Shift pressed three times leaves, counting down through a status region', async () => {
    const el = await panel('<help-panel></help-panel>');
    const status = $(el, '[part~="exit-status"]')!;
    await sendKeys({ press: 'Shift' });
    await el.updateComplete;
    expect(status.textContent).to.contain('Press Shift 2 more times');
    clock += 4000;
    await sendKeys({ press: 'Shift' });
    await el.updateComplete;
    expect(status.textContent).to.contain('Press Shift 1 more time');
    expect(went).to.deep.equal([]);
    clock += 4000;
    await sendKeys({ press: 'Shift' });
    expect(went).to.deep.equal([DEFAULT_EXIT_URL]);
  });

  it('Shift used with a letter (typing a capital) never counts', async () => {
    await panel('<help-panel></help-panel>');
    const capital = async (key: string) => {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: key });
      await sendKeys({ up: 'Shift' });
    };
    for (let i = 0; i < 4; i++) await capital('KeyA');
    await sendKeys({ press: 'Shift' });
    await capital('KeyB');
    await sendKeys({ press: 'Shift' });
    expect(went).to.deep.equal([]);
  });

  it('another key between presses starts the count again', async () => {
    await panel('<help-panel></help-panel>');
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'KeyX' });
    await sendKeys({ press: 'Shift' });
    expect(went).to.deep.equal([]);
  });

  it('a third press more than 5 seconds after the second does not leave', async () => {
    await panel('<help-panel></help-panel>');
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    clock += 5001;
    await sendKeys({ press: 'Shift' });
    expect(went).to.deep.equal([]);
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    expect(went).to.have.length(1);
  });

  it('adds no listener per panel: the page-wide one serves any number, and Shift does nothing with none left', async () => {
    const added: string[] = [];
    const addToWindow = window.addEventListener;
    const addToDocument = document.addEventListener;
    window.addEventListener = function (type: string, ...rest: unknown[]) {
      added.push(type);
      return (addToWindow as (...a: unknown[]) => void).call(this, type, ...rest);
    };
    document.addEventListener = function (type: string, ...rest: unknown[]) {
      added.push(type);
      return (addToDocument as (...a: unknown[]) => void).call(this, type, ...rest);
    };
    try {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <help-panel></help-panel><help-panel></help-panel><help-panel no-quick-exit></help-panel>
      </div>`);
      expect(added.filter((type) => type.startsWith('key'))).to.deep.equal([]);
      expect(quickExit.listening).to.be.true;
      const [first, second] = wrap.querySelectorAll('help-panel');
      first.remove();
      expect(quickExit.listening).to.be.true;
      second.remove();
      expect(quickExit.listening).to.be.false;
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
      expect(went).to.deep.equal([]);
    } finally {
      window.addEventListener = addToWindow;
      document.addEventListener = addToDocument;
    }
  });

  it('no-quick-exit removes the link and the Shift shortcut', async () => {
    const el = await panel('<help-panel no-quick-exit></help-panel>');
    expect($(el, 'a[part~="exit"]')).to.be.null;
    expect(quickExit.listening).to.be.false;
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
    expect(went).to.deep.equal([]);
  });

  it('switching no-quick-exit on later leaves the shortcut, and off again joins it', async () => {
    const el = await panel('<help-panel></help-panel>');
    expect(quickExit.listening).to.be.true;
    el.noQuickExit = true;
    await el.updateComplete;
    expect(quickExit.listening).to.be.false;
    expect($(el, 'a[part~="exit"]')).to.be.null;
    el.noQuickExit = false;
    await el.updateComplete;
    expect(quickExit.listening).to.be.true;
  });

  it('with two panels, the count is announced once, and Shift uses the first panel\'s exit-url', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <help-panel exit-url="https://example.org/first"></help-panel><help-panel exit-url="https://example.org/second"></help-panel>
    </div>`);
    const [first, second] = [...wrap.querySelectorAll('help-panel')] as HelpPanel[];
    await sendKeys({ press: 'Shift' });
    await first.updateComplete;
    await second.updateComplete;
    expect($(first, '[part~="exit-status"]')!.textContent).to.contain('2 more times');
    expect($(second, '[part~="exit-status"]')!.textContent!.trim()).to.equal('');
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    expect(went).to.deep.equal(['https://example.org/first']);
  });

  it('is hidden in print', async () => {
    const el = await panel('<help-panel></help-panel>');
    await emulateMedia({ media: 'print' });
    try {
      expect($(el, 'a[part~="exit"]')!.getClientRects()).to.have.length(0);
      expect($(el, '[part~="exit-note"]')!.getClientRects()).to.have.length(0);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('<help-panel> on paper', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('with nothing chosen, prints someone to talk to, without an empty "What\'s happening?"', async () => {
    const el = await panel('<help-panel></help-panel>');
    await emulateMedia({ media: 'print' });
    expect($(el, '#chooser-heading')!.getClientRects()).to.have.length(0);
    expect($(el, '[part~="choices"]')!.getClientRects()).to.have.length(0);
    expect($(el, '#start-heading')!.getClientRects()).to.have.length(1);
  });

  it('with a situation chosen, prints that choice and its steps only', async () => {
    const el = await panel('<help-panel situation="sextortion"></help-panel>');
    await emulateMedia({ media: 'print' });
    const shown = $$(el, '[part~="choice"]').filter((choice) => choice.getClientRects().length);
    expect(shown.map((choice) => choice.textContent!.trim())).to.deep.equal(['Someone is threatening to share my image or asking for money']);
    expect($(el, '#chooser-heading')!.getClientRects()).to.have.length(1);
    expect($(el, '[part~="steps"]')!.getClientRects().length).to.be.greaterThan(0);
  });
});

describe('<help-panel> with bad input', () => {
  it('an unknown audience warns with the valid values and shows the young-person panel', async () => {
    let el!: HelpPanel;
    const warnings = await warningsDuring(async () => {
      el = await panel('<help-panel audience="teacher"></help-panel>');
    });
    expect(warnings.join('\n')).to.contain('audience="teacher" is not valid');
    expect(warnings.join('\n')).to.contain('young-person, parent, professional');
    expect(cards(el)).to.deep.equal(START_SERVICES['young-person' as Audience]);
  });

  it('an unknown situation warns and shows the choices with none chosen', async () => {
    let el!: HelpPanel;
    const warnings = await warningsDuring(async () => {
      el = await panel('<help-panel situation="blackmail"></help-panel>');
    });
    expect(warnings.join('\n')).to.contain('situation="blackmail" is not valid');
    expect(warnings.join('\n')).to.contain('sextortion');
    expect($$(el, '[aria-pressed="true"]')).to.have.length(0);
    expect(cards(el).length).to.be.greaterThan(0);
  });

  for (const bad of ['http://example.org/', 'javascript:alert(1)', '/home', 'weather']) {
    it(`exit-url="${bad}" is refused with a warning and BBC Weather used`, async () => {
      let el!: HelpPanel;
      const warnings = await warningsDuring(async () => {
        el = await panel(`<help-panel exit-url="${bad}"></help-panel>`);
      });
      expect(warnings.join('\n')).to.contain('exit-url=');
      expect(warnings.join('\n')).to.contain('https://');
      expect($(el, 'a[part~="exit"]')!.getAttribute('href')).to.equal(DEFAULT_EXIT_URL);
    });
  }
});

describe('<help-panel> accessibility in every state', () => {
  for (const example of helpPanelExamples) {
    it(`${example.name} passes axe`, async () => {
      const el = await panel(example.markup);
      await expect(el).shadowDom.to.be.accessible();
    });
  }

  it('passes axe in a dark page', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="color-scheme: dark; background: #111; color: #eee">
      <help-panel situation="sextortion"></help-panel></div>`);
    const el = wrap.querySelector('help-panel')!;
    await el.updateComplete;
    await expect(el).shadowDom.to.be.accessible();
  });
});
