import { expect, fixture } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/law-explainer/define.js';
import type { LawExplainer } from '../src/law-explainer/law-explainer.js';
import { JURISDICTION_IDS, type Jurisdiction } from '../src/content/jurisdictions.js';
import { LAW_FACTS, LEVEL_IDS, SECTION_IDS } from '../src/content/law.js';
import { MYTHS } from '../src/content/myths.js';
import { JURISDICTIONS, SECTIONS } from '../src/content/law.js';
import { citedFactsAreKnown } from './support/provenance.js';
import { $, $$, focusedIn, visibleText, warningsDuring } from './support/helpers.js';

const explainer = (attrs: Record<string, string> = {}) => {
  const el = document.createElement('law-explainer');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return fixture<LawExplainer>(el);
};

/** Open every section and every Sources disclosure, so all the text is on show. */
async function openEverything(el: LawExplainer): Promise<void> {
  $(el, '[part~="show-all"]')!.click();
  await el.updateComplete;
  for (const details of $$(el, 'details')) (details as HTMLDetailsElement).open = true;
}

const sectionIds = (el: LawExplainer) => $$(el, '[part~="section"]').map((s) => s.dataset.section);
const isOpen = (el: LawExplainer, id: string) =>
  $(el, `#b-${id}`)?.getAttribute('aria-expanded') === 'true' && !$(el, `#s-${id}`)!.hasAttribute('hidden');

