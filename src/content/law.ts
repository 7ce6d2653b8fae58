import { holdsIn, type Jurisdiction } from './jurisdictions.js';
import { MYTHS, type Myth } from './myths.js';
import { fill } from '../core/strings.js';
import type { ContentItem, FactRef } from './types.js';

/**
 * What the law says about nudes and semi-nudes of under-18s, from the verified facts (section
 * "Law", the seed talk, and the rows added in December on fake images, police and reporting). One shared text per section, with deeper additions for
 * `teen` and `adult` and act names filled in per jurisdiction, so three levels × three jurisdictions
 * cost one copy of the words.
 *
 * Left out on purpose, because no verified fact backs it: the Online Safety Act 2023 offences in
 * Scotland and Northern Ireland (the `sharing` section is England and Wales only), Outcome 21 outside
 * England and Wales, the definition of "photograph" (negatives, data) outside England and Wales, and
 * the Crime and Policing Act 2026 AI-tool offences (facts law.ai.tools is only partly confirmed
 * and names neither the date in force nor where the offences apply).
 */
const NOV = '2026-11';
const DEC = '2026-12';

// Written out, so the manifest spells the union in this order (not the order TypeScript first met each word).
export type Level = 'young' | 'teen' | 'adult';
export const LEVEL_IDS: readonly Level[] = ['young', 'teen', 'adult'];

/** A source a reader can open, for one verified fact. `source` is empty where there is no public page. */
export interface LawFact extends FactRef {
  label: string;
  /** A second source, where the fact names two. */
  also?: { label: string; source: string };
}

const cps = 'https://www.cps.gov.uk/legal-guidance/indecent-and-prohibited-images-children';
const ceop = 'https://www.ceopeducation.co.uk/11_18/lets-talk-about/sex-and-sexual-content/sex-and-the-law';
const ukcis =
  'https://www.gov.uk/government/publications/sharing-nudes-and-semi-nudes-advice-for-education-settings-working-with-children-and-young-people';
const ukcisLabel = 'UKCIS guidance for schools';
const leg = 'https://www.legislation.gov.uk/';
const seedLabel = 'Metropolitan Police Victim Identification Unit talk';
const shoreSentOne = "Shore: What if I've been sent a nude by someone else?";
const shoreSentOneUrl = 'https://shorespace.org.uk/faqs/what-if-ive-been-sent-a-nude-by-someone-else/';
const fact = (id: string, label: string, source: string, also?: LawFact['also'], checked = NOV): LawFact => ({
  fact: id,
  checked,
  source,
  label,
  ...(also && { also }),
});

