import { JURISDICTION_IDS, type Jurisdiction } from './jurisdictions.js';
import { MYTHS, type Myth } from './myths.js';
import { fill } from '../core/strings.js';
import type { FactRef } from './types.js';

/**
 * What the law says about nudes and semi-nudes of under-18s, from shared/content/FACTS.md (section
 * "Law" and the seed talk), checked 2026-11. One shared text per section, with deeper additions for
 * `teen` and `adult` and act names filled in per jurisdiction, so three levels × three jurisdictions
 * cost one copy of the words.
 *
 * Left out on purpose, because FACTS.md has no fact for it: the Online Safety Act 2023 offences in
 * Scotland and Northern Ireland (the `sharing` section is England and Wales only), Outcome 21 outside
 * England and Wales, and the definition of "photograph" (negatives, data, pseudo-photographs) outside
 * England and Wales.
 */
const checked = '2026-11';

export { JURISDICTION_IDS, type Jurisdiction };

export const LEVEL_IDS = ['young', 'teen', 'adult'] as const;
export type Level = (typeof LEVEL_IDS)[number];

/** A source a reader can open, for one FACTS.md row. `source` is empty where there is no public page. */
export interface LawFact extends FactRef {
  label: string;
  /** A second source, where FACTS.md names two. */
  also?: { label: string; source: string };
}

const cps = 'https://www.cps.gov.uk/legal-guidance/indecent-and-prohibited-images-children';
const ceop = 'https://www.ceopeducation.co.uk/11_18/lets-talk-about/sex-and-sexual-content/sex-and-the-law';
const ukcis =
  'https://www.gov.uk/government/publications/sharing-nudes-and-semi-nudes-advice-for-education-settings-working-with-children-and-young-people';
const ukcisLabel = 'UKCIS guidance for schools';
const leg = 'https://www.legislation.gov.uk/';
const seedLabel = 'Metropolitan Police Victim Identification Unit talk';
const fact = (id: string, label: string, source: string, also?: LawFact['also']): LawFact => ({
  fact: id,
  checked,
  source,
  label,
  ...(also && { also }),
});