// Each jurisdiction's own act names; no other jurisdiction may show them.
const ACTS: Record<Jurisdiction, string[]> = {
  'england-wales': ['Protection of Children Act 1978', 'Criminal Justice Act 1988', 'Online Safety Act 2023'],
  scotland: ['Civic Government (Scotland) Act 1982'],
  'northern-ireland': ['Protection of Children (Northern Ireland) Order 1978', 'Criminal Justice (Evidence, Etc.) (Northern Ireland) Order 1988'],
};
const PLACES: Record<Jurisdiction, string> = {
  'england-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

describe('<law-explainer> in every jurisdiction and at every level', function () {
  // axe over a fully open explainer takes seconds on a shared 2-core machine.
  this.timeout(30_000);
  for (const jurisdiction of JURISDICTION_IDS) {
    for (const level of LEVEL_IDS) {
      it(`a ${level} reader in ${PLACES[jurisdiction]} sees that law's act names and never another's, `, async () => {
        const el = await explainer({ jurisdiction, level });
        await openEverything(el);
        const text = visibleText(el);
        expect(text).to.contain(`The law in ${PLACES[jurisdiction]}.`);
        for (const act of ACTS[jurisdiction]) expect(text, act).to.contain(act);
        for (const other of JURISDICTION_IDS.filter((j) => j !== jurisdiction)) {
          for (const act of ACTS[other]) expect(text, `${other}: ${act}`).not.to.contain(act);
        }
        expect(text).to.contain('anyone under 18');
        expect(text).to.contain('The law is there to protect young people, not to punish them.');
      });
    }
  }

  it('Scotland and Northern Ireland never claim the Online Safety Act or Outcome 21, which FACTS.md gives for England and Wales only', async () => {
    for (const jurisdiction of ['scotland', 'northern-ireland']) {
      const el = await explainer({ jurisdiction, level: 'adult' });
      await openEverything(el);
      const text = visibleText(el);
      expect(text).not.to.match(/Online Safety Act|Outcome 21|66A|66B|College of Policing/);
      expect(sectionIds(el)).not.to.include('sharing');
    }
  });

  it('a fake or AI-made nude is against the law in every jurisdiction (FACTS.md law.ai.*), with the myth answered', async () => {
    for (const jurisdiction of JURISDICTION_IDS) {
      const el = await explainer({ jurisdiction, open: 'what' });
      expect($(el, '#s-what')!.textContent).to.contain('A fake nude counts too, even one made with AI or an app.');
      const myths = await explainer({ jurisdiction, open: 'myths' });
      expect($(myths, '[data-myth="fake"] .statement')!.textContent).to.equal("It's fake, so it's not illegal.");
    }
  });

  it('right beside "it is against the law to take one", a young reader hears that the law is there to protect them', async () => {
    for (const jurisdiction of JURISDICTION_IDS) {
      const el = await explainer({ jurisdiction, open: 'illegal' });
      const after = $(el, '#s-illegal > ul')!.nextElementSibling!.textContent;
      expect(after, jurisdiction).to.equal('This law is there to protect young people, not to punish them.');
    }
  });

  it('cyberflashing is worded as the law scopes it: pictures of private parts, not any sexual image', async () => {
    const el = await explainer({ level: 'teen', open: 'sharing' });
    const text = $(el, '#s-sharing')!.textContent!;
    expect(text).to.contain('Sending someone a picture or video of private parts to upset or scare them');
    expect(text).not.to.contain('a sexual image they did not want');
  });

  it('where images can end up is said beside Report Remove and "it is not your fault"', async () => {
    const el = await explainer({ open: 'reporting' });
    const text = $(el, '#s-reporting')!.textContent!;
    expect(text).to.contain('dark web');
    expect(text).to.contain('If this happened to you, it is not your fault.');
    expect(text).to.contain('Report Remove can help get a nude of you taken down');
    expect(text).to.contain('to find the children in them and keep them safe');
  });

  it('Outcome 21 is worded exactly as FACTS.md allows: "unlikely" and "cannot be ruled out", never a promise', async () => {
    for (const level of LEVEL_IDS) {
      const el = await explainer({ level, open: 'police' });
      const police = $(el, '#s-police')!.textContent!.replace(/\s+/g, ' ');
      expect(police).to.contain('Outcome 21');
      expect(police).to.contain('It is unlikely to show up on a criminal record check.');
      expect(police).to.contain('it cannot be ruled out on an enhanced check');
      expect(police).not.to.match(/will not (show|appear|be (disclosed|on))|won't|never (show|appear)/i);
    }
  });

  it('a young reader is never told that consent makes sharing a nude of an under-18 legal, and learns what the Online Safety Act did', async () => {
    const el = await explainer({ open: 'sharing' });
    const sharing = $(el, '#s-sharing')!.textContent!.replace(/\s+/g, ' ');
    expect(sharing).to.contain('without their consent');
    expect(sharing).to.contain('If the person is under 18, sharing it is against the law even if they said yes.');
    expect(sharing).to.contain('The Online Safety Act 2023 added these crimes to the law.');
    expect(sharing).not.to.match(/This law is the Online Safety Act/);
    // law.osa2023's own words: an "intimate image", never narrowed or widened to "a nude or semi-nude image".
    expect(sharing).to.contain('It is a crime to share an intimate image of anyone without their consent.');
    expect(sharing).not.to.contain('nude or semi-nude image');
    expect($(el, '[part~="sources-section"][data-section="sharing"] .fact-ids')!.textContent).to.contain('law.consent');
  });

  it('Outcome 21 starts with what police do, in plain words', async () => {
    const el = await explainer({ open: 'police' });
    expect($(el, '#s-police')!.textContent!.replace(/\s+/g, ' ')).to.contain(
      'Sometimes police write down what happened but decide not to take it further. This is called Outcome 21.',
    );
  });

  it('an adult in Scotland or Northern Ireland reads the UKCIS guidance as England\'s, never as their own rules', async () => {
    for (const jurisdiction of ['scotland', 'northern-ireland']) {
      const el = await explainer({ jurisdiction, level: 'adult' });
      await openEverything(el);
      // Each paragraph that tells schools or staff what to do says whose guidance it is.
      for (const p of $$(el, 'p')) {
        const line = p.textContent!.replace(/\s+/g, ' ').trim();
        if (/refer|Designated Safeguarding Lead/.test(line)) expect(line, line).to.match(/^(UKCIS|It (also )?says)/);
      }
      expect($(el, '#s-schools')!.textContent).to.contain('(England)');
      expect($(el, '#s-schools')!.textContent).to.contain('It says staff report to the Designated Safeguarding Lead');
      expect($$(el, '#s-illegal p').map((p) => p.textContent).join(' ')).not.to.contain('Schools');
    }
  });

  it('a teen reader gets more depth than a young one, and an adult gets the UKCIS guidance for schools', async () => {
    const words = async (level: string) => {
      const el = await explainer({ level });
      await openEverything(el);
      return { text: visibleText(el), ids: sectionIds(el) };
    };
    const young = await words('young');
    const teen = await words('teen');
    const adult = await words('adult');
    expect(teen.text.length).to.be.greaterThan(young.text.length);
    expect(teen.text).to.contain('cyberflashing');
    expect(young.text).not.to.contain('cyberflashing');
    expect(young.ids).not.to.include('schools');
    expect(adult.ids).to.include('schools');
    expect(adult.text).to.contain('Designated Safeguarding Lead');
    expect(adult.text).to.contain('(social and peer pressure)');
  });

  it('says why people send images, without judgement: the seed talk\'s eight reasons', async () => {
    const el = await explainer({ open: 'why' });
    expect($$(el, '#s-why > ul > li')).to.have.length(8);
    // Not your fault, full stop: never tied to "if someone made you", which would blame sending by choice.
    expect($(el, '#s-why')!.textContent).to.contain('It is not your fault. If someone made you send one');
  });
});

describe('<law-explainer> sections open and close', () => {
  it('starts with every section closed, each a button that says whether it is expanded', async () => {
    const el = await explainer();
    expect(sectionIds(el)).to.deep.equal(SECTION_IDS.filter((id) => id !== 'schools'));
    for (const toggle of $$(el, '[part~="toggle"]')) {
      expect(toggle.tagName).to.equal('BUTTON');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect($(el, `#${toggle.getAttribute('aria-controls')}`)).to.exist;
    }
    expect($(el, 'h3')!.textContent).to.contain('What the law says');
    expect($$(el, 'h4 [part~="toggle"]')).to.have.length(sectionIds(el).length);
  });

  it('a young person opens a section with the keyboard, and closes it again', async () => {
    const el = await explainer();
    $(el, '[part~="hide-all"]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedIn(el)?.id).to.equal('b-who');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(isOpen(el, 'who')).to.be.true;
    expect(focusedIn(el)?.id).to.equal('b-who');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(isOpen(el, 'who')).to.be.false;
  });

  it('Show all opens every section and Hide all closes them', async () => {
    const el = await explainer();
    $(el, '[part~="show-all"]')!.click();
    await el.updateComplete;
    for (const id of sectionIds(el)) expect(isOpen(el, id!), id).to.be.true;
    $(el, '[part~="hide-all"]')!.click();
    await el.updateComplete;
    for (const id of sectionIds(el)) expect(isOpen(el, id!), id).to.be.false;
  });

  it('Show all and Hide all say what they did, politely, in words that change when nothing did', async () => {
    const el = await explainer();
    const status = $(el, '[part~="controls-status"]')!;
    // A plain polite live region, not role="status": an empty status region is read as "statusbar".
    expect(status.getAttribute('aria-live')).to.equal('polite');
    expect(status.hasAttribute('role')).to.be.false;
    expect(status.textContent!.trim()).to.equal('');
    const count = sectionIds(el).length;
    $(el, '[part~="show-all"]')!.click();
    await el.updateComplete;
    expect(status.textContent!.trim()).to.equal(`${count} sections shown.`);
    // Pressed again, the same words would be dropped by a screen reader as a duplicate.
    $(el, '[part~="show-all"]')!.click();
    await el.updateComplete;
    expect(status.textContent!.trim()).to.equal('Every section was already shown.');
    $(el, '[part~="hide-all"]')!.click();
    await el.updateComplete;
    expect(status.textContent!.trim()).to.equal(`${count} sections hidden.`);
  });

  it('the Show all count takes the plural the host words for it', async () => {
    const el = await explainer({ sections: 'who', strings: '{"shown.one":"Una sección abierta.","shown.other":"{count} secciones abiertas."}' });
    $(el, '[part~="show-all"]')!.click();
    await el.updateComplete;
    expect($(el, '[part~="controls-status"]')!.textContent!.trim()).to.equal('Una sección abierta.');
  });

  it('a deep link opens one section: open="police"', async () => {
    const el = await explainer({ open: 'police' });
    expect(isOpen(el, 'police')).to.be.true;
    expect(sectionIds(el).filter((id) => isOpen(el, id!))).to.deep.equal(['police']);
    el.open = 'why';
    await el.updateComplete;
    expect(isOpen(el, 'why')).to.be.true;
  });

  it('the browser\'s Find opens a closed section that holds the match', async () => {
    const el = await explainer();
    expect($(el, '#s-police')!.getAttribute('hidden')).to.equal('until-found');
    $(el, '#s-police')!.dispatchEvent(new Event('beforematch'));
    await el.updateComplete;
    expect(isOpen(el, 'police')).to.be.true;
  });

  it('sections chooses and orders the sections', async () => {
    const el = await explainer({ sections: 'police, who,myths' });
    expect(sectionIds(el)).to.deep.equal(['police', 'who', 'myths']);
  });

  it('in print every section is shown', async () => {
    const el = await explainer();
    const firstLine = $(el, '#s-who p')!;
    expect(firstLine.checkVisibility()).to.be.false;
    // On screen the printed answers stay out of sight: the reader finds them with Myth or Fact.
    el.open = 'myths';
    await el.updateComplete;
    expect($(el, '.print-answer')!.checkVisibility()).to.be.false;
    expect($(el, '.choices')!.checkVisibility()).to.be.true;
    await emulateMedia({ media: 'print' });
    try {
      expect(firstLine.checkVisibility()).to.be.true;
      expect(getComputedStyle($(el, '[part~="controls"]')!).display).to.equal('none');
      // A printed handout cannot press Myth or Fact: every answer is printed instead of the buttons.
      const myths = $$(el, '[part~="myth"]');
      expect(myths.length).to.be.greaterThan(0);
      for (const myth of myths) {
        expect(myth.querySelector<HTMLElement>('.print-answer')!.checkVisibility()).to.be.true;
        expect(myth.querySelector<HTMLElement>('.choices')!.checkVisibility()).to.be.false;
      }
      // A closed "Sources" line could not be opened on paper: each section's sources print, with addresses.
      const source = $(el, '[part~="sources-section"][data-section="who"] a')!;
      expect(source.checkVisibility()).to.be.true;
      expect(getComputedStyle(source, '::after').content).to.contain('https://');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('<law-explainer> content rests on FACTS.md', () => {
  it('every block and myth cites fact ids that have a source (each jurisdiction\'s own for @law, @age, @ai), dated no earlier than those facts', () => {
    const resolve = (facts: readonly string[]) =>
      facts.flatMap((f) => (f.startsWith('@') ? Object.values(JURISDICTIONS).flatMap((j) => j[f.slice(1) as 'law' | 'age' | 'ai']) : [f]));
    const blocks = Object.values(SECTIONS).flatMap((section) => section.blocks);
    citedFactsAreKnown([...blocks, ...MYTHS].map((item) => ({ name: item.text, facts: resolve(item.facts), checked: item.checked })));
  });
});

describe('<law-explainer> sources on request', function () {
  // axe over a fully open explainer takes seconds on a shared 2-core machine.
  this.timeout(30_000);
  it('every section shows its sources, as safe links, with the FACTS.md ids and the date checked', async () => {
    for (const jurisdiction of JURISDICTION_IDS) {
      const el = await explainer({ jurisdiction, level: 'adult' });
      await openEverything(el);
      for (const section of $$(el, '[part~="section"]')) {
        const id = section.dataset.section!;
        const sources = $(el, `[part~="sources-section"][data-section="${id}"]`);
        expect(sources, `sources of ${id}`).to.exist;
        // Listed under the section's own title, so each statement can be traced to where it came from.
        expect(sources!.querySelector('.sources-title')!.textContent).to.equal(section.querySelector('.toggle')!.textContent!.trim());
        const ids = sources!.querySelector('.fact-ids')!.textContent!;
        expect(ids).to.match(/Checked 2026-1[12]\./);
        for (const id of ids.match(/Fact ids: (.*)\. Checked/)![1].split(', ')) {
          expect(LAW_FACTS, id).to.have.property(id);
        }
        for (const link of sources!.querySelectorAll('a')) {
          expect(link.getAttribute('href')).to.match(/^https:\/\//);
          expect(link.getAttribute('target')).to.equal('_blank');
          expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
          expect(link.textContent).to.contain('opens in a new tab');
        }
      }
      await expect(el).shadowDom.to.be.accessible();
    }
  });

  it('England and Wales cites legislation.gov.uk for the 1978 Act; Scotland cites its own Act', async () => {
    const hrefs = async (jurisdiction: string) => {
      const el = await explainer({ jurisdiction });
      return $$(el, '[part~="sources"] a').map((a) => a.getAttribute('href'));
    };
    expect(await hrefs('england-wales')).to.include('https://www.legislation.gov.uk/ukpga/1978/37/section/1');
    const scotland = await hrefs('scotland');
    expect(scotland).to.include('https://www.legislation.gov.uk/ukpga/1982/45/section/52');
    expect(scotland).not.to.include('https://www.legislation.gov.uk/ukpga/1978/37/section/1');
  });

  it('one Sources toggle after the sections: an open section adds one Tab stop (ARIA APG accordion), not two', async () => {
    const el = await explainer();
    await el.updateComplete;
    $(el, '[part~="show-all"]')!.click();
    await el.updateComplete;
    expect($$(el, 'summary').map((s) => s.textContent!.trim())).to.deep.equal(['Sources']);
    // Every open section: only its heading button takes focus before the myth check's own buttons.
    for (const section of $$(el, '[part~="section"]')) {
      const stops = [...section.querySelectorAll<HTMLElement>('button, a[href], summary, [tabindex="0"]')].filter(
        (stop) => !stop.closest('[part~="myths"]'),
      );
      expect(stops.map((stop) => stop.className), section.dataset.section).to.deep.equal(['toggle']);
    }
    const last = $$(el, '[part~="section"]').at(-1)!;
    expect(last.compareDocumentPosition($(el, '[part~="sources"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
  });
});

describe('<law-explainer> Myth or fact?', function () {
  // axe over a fully open explainer takes seconds on a shared 2-core machine.
  this.timeout(30_000);
  it('a young person answers by keyboard and hears the answer with its reason', async () => {
    const el = await explainer({ open: 'myths' });
    const first = $(el, '[part~="myth"]')!;
    const [myth, fact] = [...first.querySelectorAll('button')];
    expect(first.querySelector('[role="group"]')!.getAttribute('aria-labelledby')).to.equal('m-both-16');
    expect(first.querySelector('[part~="answer"]')!.getAttribute('aria-live')).to.equal('polite');
    fact.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(fact.getAttribute('aria-pressed')).to.equal('true');
    expect(first.querySelector('[part~="answer"]')!.textContent).to.equal(
      'Not quite. It is a myth. The law on images protects you until you are 18. This is true even if you are both 16 or 17.',
    );
    myth.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(myth.getAttribute('aria-pressed')).to.equal('true');
    expect(fact.getAttribute('aria-pressed')).to.equal('false');
    expect(first.querySelector('[part~="answer"]')!.textContent).to.match(/^Right\. It is a myth\./);
  });

  it('every statement has an answer and a reason; the fake-image one cites each jurisdiction its own law', async () => {
    for (const m of MYTHS) expect(m.why.length, m.id).to.be.greaterThan(10);
    for (const [jurisdiction, id] of [['england-wales', 'law.ai.ew'], ['scotland', 'law.ai.scotland'], ['northern-ireland', 'law.ai.ni']]) {
      const el = await explainer({ open: 'myths', jurisdiction });
      await openEverything(el);
      expect($$(el, '[part~="myth"]').map((m) => m.dataset.myth)).to.include('fake');
      expect($(el, '[data-section="myths"] .fact-ids')!.textContent, jurisdiction).to.contain(id);
    }
  });
});

describe('<law-explainer> with bad input', function () {
  // axe over a fully open explainer takes seconds on a shared 2-core machine.
  this.timeout(30_000);
  it('an unknown jurisdiction warns with the valid values and uses England and Wales', async () => {
    let el!: LawExplainer;
    const warnings = await warningsDuring(async () => {
      el = await explainer({ jurisdiction: 'wales-only' });
    });
    expect(warnings.join('\n')).to.contain('jurisdiction="wales-only" is not valid. Valid values: england-wales, scotland, northern-ireland');
    expect(visibleText(el)).to.contain('The law in England and Wales.');
  });

  it('an unknown level warns and uses young', async () => {
    let el!: LawExplainer;
    const warnings = await warningsDuring(async () => {
      el = await explainer({ level: 'expert' });
    });
    expect(warnings.join('\n')).to.contain('level="expert" is not valid. Valid values: young, teen, adult');
    expect(sectionIds(el)).not.to.include('schools');
  });

  it('unknown section ids warn and are skipped; none known shows every section', async () => {
    let el!: LawExplainer;
    let warnings = await warningsDuring(async () => {
      el = await explainer({ sections: 'who,laws' });
    });
    expect(warnings.join('\n')).to.contain('sections="who,laws" is not valid');
    expect(sectionIds(el)).to.deep.equal(['who']);
    warnings = await warningsDuring(async () => {
      el = await explainer({ sections: 'nope' });
    });
    expect(warnings.join('\n')).to.contain('Showing every section.');
    expect(sectionIds(el).length).to.be.greaterThan(5);
  });

  it('an unknown open id warns and opens nothing; a bad heading-level warns and uses 3', async () => {
    let el!: LawExplainer;
    const warnings = await warningsDuring(async () => {
      el = await explainer({ open: 'everything', 'heading-level': '1' });
    });
    expect(warnings.join('\n')).to.contain('open="everything" is not valid');
    expect(warnings.join('\n')).to.contain('heading-level="1" is not valid');
    expect($(el, 'h3')).to.exist;
    expect(sectionIds(el).some((id) => isOpen(el, id!))).to.be.false;
  });

  it('heading-level fits the outline: 2 gives h2 and h3; 6 keeps sections at h6', async () => {
    const two = await explainer({ 'heading-level': '2' });
    expect($(two, 'h2')!.textContent).to.contain('What the law says');
    expect($$(two, 'h3 [part~="toggle"]').length).to.be.greaterThan(5);
    const six = await explainer({ 'heading-level': '6' });
    expect($$(six, 'h6').length).to.equal(sectionIds(six).length + 1);
  });

  it('a host can replace any string', async () => {
    const el = await explainer({ strings: '{"showAll":"Open all","title":"The law"}' });
    expect($(el, '[part~="show-all"]')!.textContent!.trim()).to.equal('Open all');
    expect($(el, 'h3')!.textContent!.trim()).to.equal('The law');
  });

  it('in a dark page, every section open, it is on its own dark surface', async () => {
    const el = await explainer({ level: 'teen' });
    // A page that declares color-scheme: dark (the host inherits it; set on the host here, because a
    // plain wrapper fixture waits for an animation frame, which a background test tab never gets).
    el.style.colorScheme = 'dark';
    await openEverything(el);
    expect(getComputedStyle($(el, '[part~="base"]')!).backgroundColor).to.equal('rgb(28, 31, 36)');
  });
});