/** Every fact the explainer cites, keyed by its fact id ("seed" is the source talk itself). */
export const LAW_FACTS: Record<string, LawFact> = Object.fromEntries(
  [
    fact('seed', seedLabel, ''),
    // The facts' "Consequences" (from the seed and the sources above): no page of its own, so it shares
    // the talk's label and the Sources list shows that line once.
    fact('consequences', seedLabel, ''),
    fact('law.pca1978.s1', 'Protection of Children Act 1978, section 1', `${leg}ukpga/1978/37/section/1`),
    fact('law.pca1978.age', 'CPS legal guidance', cps),
    fact('law.pca1978.s7', 'Protection of Children Act 1978, section 7', `${leg}ukpga/1978/37/section/7`),
    fact('law.cja1988.s160', 'CPS legal guidance', cps),
    fact('law.scotland', 'Civic Government (Scotland) Act 1982, section 52', `${leg}ukpga/1982/45/section/52`),
    fact('law.ni', 'Protection of Children (Northern Ireland) Order 1978, article 3', `${leg}nisi/1978/1047/article/3`),
    fact(
      'law.outcome21',
      'College of Policing guidance',
      'https://www.college.police.uk/guidance/responding-taking-or-sharing-nude-and-semi-nude-images-young-people',
      {
        label: 'Statutory disclosure guidance',
        source: 'https://www.gov.uk/government/publications/statutory-disclosure-guidance/statutory-disclosure-guidance',
      },
    ),
    fact(
      'law.osa2023',
      'College of Policing guidance',
      'https://www.college.police.uk/guidance/sharing-photographs-of-people-intimate-state',
    ),
    fact('law.consent', 'CEOP: Sex and the law', ceop),
    fact('law.report', 'CEOP: Sex and the law', ceop),
    fact('law.protect', 'Childline', 'https://www.childline.org.uk'),
    fact('law.adults', ukcisLabel, ukcis),
    fact('guide.ukcis', ukcisLabel, ukcis),
    fact('guide.ukcis.dontview', ukcisLabel, ukcis),
    fact(
      'guide.sextortion',
      'CEOP: Online blackmail',
      'https://www.ceopeducation.co.uk/11_18/lets-talk-about/sexual-abuse/online-blackmail',
    ),
    fact('law.cyberflash', 'Sexual Offences Act 2003, other offences', `${leg}ukpga/2003/42/part/1/crossheading/other-offences`, undefined, DEC),
    fact('law.ai.ew', 'CPS legal guidance', cps, undefined, DEC),
    fact('law.ai.scotland', 'Civic Government (Scotland) Act 1982, section 52', `${leg}ukpga/1982/45/section/52`, undefined, DEC),
    fact('law.ai.ni', 'Protection of Children (Northern Ireland) Order 1978, article 2', `${leg}nisi/1978/1047/body/2008-04-01/data.html`, undefined, DEC),
    fact('law.prohibited', 'Coroners and Justice Act 2009, section 62', `${leg}ukpga/2009/25/section/62`, undefined, DEC),
    fact(
      'police.approach',
      'College of Policing guidance',
      'https://www.college.police.uk/guidance/responding-taking-or-sharing-nude-and-semi-nude-images-young-people',
      { label: 'Thinkuknow: Outcome 21 guidance', source: 'https://www.thinkuknow.co.uk/professionals/guidance/outcome-21-guidance/' },
      DEC,
    ),
    fact(
      'police.victimid',
      'Child Abuse Image Database (CAID) privacy notice',
      'https://www.gov.uk/government/publications/child-abuse-image-database/child-abuse-image-database-caid-privacy-notice',
      { label: 'IWF: Working with the police', source: 'https://www.iwf.org.uk/about-us/how-we-assess-and-remove-content/who-we-work-with/working-with-the-police' },
      DEC,
    ),
    fact(
      'iwf.selfgen',
      'IWF news, 17 January 2024',
      'https://www.iwf.org.uk/news-media/news/under-10s-groomed-online-like-never-before-as-hotline-discovers-record-amount-of-child-sexual-abuse',
      { label: 'IWF Annual Report 2021: analysis by age', source: 'https://annualreport2021.iwf.org.uk/Trends/AnalysisByAge' },
      DEC,
    ),
    fact('rr.after', 'IWF: Report Remove', 'https://www.iwf.org.uk/what-we-do/why-we-exist/report-remove', undefined, DEC),
    fact('advice.received', shoreSentOne, shoreSentOneUrl, undefined, DEC),
    // A wording rule of the facts sheet, not a fact: no page of its own, so it names the page of the
    // row its words come from (advice.received), and the Sources list shows that page once.
    fact('law.sentone', shoreSentOne, shoreSentOneUrl, undefined, DEC),
    fact('ceop.name', 'Thinkuknow: CEOP (11–13)', 'https://www.thinkuknow.co.uk/11_13/help/CEOP/', { label: 'CEOP Safety Centre', source: 'https://www.ceop.police.uk/Safety-Centre/' }, DEC),
    fact('svc.reportremove', 'Childline: Report Remove', 'https://www.childline.org.uk/info-advice/bullying-abuse-safety/online-mobile-safety/remove-nude-image-shared-online/'),
    fact('rr.steps', 'Childline: Report Remove', 'https://www.childline.org.uk/info-advice/bullying-abuse-safety/online-mobile-safety/report-remove-down/', undefined, DEC),
  ].map((f) => [f.fact, f]),
);

/** The act names and facts that change with the jurisdiction; `{name}` placeholders in the text. */
export interface JurisdictionLaw {
  /** "England and Wales". */
  place: string;
  /** The law on taking, making and sharing. */
  imageLaw: string;
  /** The law on having one. */
  haveLaw: string;
  /**
   * Fact ids behind the act names (`@law` in a block), the age of 18 (`@age`), and fake or AI-made
   * images counting as real ones (`@ai`).
   */
  law: readonly string[];
  age: readonly string[];
  ai: readonly string[];
}