/** Every fact the explainer cites, keyed by its FACTS.md id ("seed" is the source talk itself). */
export const LAW_FACTS: Record<string, LawFact> = Object.fromEntries(
  [
    fact('seed', seedLabel, ''),
    // FACTS.md "Consequences" (from the seed and the sources above): no page of its own, so it shares
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
  /** Fact ids behind the act names (`@law` in a block) and the age of 18 (`@age`). */
  law: readonly string[];
  age: readonly string[];
}

export const JURISDICTIONS: Record<Jurisdiction, JurisdictionLaw> = {
  'england-wales': {
    place: 'England and Wales',
    imageLaw: 'the Protection of Children Act 1978',
    haveLaw: 'the Criminal Justice Act 1988',
    law: ['law.pca1978.s1', 'law.cja1988.s160'],
    age: ['law.pca1978.age'],
  },
  scotland: {
    place: 'Scotland',
    imageLaw: 'the Civic Government (Scotland) Act 1982',
    haveLaw: 'section 52A of the same Act',
    law: ['law.scotland'],
    age: ['law.scotland'],
  },
  'northern-ireland': {
    place: 'Northern Ireland',
    imageLaw: 'the Protection of Children (Northern Ireland) Order 1978',
    haveLaw: 'the Criminal Justice (Evidence, Etc.) (Northern Ireland) Order 1988',
    law: ['law.ni'],
    age: ['law.ni'],
  },
};

/** One paragraph or list item. Shown to every level unless `at` says from which level up. */
export interface LawBlock {
  t: string;
  /** Fact ids; `@law` and `@age` stand for the jurisdiction's own. */
  f?: readonly string[];
  at?: 'teen' | 'adult';
  /** Shown in one jurisdiction only. */
  only?: Jurisdiction;
  /** A list item: consecutive items make one list. */
  li?: 1;
  /** The seed talk's own term, added for adults: "(peer pressure)". */
  term?: string;
}

/** The section ids, each an attribute value of `sections` and `open`. */
export type SectionId = 'who' | 'what' | 'illegal' | 'sharing' | 'police' | 'why' | 'myths' | 'schools';

export interface LawSection {
  id: SectionId;
  title: string;
  checked: string;
  blocks: readonly LawBlock[];
  /** Only for this level (the schools guidance is for adults). */
  level?: Level;
  /** Only in this jurisdiction (the Online Safety Act section). */
  only?: Jurisdiction;
}

const ew = 'england-wales' as const;
const item = (t: string, term: string): LawBlock => ({ t, term, li: 1 });

const SECTION_LIST: LawSection[] = [
  {
    id: 'who',
    title: 'Who is a child in law?',
    checked,
    blocks: [
      { t: 'In law, a child is anyone under 18.', f: ['@age'] },
      { t: 'The age of consent is 16. But the law on images protects everyone under 18.', f: ['law.consent'] },
      { t: '"Child" means under 18 (s.7(6)). The age was raised from 16 by the Sexual Offences Act 2003 s.45, in force 1 May 2004.', at: 'adult', only: ew, f: ['@age'] },
      { t: 'The age has been 18 since 7 October 2005. Section 52B sets out exceptions for 16- and 17-year-olds.', at: 'adult', only: 'scotland', f: ['@age'] },
      { t: 'The age has been 18 since article 42 of the Sexual Offences (Northern Ireland) Order 2008.', at: 'adult', only: 'northern-ireland', f: ['@age'] },
    ],
  },
  {
    id: 'what',
    title: 'What counts as an image?',
    checked,
    blocks: [
      { t: 'A nude or semi-nude photo or video of anyone under 18 counts.', f: ['law.consent'] },
      { t: 'Fake or edited pictures count too.', only: ew, f: ['law.pca1978.s1', 'law.pca1978.s7'] },
      { t: 'So does data on a phone, a laptop or the cloud that can be turned into a picture.', only: ew, f: ['law.pca1978.s7'] },
      { t: 'The law calls a fake image a pseudo-photograph. The negative of a film photo counts too.', at: 'teen', only: ew, f: ['law.pca1978.s1', 'law.pca1978.s7'] },
      { t: '"Photograph" includes the negative and data stored by electronic means that is capable of conversion into a photograph (s.7(4)), and tracings and derived images (s.7(4A)).', at: 'adult', only: ew, f: ['law.pca1978.s7'] },
    ],
  },
  {
    id: 'illegal',
    title: 'What is against the law?',
    checked,
    blocks: [
      { t: 'If the person in it is under 18, it is against the law to:', f: ['law.consent'] },
      { t: 'take one', li: 1 },
      { t: 'ask someone for one', li: 1 },
      { t: 'let someone take one, or make one', li: 1, only: ew, f: ['law.pca1978.s1'] },
      { t: 'share or show one', li: 1 },
      { t: 'look at one', li: 1 },
      { t: 'have one', li: 1, f: ['@law'] },
      { t: 'The main law is {imageLaw}. Having one is a crime under {haveLaw}.', f: ['@law'] },
      { t: 'This is true even if you are both 16 or 17.', at: 'teen', f: ['law.consent'] },
      { t: 'An adult who asks a child for nudes or semi-nudes, or shares them, is committing child sexual abuse.', f: ['law.adults'] },
      { t: 'Section 1(1): to take, permit to be taken or make; distribute or show; possess with a view to distributing or showing; or advertise an indecent photograph or pseudo-photograph of a child. Prosecution needs the DPP\'s consent (s.1(3)). Section 1A: a narrow defence for 16- and 17-year-olds in a marriage or enduring relationship. Possession: s.160 of the 1988 Act.', at: 'adult', only: ew, f: ['@law'] },
      { t: 'Section 52 covers taking, making, distributing and advertising; s.52A covers possession; s.52B sets out exceptions for 16- and 17-year-olds.', at: 'adult', only: 'scotland', f: ['@law'] },
      { t: 'Article 3 sets out the offences; simple possession is article 15 of the Criminal Justice (Evidence, Etc.) (NI) Order 1988.', at: 'adult', only: 'northern-ireland', f: ['@law'] },
      // UKCIS guidance is England's (Wales has its own): never present it as Scotland's or NI's.
      { t: 'In England, UKCIS guidance says schools must refer an adult asking a child for nudes or semi-nudes to police urgently.', at: 'adult', only: ew, f: ['law.adults'] },
    ],
  },
  {
    id: 'sharing',
    title: 'Sharing an image without asking',
    only: ew,
    checked,
    blocks: [
      { t: 'It is a crime to share a nude or semi-nude image of anyone without their consent. It is also a crime to threaten to share one.', f: ['law.osa2023'] },
      { t: 'Sending someone a sexual image they did not want is a crime too. This is called cyberflashing.', at: 'teen', f: ['law.osa2023'] },
      { t: 'The Online Safety Act 2023 added these crimes to the law.', f: ['law.osa2023'] },
      { t: 'It put them in the Sexual Offences Act 2003, as sections 66A and 66B.', at: 'teen', f: ['law.osa2023'] },
      { t: 'Section 66A is cyberflashing (sending an unwanted sexual image); s.66B is sharing, or threatening to share, an intimate image without consent. Both are in force from 31 January 2024 in England and Wales.', at: 'adult', f: ['law.osa2023'] },
      // "Without their consent" must not suggest that consent makes it legal for an under-18.
      { t: 'If the person is under 18, sharing it is against the law even if they said yes.', f: ['law.consent'] },
      { t: 'If someone threatens you, it is not your fault. Do not pay. Block them, keep the proof, and report it.', f: ['guide.sextortion'] },
    ],
  },
  {
    id: 'police',
    title: 'What happens if police get involved?',
    checked,
    blocks: [
      { t: 'The law is there to protect young people, not to punish them.', f: ['law.protect'] },
      { t: 'Sometimes police write down what happened but decide not to take it further. This is called Outcome 21.', only: ew, f: ['law.outcome21'] },
      { t: 'It is unlikely to show up on a criminal record check. But it cannot be ruled out on an enhanced check.', only: ew, f: ['law.outcome21'] },
      { t: 'Police use Outcome 21 when they decide that taking it further is "not in the public interest".', at: 'teen', only: ew, f: ['law.outcome21'] },
      { t: 'Outcome 21 is part of the Home Office counting rules (since January 2016). On an enhanced check, a chief officer may disclose non-conviction information.', at: 'adult', only: ew, f: ['law.outcome21'] },
      { t: 'Police Victim ID teams look at images to find the children in them and keep them safe.', f: ['seed'] },
      { t: 'They work with teams across the country and abroad, and the NCA.', at: 'teen', f: ['seed'] },
      { t: 'If you are under 18, you can report online sexual abuse to CEOP. In an emergency, call 999.', f: ['law.report'] },
      { t: 'Over 18s can call police on 101.', at: 'adult', f: ['law.report'] },
    ],
  },
  {
    id: 'why',
    title: 'Why do people send images?',
    checked,
    blocks: [
      { t: 'People send images for lots of reasons. For example:', f: ['seed'] },
      item('to show sexual feelings', 'sexual expression'),
      item('to try something new', 'experimental'),
      item('because friends or others push them', 'social and peer pressure'),
      item('as a way to flirt or chat', 'communication'),
      item('to feel liked or get attention', 'attention and affirmation'),
      item('to look a certain way to others', 'impression management'),
      item('by mistake, or without thinking', 'accidental or reckless'),
      item('because someone forced or tricked them, or to get back at someone', 'coercion, blackmail and revenge'),
      { t: 'If someone made you send one, or shared yours, it is not your fault.', f: ['guide.sextortion', 'consequences'] },
    ],
  },
  { id: 'myths', title: 'Myth or fact?', checked, blocks: [] },
  {
    id: 'schools',
    title: 'Guidance for schools',
    level: 'adult',
    checked,
    blocks: [
      { t: 'UKCIS, "Sharing nudes and semi-nudes: advice for education settings working with children and young people" (England), was published on 23 December 2020 and updated in March 2024. It is non-statutory, written with the NPCC, and replaced "Sexting in schools and colleges" (2016).', f: ['guide.ukcis'] },
      // Attributed to the guidance ("It says"), so a reader in Scotland or Northern Ireland is not told
      // England's rules are theirs. The Wales line comes last, so "It" is always the UKCIS guidance.
      { t: 'It says staff report to the Designated Safeguarding Lead (DSL) straight away. They never view, copy, print, share, store or save the image, or ask a child to share or download it.', f: ['guide.ukcis.dontview'] },
      { t: 'It also says an adult who asks a child for nudes or semi-nudes, or shares them, is committing child sexual abuse, and schools must refer it to police urgently.', f: ['law.adults'] },
      { t: 'Wales has its own version on Hwb.', only: ew, f: ['guide.ukcis'] },
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
}

/** Whether a section, block or myth holds in this jurisdiction. */
const holds = (x: { only?: Jurisdiction }, jurisdiction: Jurisdiction) => !x.only || x.only == jurisdiction;

/**
 * The section `id` for a jurisdiction and level, or undefined where it does not apply
 * (`sharing` outside England and Wales, `schools` below `adult`).
 */
export function shownSection(id: SectionId, jurisdiction: Jurisdiction, level: Level): ShownSection | undefined {
  const section = SECTIONS[id];
  if (!section || !holds(section, jurisdiction) || (section.level && section.level != level)) return;
  const law = JURISDICTIONS[jurisdiction];
  const facts = new Set<string>();
  const add = (ids: readonly string[] = []) => {
    for (const f of ids) for (const id of f == '@law' ? law.law : f == '@age' ? law.age : [f]) facts.add(id);
  };
  // A block marked `teen` shows to teens and adults; one marked `adult` to adults only.
  const blocks = section.blocks
    .filter((b) => holds(b, jurisdiction) && (!b.at || b.at == level || level == 'adult'))
    .map((b) => (add(b.f), { ...b, t: fill(b.t, law) })); // {imageLaw} and {haveLaw}: the act names
  if (id == 'myths') mythsFor(jurisdiction).map((m) => add(m.f));
  return { id, title: section.title, blocks, facts: [...facts] };
}

/** The myth-or-fact statements that hold in a jurisdiction. */
export function mythsFor(jurisdiction: Jurisdiction): Myth[] {
  return MYTHS.filter((m) => holds(m, jurisdiction));
}
