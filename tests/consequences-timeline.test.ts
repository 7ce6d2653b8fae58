import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/consequences-timeline/define.js';
import type { ConsequencesTimeline } from '../src/consequences-timeline/consequences-timeline.js';
import '../src/helpline-card/define.js';
import type { HelplineCard } from '../src/helpline-card/helpline-card.js';
import { SCENARIOS, SCENARIO_IDS, STAGE_IDS, type Point } from '../src/content/consequences.js';
import { JURISDICTION_IDS } from '../src/content/jurisdictions.js';
import { SERVICES, serviceById } from '../src/content/services.js';
import { citedFactsAreKnown } from './support/provenance.js';
import { $, $$, focusedIn, visibleText, warningsDuring } from './support/helpers.js';

const timeline = (scenario = 'sent', stage = '') =>
  fixture<ConsequencesTimeline>(html`<consequences-timeline scenario=${scenario} stage=${stage}></consequences-timeline>`);

/** The stage a reader sees when stepping one at a time. */
const currentStage = (el: Element) => $(el, 'li[aria-current="step"]')!.dataset.stage;
const openBodies = (el: Element) => $$(el, '.body').filter((b) => getComputedStyle(b).display !== 'none');
// A polite live region with no role: an empty role="status" is read aloud as "statusbar".
const liveRegion = (el: Element) => $(el, '[aria-live="polite"]')!.textContent!.trim();
const allPoints = (): Point[] =>
  Object.values(SCENARIOS).flatMap((s) => [s.lead, ...s.stages.flatMap((st) => [...st.happen, ...st.can])]);
// After an update, let the stage's entrance animation end: axe judges the colours a reader sees
// once it has settled, not a frame of the fade.
const settle = async (el: ConsequencesTimeline) => {
  await el.updateComplete;
  for (const animation of el.shadowRoot!.getAnimations()) animation.finish();
};