export const JURISDICTIONS: Record<Jurisdiction, JurisdictionLaw> = {
  'england-wales': {
    place: 'England and Wales',
    imageLaw: 'the Protection of Children Act 1978',
    haveLaw: 'the Criminal Justice Act 1988',
    law: ['law.pca1978.s1', 'law.cja1988.s160'],
    age: ['law.pca1978.age'],
    ai: ['law.ai.ew'],
  },
  scotland: {
    place: 'Scotland',
    imageLaw: 'the Civic Government (Scotland) Act 1982',
    haveLaw: 'section 52A of the same Act',
    law: ['law.scotland'],
    age: ['law.scotland'],
    ai: ['law.ai.scotland'],
  },
  'northern-ireland': {
    place: 'Northern Ireland',
    imageLaw: 'the Protection of Children (Northern Ireland) Order 1978',
    haveLaw: 'the Criminal Justice (Evidence, Etc.) (Northern Ireland) Order 1988',
    law: ['law.ni'],
    age: ['law.ni'],
    ai: ['law.ai.ni'],
  },
};

/**
 * One paragraph or list item. Shown to every level unless `at` says from which level up. In `facts`,
 * `@law`, `@age` and `@ai` stand for the jurisdiction's own rows.
 */
export interface LawBlock extends ContentItem {
  at?: 'teen' | 'adult';
  /** A list item: consecutive items make one list. */
  list?: boolean;
  /** The seed talk's own term, added for adults: "(peer pressure)". */
  term?: string;
}

/** The section ids, each an attribute value of `sections` and `open`. */
export type SectionId = 'who' | 'what' | 'illegal' | 'sharing' | 'police' | 'reporting' | 'why' | 'myths' | 'schools';

export interface LawSection {
  id: SectionId;
  title: string;
  blocks: readonly LawBlock[];
  /** Only for this level (the schools guidance is for adults). */
  level?: Level;
  /** Only in this jurisdiction (the Online Safety Act section). */
  only?: Jurisdiction;
}

const ew = 'england-wales' as const;
const ni = 'northern-ireland' as const;
type Extra = Partial<Pick<LawBlock, 'at' | 'only' | 'list' | 'term'>>;
/** A block checked in `checked`, resting on `facts`. */
const block = (checked: string, text: string, facts: readonly string[], extra: Extra = {}): LawBlock => ({ text, facts, checked, ...extra });
/** A reason in the "why" list: the seed talk's reason, with its own term for adults. */
const reason = (text: string, term: string): LawBlock => block(NOV, text, ['seed'], { list: true, term });
/** One thing on the "against the law" list, which rests on the intro's law.consent unless it says more. */
const banned = (checked: string, text: string, facts: readonly string[] = ['law.consent'], extra: Extra = {}) =>
  block(checked, text, facts, { list: true, ...extra });

const PROHIBITED =
  'Having a sexual image of a child that is not a photo (a computer-made picture, cartoon or drawing) that is pornographic and grossly offensive is also a crime, under the Coroners and Justice Act 2009 s.62 (since 6 April 2010).';

const SECTION_LIST: LawSection[] = [
  {
    id: 'who',
    title: 'Who is a child in law?',
    blocks: [
      block(NOV, 'In law, a child is anyone under 18.', ['@age']),
      block(DEC, 'The age of consent is 16. But the law on images protects you until you are 18.', ['law.consent']),
      block(NOV, '"Child" means under 18 (s.7(6)). The age was raised from 16 by the Sexual Offences Act 2003 s.45, in force 1 May 2004.', ['@age'], { at: 'adult', only: ew }),
      block(NOV, 'The age has been 18 since 7 October 2005. Section 52B sets out exceptions for 16- and 17-year-olds.', ['@age'], { at: 'adult', only: 'scotland' }),
      block(NOV, 'The age has been 18 since article 42 of the Sexual Offences (Northern Ireland) Order 2008.', ['@age'], { at: 'adult', only: ni }),
    ],
  },
  {
    id: 'what',
    title: 'What counts as an image?',
    blocks: [
      // "Sexting" and "nudes" are the words a young person searches the page for.
      block(DEC, 'Sending nudes is sometimes called sexting.', ['seed']),
      block(DEC, 'A nude or semi-nude counts if the person in it is under 18. It can be a photo or a video.', ['law.consent']),
      block(DEC, 'A fake nude counts too, even one made with AI or an app. The law treats it like a real photo.', ['@ai']),
      block(NOV, 'So does data on a phone, a laptop or the cloud that can be turned into a picture.', ['law.pca1978.s7'], { only: ew }),
      block(DEC, 'The law calls a fake image that looks like a photo a pseudo-photograph. If it looks like a child, it counts as a child.', ['@ai'], { at: 'teen' }),
      block(NOV, 'The negative of a film photo counts too.', ['law.pca1978.s7'], { at: 'teen', only: ew }),
      block(NOV, '"Photograph" includes the negative and data stored by electronic means that is capable of conversion into a photograph (s.7(4)), and tracings and derived images (s.7(4A)).', ['law.pca1978.s7'], { at: 'adult', only: ew }),
      // The 2009 Act covers England, Wales and Northern Ireland, not Scotland.
      ...[ew, ni].map((only) => block(DEC, PROHIBITED, ['law.prohibited'], { at: 'adult', only })),
    ],
  },
  {
    id: 'illegal',
    title: 'What is against the law?',
    blocks: [
      block(NOV, 'If the person in it is under 18, it is against the law to:', ['law.consent']),
      banned(NOV, 'take one'),
      banned(NOV, 'ask someone for one'),
      banned(NOV, 'let someone take one, or make one', ['law.pca1978.s1'], { only: ew }),
      banned(NOV, 'share or show one'),
      banned(NOV, 'look at one'),
      banned(NOV, 'have one', ['@law']),
      // Right beside the list, so a child who took a picture of themselves does not read it as "I
      // committed a crime" with nothing to say what happens to them.
      block(DEC, 'This law is there to protect young people, not to punish them.', ['law.protect']),
      // law.sentone: beside "look at" and "have", what a child who was sent one without asking does
      // (advice.received), so they do not read the list as their crime. No promise that they will not
      // be in trouble: that is confirmed for parents only (ceop.notrouble).
      block(DEC, "If someone sent you one without you asking, don't keep it or send it on. Tell an adult you trust.", ['law.sentone', 'advice.received']),
      // College of Policing guidance is for England and Wales: elsewhere law.protect stands alone here.
      block(DEC, 'If young people took or shared pictures of themselves, police try not to scare them or label them. Keeping children safe always comes first.', ['police.approach'], { only: ew }),
      block(NOV, 'The main law is {imageLaw}. Having one is a crime under {haveLaw}.', ['@law']),
      block(NOV, 'This is true even if you are both 16 or 17.', ['law.consent'], { at: 'teen' }),
      block(DEC, 'If an adult asks a child for nudes, or shares them, that is child sexual abuse.', ['law.adults']),
      block(NOV, "Section 1(1): to take, permit to be taken or make; distribute or show; possess with a view to distributing or showing; or advertise an indecent photograph or pseudo-photograph of a child. Prosecution needs the DPP's consent (s.1(3)). Section 1A: a narrow defence for 16- and 17-year-olds in a marriage or enduring relationship. Possession: s.160 of the 1988 Act.", ['@law'], { at: 'adult', only: ew }),
      block(NOV, 'Section 52 covers taking, making, distributing and advertising; s.52A covers possession; s.52B sets out exceptions for 16- and 17-year-olds.', ['@law'], { at: 'adult', only: 'scotland' }),
      block(NOV, 'Article 3 sets out the offences; simple possession is article 15 of the Criminal Justice (Evidence, Etc.) (NI) Order 1988.', ['@law'], { at: 'adult', only: ni }),
      // UKCIS guidance is England's (Wales has its own): never present it as Scotland's or NI's.
      block(NOV, 'In England, UKCIS guidance says schools must refer an adult asking a child for nudes or semi-nudes to police urgently.', ['law.adults'], { at: 'adult', only: ew }),
    ],
  },
  {
    id: 'sharing',
    title: 'Sharing an image without asking',
    only: ew,
    blocks: [
      // law.osa2023's own words: an "intimate image", which is not the same as every nude or semi-nude.
      block(DEC, 'It is a crime to share an intimate image of anyone without their consent. It is also a crime to threaten to share one.', ['law.osa2023']),
      // Fact law.cyberflash: photos or films of private parts, not "any sexual image".
      block(DEC, 'Sending someone a picture or video of private parts to upset or scare them, or for a sexual thrill without caring how they feel, is a crime. This is called cyberflashing.', ['law.cyberflash'], { at: 'teen' }),
      block(NOV, 'The Online Safety Act 2023 added these crimes to the law.', ['law.osa2023']),
      block(NOV, 'It put them in the Sexual Offences Act 2003, as sections 66A and 66B.', ['law.osa2023'], { at: 'teen' }),
      block(DEC, 'Section 66A (cyberflashing): sending or showing a photo or film of genitals, computer-made ones included, to cause alarm, distress or humiliation, or for sexual gratification regardless. Section 66B: sharing, or threatening to share, an intimate image without consent. Both in force from 31 January 2024.', ['law.cyberflash', 'law.osa2023'], { at: 'adult' }),
      // "Without their consent" must not suggest that consent makes it legal for an under-18.
      block(NOV, 'If the person is under 18, sharing it is against the law even if they said yes.', ['law.consent']),
      block(NOV, 'If someone threatens you, it is not your fault. Do not pay. Block them, keep the proof, and report it.', ['guide.sextortion']),
    ],
  },
  {
    id: 'police',
    title: 'What happens if police get involved?',
    blocks: [
      block(NOV, 'The law is there to protect young people, not to punish them.', ['law.protect']),
      block(DEC, 'Police always put keeping children safe first.', ['police.approach'], { only: ew }),
      block(NOV, 'Sometimes police write down what happened but decide not to take it further. This is called Outcome 21.', ['law.outcome21'], { only: ew }),
      // law.outcome21's "enhanced check", said in its own terms (a chief officer may disclose non-conviction information).
      block(DEC, 'It is unlikely to show up on a criminal record check. But it cannot be ruled out on an enhanced check. That is a fuller check, where police may also share things that did not end in a conviction.', ['law.outcome21'], { only: ew }),
      block(NOV, 'Police use Outcome 21 when they decide that taking it further is "not in the public interest".', ['law.outcome21'], { at: 'teen', only: ew }),
      block(NOV, 'Outcome 21 is part of the Home Office counting rules (since January 2016). On an enhanced check, a chief officer may disclose non-conviction information.', ['law.outcome21'], { at: 'adult', only: ew }),
      block(DEC, 'Exploitation, coercion, a profit motive or an adult involved means a full criminal investigation. Images children took of themselves, or shared with permission between children, "may be dealt with differently".', ['police.approach'], { at: 'adult', only: ew }),
      block(DEC, 'If you are under 18, you can tell CEOP about abuse online. CEOP is a part of the police that keeps children safe online. In an emergency, call 999.', ['law.report', 'ceop.name']),
      block(NOV, 'Over 18s can call police on 101.', ['law.report'], { at: 'adult' }),
    ],
  },
  {
    // The seed's "where images might be shared" and its Victim Identification Team, told so a child
    // learns why reporting and removal matter: each beside Report Remove and "it is not your fault".
    id: 'reporting',
    title: 'Why reporting and taking images down matters',
    blocks: [
      // The fear and what to do about it in one paragraph, so neither is ever shown without the other.
      block(DEC, 'Some people collect nudes of young people. They share them on other sites and forums, and on the dark web. That is why reporting matters. Report Remove can help get a nude of you taken down, and stop it being posted again.', ['iwf.selfgen', 'seed', 'svc.reportremove', 'rr.steps', 'rr.after']),
      block(DEC, 'If this happened to you, it is not your fault.', ['iwf.selfgen', 'consequences']),
      block(DEC, 'Special police teams look at these images. They want to find the children in them and keep them safe. They also want to catch the people who hurt them.', ['police.victimid', 'seed']),
      block(NOV, 'They work with teams across the country and abroad, and the NCA.', ['seed'], { at: 'teen' }),
    ],
  },
  {
    id: 'why',
    title: 'Why do people send images?',
    blocks: [
      block(NOV, 'People send images for lots of reasons. For example:', ['seed']),
      reason('to show sexual feelings', 'sexual expression'),
      reason('to try something new', 'experimental'),
      reason('because friends or others push them', 'social and peer pressure'),
      reason('as a way to flirt or chat', 'communication'),
      reason('to feel liked or get attention', 'attention and affirmation'),
      reason('to look a certain way to others', 'impression management'),
      reason('by mistake, or without thinking', 'accidental or reckless'),
      reason('because someone forced or tricked them, or to get back at someone', 'coercion, blackmail and revenge'),
      // "Not your fault" stands alone: tied to "if someone made you", it would say that sending by
      // choice is.
      block(DEC, 'It is not your fault. If someone made you send one, or shared yours, you can get help.', ['consequences', 'guide.sextortion', 'law.protect']),
    ],
  },
  { id: 'myths', title: 'Myth or fact?', blocks: [] },
  {
    id: 'schools',
    title: 'Guidance for schools',
    level: 'adult',
    blocks: [
      block(NOV, 'UKCIS, "Sharing nudes and semi-nudes: advice for education settings working with children and young people" (England), was published on 23 December 2020 and updated in March 2024. It is non-statutory, written with the NPCC, and replaced "Sexting in schools and colleges" (2016).', ['guide.ukcis']),
      // Attributed to the guidance ("It says"), so a reader in Scotland or Northern Ireland is not told
      // England's rules are theirs. The Wales line comes last, so "It" is always the UKCIS guidance.
      block(NOV, 'It says staff report to the Designated Safeguarding Lead (DSL) straight away. They never view, copy, print, share, store or save the image, or ask a child to share or download it.', ['guide.ukcis.dontview']),
      block(NOV, 'It also says an adult who asks a child for nudes or semi-nudes, or shares them, is committing child sexual abuse, and schools must refer it to police urgently.', ['law.adults']),
      block(NOV, 'Wales has its own version on Hwb.', ['guide.ukcis'], { only: ew }),
    ],
  },
];