describe('<consequences-timeline> each scenario follows its own path', () => {
  for (const id of SCENARIO_IDS) {
    const scenario = SCENARIOS[id];
    it(`${id}: four stages in time, each pairing what can happen with what you can do`, async () => {
      const el = await timeline(id);
      expect($(el, 'h3')!.textContent!.trim()).to.equal(scenario.title);
      const stages = $$(el, 'ol[part~="stages"] > li');
      expect(stages.map((li) => li.dataset.stage)).to.deep.equal([...STAGE_IDS]);
      el.showAll = true;
      await settle(el);
      scenario.stages.forEach((stage, i) => {
        const text = visibleText(stages[i]).replace(/\s+/g, ' ');
        expect(text).to.contain(stage.title);
        for (const p of [...stage.happen, ...stage.can]) expect(text).to.contain(p.text);
        // Every stage ends on help, never on a threat.
        expect(stages[i].querySelector('.groups > :last-child')!.matches('.can')).to.equal(true);
        expect(stage.can.length).to.be.greaterThan(0);
      });
      expect($(el, '[part~="closing"]')!.textContent).to.contain('never too late to ask for help');
    });
  }

  for (const id of ['shared-without-consent', 'sextortion', 'pressured']) {
    it(`${id}: says plainly, first, that it is not the young person's fault`, async () => {
      const el = await timeline(id);
      const lead = $(el, '[part~="not-your-fault"]')!;
      expect(lead.textContent!.trim()).to.match(/^It is not your fault\./);
      expect(lead.compareDocumentPosition($(el, 'ol')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    });
  }

  it('sent: reassures that the law protects young people, without a "not your fault" claim it cannot make', async () => {
    const el = await timeline('sent');
    expect($(el, '[part~="not-your-fault"]')).to.be.null;
    expect($(el, '[part~="lead"]')!.textContent).to.contain('protect young people, not to punish them');
  });

  it('sextortion: don\'t pay, block, keep the evidence, report, and Report Remove / Take It Down', async () => {
    const el = await fixture<ConsequencesTimeline>(html`<consequences-timeline scenario="sextortion" show-all></consequences-timeline>`);
    const text = visibleText(el);
    for (const words of ["Don't pay", 'block them', "Don't delete the messages", 'report it to CEOP', 'Report Remove', 'Take It Down', 'never to blame']) {
      expect(text).to.contain(words);
    }
  });

  it('Outcome 21 is said exactly as FACTS allows: unlikely, cannot be ruled out, never a promise', async () => {
    const el = await timeline('sent', 'years');
    const text = visibleText(el);
    expect(text).to.contain('Sometimes police write down what happened but decide not to take it further. This is called Outcome 21.');
    expect(text).to.contain('unlikely to show on a criminal record check');
    expect(text).to.contain('cannot be ruled out on an enhanced check');
    expect(text).not.to.match(/will not (show|appear)|won't (show|appear)|never (show|appear)/i);
  });

  it('wherever Report Remove is offered or named, it says what it cannot take down, and that it still helps block uploads', () => {
    const named = allPoints().filter((p) => p.services?.includes('report-remove') || p.text.includes('Report Remove'));
    expect(named.length).to.be.greaterThan(0);
    for (const p of named) {
      expect(p.text).to.contain('It can only take down copies that are public online.');
      expect(p.text).to.contain("It can't take down copies saved on a phone, or sent in apps like WhatsApp or Snapchat.");
      expect(p.text).to.contain('But it can still help stop them being posted online.');
      expect(p.facts).to.include('rr.limits');
    }
  });

  it('wherever CEOP is offered, it says plainly that a report is not anonymous', () => {
    const named = allPoints().filter((p) => p.services?.includes('ceop') || p.text.includes('CEOP'));
    expect(named.length).to.be.greaterThan(0);
    for (const p of named) expect(p.text).to.contain('It is not anonymous.');
  });

  it('sent: where threats can happen, a young person hears that it is not their fault', () => {
    const weeks = SCENARIOS.sent.stages.find((s) => s.id === 'weeks')!;
    expect(weeks.happen.some((p) => p.text.includes('blackmail'))).to.equal(true);
    expect(weeks.can.map((p) => p.text).join(' ')).to.contain("If anyone threatens you, it is not your fault. Don't pay");
  });

  it('stem4 is named only as a teenage mental health charity, never by its apps', async () => {
    const low = allPoints().find((p) => p.services?.includes('stem4'))!;
    expect(low.text).to.contain('stem4, a teenage mental health charity');
    for (const id of SCENARIO_IDS) {
      const el = await fixture<ConsequencesTimeline>(html`<consequences-timeline scenario=${id} show-all></consequences-timeline>`);
      expect(visibleText(el)).not.to.match(/Calm Harm|Clear Fear|Move Mood/);
    }
  });
});

describe('<consequences-timeline> content rests on FACTS.md and the one service directory', () => {
  it('every point carries fact ids that have a source, and is dated no earlier than the facts it cites', () => {
    citedFactsAreKnown(allPoints().map((p) => ({ ...p, name: p.text })));
  });

  it('sextortion: if you paid, do not pay more; it may be a fake; threats are often not carried out, but tell someone; what CEOP does next', () => {
    const text = SCENARIOS.sextortion.stages.flatMap((s) => [...s.happen, ...s.can]).map((p) => p.text).join(' ');
    expect(text).to.contain("If you have already paid, don't panic. But don't pay any more.");
    expect(text).to.contain('may be a fake that they made');
    expect(text).to.contain("Often they don't carry out the threat, but sometimes they do. So still tell someone.");
    expect(text).to.contain('After you report to CEOP, an advisor will get in touch.');
  });

  it('"you can\'t control where it goes" and "adult websites" are said only to someone who chose to send', () => {
    for (const id of ['shared-without-consent', 'sextortion', 'pressured'] as const) {
      const text = SCENARIOS[id].stages.flatMap((s) => s.happen).map((p) => p.text).join(' ');
      expect(text, id).not.to.contain("can't control where it goes");
      expect(text, id).not.to.contain('adult websites');
    }
  });

  it('"feel very low" names Childline, the police, A&E and NHS 111, not only a text line', () => {
    const low = allPoints().find((p) => p.text.startsWith('If you feel very low'))!;
    expect(low.text).to.contain('Call Childline');
    expect(low.text).to.contain('call the police or go to A&E');
    expect(low.text).to.contain('NHS 111');
    expect(low.services).to.include.members(['childline', 'police']);
  });

  it('points about threats cite the sextortion guidance; "not your fault" cites the Consequences section or it', () => {
    for (const p of allPoints()) {
      if (/threaten|blackmail/i.test(p.text)) expect(p.facts, p.text).to.include('guide.sextortion');
      if (/not your fault/i.test(p.text)) {
        expect(p.facts.some((f) => f === 'consequences' || f === 'guide.sextortion'), p.text).to.equal(true);
      }
    }
    expect(SCENARIOS.pressured.lead.facts).to.include.members(['law.adults', 'consequences']);
  });

  it('every stage of every scenario names someone who can help, as a link', () => {
    for (const scenario of Object.values(SCENARIOS)) {
      for (const stage of scenario.stages) {
        expect(stage.can.some((p) => p.services?.length), `${scenario.id} / ${stage.id}`).to.equal(true);
      }
    }
  });

  it('never offers an adults-only service to a young person', async () => {
    for (const p of allPoints()) {
      for (const id of p.services ?? []) expect(serviceById(id)?.minAge ?? 0, id).to.be.below(18);
    }
    for (const id of SCENARIO_IDS) {
      const el = await fixture<ConsequencesTimeline>(html`<consequences-timeline scenario=${id} show-all></consequences-timeline>`);
      expect(visibleText(el)).not.to.match(/NSPCC Helpline|Revenge Porn|0808 800 5000|0345 6000 459/);
    }
  });

  it('every number and address it shows is one of the directory\'s services, in every scenario and place', async () => {
    // What the directory itself shows: every link and number of every service's own card.
    const cards = await fixture<HTMLDivElement>(`<div>${Object.keys(SERVICES).map((id) => `<helpline-card service="${id}"></helpline-card>`).join('')}</div>`);
    await Promise.all([...cards.children].map((c) => (c as HelplineCard).updateComplete));
    const directory = [...cards.children].map((c) => c as HelplineCard);
    const directoryLinks = new Set(directory.flatMap((c) => $$(c, 'a[href]').map((a) => a.getAttribute('href')!)));
    const directoryText = directory.map((c) => visibleText(c)).join('\n');
    // A phone number, short code or text number (groups of three or more digits), or a web address.
    const NUMBER_OR_ADDRESS = /https?:\/\/\S+|www\.\S+|\b\d{3,}(?: \d{3,})*\b/g;
    for (const scenario of SCENARIO_IDS) {
      for (const jurisdiction of JURISDICTION_IDS) {
        const el = await fixture<ConsequencesTimeline>(html`<consequences-timeline scenario=${scenario} jurisdiction=${jurisdiction} show-all></consequences-timeline>`);
        const where = `${scenario} in ${jurisdiction}`;
        const links = $$(el, 'a[href]').map((a) => a.getAttribute('href')!);
        expect(links.length, where).to.be.greaterThan(0);
        expect(links.filter((href) => !directoryLinks.has(href)), `links of ${where} not in the directory`).to.deep.equal([]);
        const shown = visibleText(el).match(NUMBER_OR_ADDRESS) ?? [];
        expect(shown.filter((n) => !directoryText.includes(n.trim())), `numbers of ${where} not in the directory`).to.deep.equal([]);
      }
    }
  });

  it('service links come from the directory: Childline calls 0800 1111 in +44 form, websites open safely', async () => {
    const el = await timeline('sent', 'moment');
    const call = $$(el, 'a[part~="call"]').find((a) => a.textContent!.includes(SERVICES.childline.phones[0].display))!;
    expect(call.getAttribute('href')).to.equal('tel:+448001111');
    const site = $(el, 'a[part~="service"]')!;
    expect(site.getAttribute('href')).to.equal(SERVICES.childline.url);
    expect(site.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(site.getAttribute('aria-label')).to.equal(`${SERVICES.childline.name} (opens in a new tab)`);
  });

  it('in danger right now, the sextortion path offers 999 with its label', async () => {
    const el = await timeline('sextortion', 'hours');
    const calls = $$(el, 'a[part~="call"]').map((a) => [a.textContent!.trim(), a.getAttribute('href')]);
    expect(calls).to.deep.include(['In an emergency: Call 999', 'tel:999']);
  });
});

describe('<consequences-timeline> follows the law where the reader lives', () => {
  const allShown = (scenario: string, jurisdiction?: string) =>
    fixture<ConsequencesTimeline>(html`<consequences-timeline scenario=${scenario}
      jurisdiction=${jurisdiction ?? ''} show-all></consequences-timeline>`);

  it('in England and Wales (the default, or said) a reader who sent one hears about Outcome 21', async () => {
    for (const where of [undefined, 'england-wales', ' England-Wales ']) {
      expect(visibleText(await allShown('sent', where)), String(where)).to.contain('This is called Outcome 21.');
    }
  });

  for (const where of JURISDICTION_IDS.filter((j) => j !== 'england-wales')) {
    it(`in ${where}, no scenario ever mentions Outcome 21, and every stage still ends on help`, async () => {
      for (const id of SCENARIO_IDS) {
        const el = await allShown(id, where);
        expect(visibleText(el), id).not.to.match(/Outcome 21|criminal record|enhanced check/);
        for (const li of $$(el, 'ol[part~="stages"] > li')) {
          expect(li.querySelectorAll('[part~="happen"] li').length).to.be.greaterThan(0);
          expect(li.querySelectorAll('[part~="can"] li').length).to.be.greaterThan(0);
        }
      }
    });
  }

  it('set as a property, it changes what is shown', async () => {
    const el = await allShown('sent');
    el.jurisdiction = 'scotland';
    await settle(el);
    expect(visibleText(el)).not.to.contain('Outcome 21');
    el.jurisdiction = 'england-wales';
    await settle(el);
    expect(visibleText(el)).to.contain('Outcome 21');
  });
});

describe('<consequences-timeline> stepping through', () => {
  it('a young person presses Next and hears "Stage 2 of 4: Minutes to hours later"', async () => {
    const el = await timeline();
    expect(currentStage(el)).to.equal('moment');
    expect(liveRegion(el)).to.equal('');
    expect(openBodies(el)).to.have.length(1);
    $(el, 'button[part~="next"]')!.click();
    await settle(el);
    expect(currentStage(el)).to.equal('hours');
    expect(liveRegion(el)).to.equal('Stage 2 of 4: Minutes to hours later');
    expect($(el, '[aria-live="assertive"]')).to.be.null;
    expect($(el, '[role="status"]'), 'no empty status region to be read as "statusbar"').to.be.null;
  });

  it('each stage is a group named by its heading, and Tab from the controls reaches the open stage before its links', async () => {
    const el = await timeline('sent', 'hours');
    for (const li of $$(el, '[part~="stage"]')) {
      const group = li.querySelector('[part~="stage-group"]')!;
      expect(group.getAttribute('role')).to.equal('group');
      const heading = $(el, `#${group.getAttribute('aria-labelledby')}`)!;
      expect(heading.matches('[part~="stage-heading"]')).to.be.true;
      expect(group.contains(heading)).to.be.true;
    }
    $(el, 'button[part~="toggle"]')!.focus();
    await sendKeys({ press: 'Tab' });
    const stop = focusedIn(el)!;
    expect(stop.closest('li')!.dataset.stage).to.equal('hours');
    expect(stop.matches('[part~="stage-group"]')).to.be.true;
    expect(stop.textContent).to.contain('Stage 2 of 4: Minutes to hours later');
    expect(stop.textContent).to.contain('What can happen');
    await sendKeys({ press: 'Tab' });
    expect(focusedIn(el)!.localName).to.equal('a');
    // Every stage shown: no stage is a Tab stop of its own (they are read in order).
    el.showAll = true;
    await settle(el);
    expect($$(el, '[part~="stage-group"][tabindex]')).to.have.length(0);
  });

  it('Previous and Next describe the arrow keys to screen readers', async () => {
    const el = await timeline();
    for (const button of $$(el, 'button[part~="previous"], button[part~="next"]')) {
      expect($(el, `#${button.getAttribute('aria-describedby')}`)!.textContent).to.equal('You can also use the Left and Right arrow keys.');
    }
  });

  it('Left, Right, Home and End step through while focus is in the stepper', async () => {
    const el = await timeline('sextortion');
    $(el, 'button[part~="next"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(currentStage(el)).to.equal('hours');
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(currentStage(el)).to.equal('years');
    expect(liveRegion(el)).to.equal('Stage 4 of 4: Months and years');
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(currentStage(el)).to.equal('weeks');
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(liveRegion(el)).to.equal('Stage 1 of 4: When the threats start');
  });

  it('on a right-to-left page, Left goes on and Right goes back, as the stages are laid out', async () => {
    const page = await fixture(html`<div dir="rtl"><consequences-timeline scenario="sent"></consequences-timeline></div>`);
    const el = page.querySelector('consequences-timeline') as ConsequencesTimeline;
    await el.updateComplete;
    $(el, 'button[part~="next"]')!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(currentStage(el)).to.equal('hours');
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(currentStage(el)).to.equal('moment');
  });

  it('at either end the button stays focusable but does nothing, so focus is never lost', async () => {
    const el = await timeline('sent', '4');
    const next = $(el, 'button[part~="next"]')!;
    expect(next.getAttribute('aria-disabled')).to.equal('true');
    next.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(currentStage(el)).to.equal('years');
    expect(focusedIn(el)).to.equal(next);
    expect($(el, 'button[part~="previous"]')!.getAttribute('aria-disabled')).to.equal('false');
  });

  it('stepping by key from a link inside a stage moves focus to the new stage, not to the page', async () => {
    const el = await timeline('sent', 'moment');
    $(el, '.current a')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(focusedIn(el)).to.equal($(el, 'li[data-stage="hours"] [part~="stage-group"]'));
  });

  it('Alt+Left is left to the browser (Back), not taken by the timeline', async () => {
    const el = await timeline('sent', 'hours');
    $(el, 'button[part~="next"]')!.focus();
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ up: 'Alt' });
    expect(currentStage(el)).to.equal('hours');
  });

  it('Show all stages opens every stage, and says so with aria-pressed', async () => {
    const el = await timeline();
    const toggle = $(el, 'button[part~="toggle"]')!;
    toggle.click();
    await settle(el);
    expect(el.hasAttribute('show-all'), 'the reader\u2019s choice stays inside the widget').to.equal(false);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(openBodies(el)).to.have.length(4);
    expect($(el, 'button[part~="next"]')).to.be.null;
    expect($(el, '[aria-current="step"]')).to.be.null;
  });

  it('stage opens one stage by id or number, quietly', async () => {
    expect(currentStage(await timeline('pressured', 'weeks'))).to.equal('weeks');
    const el = await timeline('pressured', '2');
    expect(currentStage(el)).to.equal('hours');
    expect(liveRegion(el)).to.equal('');
  });
});

describe('<consequences-timeline> layout follows its container, not the viewport', () => {
  const inBox = async (width: number, showAll: boolean) => {
    const box = await fixture<HTMLDivElement>(html`<div style="width:${width}px">
      <consequences-timeline ?show-all=${showAll}></consequences-timeline></div>`);
    const el = box.querySelector('consequences-timeline')!;
    await el.updateComplete;
    const tops = $$(el, 'ol > li').map((li) => Math.round(li.getBoundingClientRect().top));
    return { direction: getComputedStyle($(el, 'ol')!).flexDirection, tops };
  };

  for (const showAll of [false, true]) {
    it(`at 320 px the stages stack${showAll ? ' (all shown)' : ''}`, async () => {
      const { direction, tops } = await inBox(320, showAll);
      expect(direction).to.equal('column');
      tops.slice(1).forEach((top, i) => expect(top).to.be.greaterThan(tops[i]));
    });

    it(`at 1200 px the stages sit side by side${showAll ? ' (all shown)' : ''}`, async () => {
      const { direction, tops } = await inBox(1200, showAll);
      expect(direction).to.equal('row');
      expect(new Set(tops).size).to.equal(1);
    });
  }

  it('no horizontal scroll at 320 px', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width:320px"><consequences-timeline show-all></consequences-timeline></div>`);
    const el = box.querySelector('consequences-timeline')!;
    await el.updateComplete;
    expect($(el, 'section')!.scrollWidth).to.be.at.most(320);
  });
});

describe('<consequences-timeline> motion, print and theming', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference', media: 'screen' }));

  it('a new stage slides in only where motion is allowed', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    let el = await timeline();
    expect(getComputedStyle($(el, '.current .body')!).animationName).to.equal('ypsi-stage-in');
    await emulateMedia({ reducedMotion: 'reduce' });
    el = await timeline();
    expect(getComputedStyle($(el, '.current .body')!).animationName).to.equal('none');
  });

  it('print shows every stage and hides the buttons', async () => {
    const el = await timeline('sextortion', 'weeks');
    await emulateMedia({ media: 'print' });
    expect(openBodies(el)).to.have.length(4);
    expect(getComputedStyle($(el, '[part~="controls"]')!).display).to.equal('none');
  });

  it('in print, a "Who can help" link reads as its name then its address, the name not squeezed', async () => {
    const page = await fixture(html`<div style="width: 640px"><consequences-timeline scenario="sent" show-all></consequences-timeline></div>`);
    const el = page.querySelector('consequences-timeline') as ConsequencesTimeline;
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    const link = $$(el, 'a[part~="service"]').find((a) => a.textContent!.startsWith('Report Remove'))!;
    const name = document.createRange();
    name.selectNodeContents([...link.childNodes].find((node) => node.textContent!.includes('Report Remove'))!);
    // One line box per word at most: squeezed beside its address, the name broke mid-word ("Re / por / t").
    const lines = new Set([...name.getClientRects()].map((rect) => Math.round(rect.top)));
    expect(lines.size, 'lines the name "Report Remove" takes').to.be.at.most(2);
    expect(getComputedStyle(link, '::after').content).to.contain('https://www.childline.org.uk');
  });

  it('heading-level fits the host outline, stages one level below', async () => {
    const el = await fixture<ConsequencesTimeline>(html`<consequences-timeline heading-level="2"></consequences-timeline>`);
    expect($(el, 'h2')).to.exist;
    expect($$(el, 'h3')).to.have.length(4);
    const deep = await fixture<ConsequencesTimeline>(html`<consequences-timeline heading-level="6"></consequences-timeline>`);
    expect($$(deep, 'h6')).to.have.length(5);
  });

  it('a host can replace any string', async () => {
    const el = await fixture<ConsequencesTimeline>(html`<consequences-timeline strings='{"next":"Forward","announce":"Step {n}: {title}"}'></consequences-timeline>`);
    const next = $(el, 'button[part~="next"]')!;
    expect(next.textContent).to.equal('Forward');
    next.click();
    await settle(el);
    expect(liveRegion(el)).to.equal('Step 2: Minutes to hours later');
  });
});