export const SECTIONS = Object.fromEntries(SECTION_LIST.map((s) => [s.id, s])) as Record<SectionId, LawSection>;
export const SECTION_IDS: readonly SectionId[] = SECTION_LIST.map((s) => s.id);

/** A section as one reader sees it: its blocks for this jurisdiction and level, and the facts behind them. */
export interface ShownSection {
  id: SectionId;
  title: string;
  blocks: LawBlock[];
  facts: string[];
  /** The oldest check among the blocks shown: the date a reviewer would re-check from. */
  checked: string;
}

/**
 * The section `id` for a jurisdiction and level, or undefined where it does not apply
 * (`sharing` outside England and Wales, `schools` below `adult`). `say` gives each sentence in the
 * reader's language (a translation pack keys it by its English); the facts stay the English item's.
 */
export function shownSection(id: SectionId, jurisdiction: Jurisdiction, level: Level, say = (english: string) => english): ShownSection | undefined {
  const section = SECTIONS[id];
  if (!section || !holdsIn(section, jurisdiction) || (section.level && section.level != level)) return;
  const law = JURISDICTIONS[jurisdiction];
  const names = { imageLaw: say(law.imageLaw), haveLaw: say(law.haveLaw) };
  const facts = new Set<string>();
  const dates: string[] = [];
  const add = (item: ContentItem) => {
    dates.push(item.checked);
    for (const f of item.facts) for (const id of f == '@law' ? law.law : f == '@age' ? law.age : f == '@ai' ? law.ai : [f]) facts.add(id);
  };
  // A block marked `teen` shows to teens and adults; one marked `adult` to adults only.
  const blocks = section.blocks
    .filter((b) => holdsIn(b, jurisdiction) && (!b.at || b.at == level || level == 'adult'))
    // Translated before {imageLaw} and {haveLaw} (the act names) are filled in, as the English is.
    .map((b) => (add(b), { ...b, text: fill(say(b.text), names), term: b.term && say(b.term) }));
  if (id == 'myths') mythsFor(jurisdiction).map(add);
  return { id, title: say(section.title), blocks, facts: [...facts], checked: dates.sort()[0] ?? '' };
}

/** The myth-or-fact statements that hold in a jurisdiction. */
export function mythsFor(jurisdiction: Jurisdiction): Myth[] {
  return MYTHS.filter((m) => holdsIn(m, jurisdiction));
}