describe('<consequences-timeline> as static HTML (npx ypsi-widgets render)', () => {
  it('with scripts off, every stage is shown and there are no buttons that would do nothing', async () => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/__static?tag=consequences-timeline&attr=scenario%3Dsextortion';
    document.body.append(frame);
    await loaded;
    const root = frame.contentDocument!.querySelector('consequences-timeline')!.shadowRoot!;
    const bodies = [...root.querySelectorAll('.body')];
    expect(bodies).to.have.length(4);
    expect(bodies.filter((b) => b.hasAttribute('hidden'))).to.have.length(0);
    expect(root.querySelector('button')).to.equal(null);
    expect(root.textContent).to.contain('It is not your fault');
    frame.remove();
  });
});

describe('<consequences-timeline> with bad input', () => {
  it('an unknown scenario warns with the valid ones and follows "sent"', async () => {
    let el!: ConsequencesTimeline;
    const warnings = await warningsDuring(async () => {
      el = await timeline('sextorsion');
    });
    expect(warnings.join('\n')).to.contain('scenario="sextorsion" is not valid');
    expect(warnings.join('\n')).to.contain('sent, shared-without-consent, sextortion, pressured');
    expect($(el, 'h3')!.textContent!.trim()).to.equal(SCENARIOS.sent.title);
  });

  for (const bad of ['9', '0', '2.5', 'tomorrow']) {
    it(`stage="${bad}" warns with the stage ids and opens the first stage`, async () => {
      let el!: ConsequencesTimeline;
      const warnings = await warningsDuring(async () => {
        el = await timeline('sent', bad);
      });
      expect(warnings.join('\n')).to.contain(`stage="${bad}" is not valid`);
      expect(warnings.join('\n')).to.contain('moment, hours, weeks, years, or a number from 1 to 4');
      expect(currentStage(el)).to.equal('moment');
    });
  }

  it('an unknown jurisdiction warns with the valid ones and uses England and Wales', async () => {
    let el!: ConsequencesTimeline;
    const warnings = await warningsDuring(async () => {
      el = await fixture<ConsequencesTimeline>(html`<consequences-timeline jurisdiction="wales" stage="years"></consequences-timeline>`);
    });
    expect(warnings.join('\n')).to.contain('jurisdiction="wales" is not valid');
    expect(warnings.join('\n')).to.contain('england-wales, scotland, northern-ireland');
    expect(visibleText(el)).to.contain('Outcome 21');
  });

  it('a bad heading-level warns and uses 3', async () => {
    let el!: ConsequencesTimeline;
    const warnings = await warningsDuring(async () => {
      el = await fixture<ConsequencesTimeline>(html`<consequences-timeline heading-level="1"></consequences-timeline>`);
    });
    expect(warnings.join('\n')).to.contain('heading-level="1" is not valid');
    expect($(el, 'h3')).to.exist;
  });
});
