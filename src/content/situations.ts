import type { Strings } from '../core/strings.js';
import { isOpenToAge, serviceById, type ServiceId } from './services.js';

/**
 * What `<help-panel>` says for each "What's happening?" choice, from shared/content/FACTS.md, checked
 * 2026-11. Each step names the facts it rests on: a row id, or `consequences` for the FACTS.md
 * "Consequences" section (which says "it is not your fault" where an image was shared or demanded by
 * someone else, and has no row id). Steps are advice in plain words; any number, law or service
 * claim in them is one of those facts. Every text is also a string key, so a host can replace it.
 *
 * Stored compactly, because every byte ships to a phone: a step's key comes from its place
 * (`shared.y1` is the first young-person step of `shared`, `shared.a1` the first adult one), and the
 * services are space-separated ids. The exported SITUATIONS have the full shape below.
 */
const checked = '2026-11';

export type Audience = 'young-person' | 'parent' | 'professional';
export const AUDIENCES: readonly Audience[] = ['young-person', 'parent', 'professional'];

export type SituationId = 'shared' | 'sextortion' | 'pressure' | 'received' | 'worried-child' | 'own-thoughts';

/** One short thing to do, with the facts that back it. `key` is its string key. */
export interface Step {
  key: string;
  text: string;
  facts: readonly string[];
  checked: string;
}

/** Young people and adults need different words; parents and professionals share the adult ones. */
type Voice = 'young' | 'adult';

export interface Situation {
  id: SituationId;
  /** The chooser's words: first person for a young person, about a child for adults. */
  label: Record<Voice, string>;
  steps: Record<Voice, readonly Step[]>;
  /** The cards to show, best first, per audience. */
  services: Record<Audience, readonly ServiceId[]>;
}

/** Every situation's words under its string key (`shared.label`, `shared.labelAdult`, `shared.y1` …). */
export const SITUATION_STRINGS: Strings = {};

type Unkeyed = Omit<Step, 'key'>;

const step = (text: string, ...facts: string[]): Unkeyed => ({ text, facts, checked });

/** Gives each step its key, `prefix` and its number, and puts its text under that key in SITUATION_STRINGS. */
const keyed = (prefix: string, steps: Unkeyed[]): Step[] =>
  steps.map((s, i) => {
    const key = prefix + (i + 1);
    SITUATION_STRINGS[key] = s.text;
    return { key, ...s };
  });

/**
 * The cards per audience: "young|parent|professional", each a space-separated list of service
 * ids, best first. Professionals see the parents' list when theirs is left out.
 */
const cards = (lists: string): Record<Audience, readonly ServiceId[]> => {
  const [young, parent, professional = parent] = lists.split('|').map((list) => list.split(' ') as ServiceId[]);
  return { 'young-person': young, parent, professional };
};

const situation = (id: SituationId, young: string, adult: string, youngSteps: Unkeyed[], adultSteps: Unkeyed[], services: string): Situation => {
  SITUATION_STRINGS[`${id}.label`] = young;
  SITUATION_STRINGS[`${id}.labelAdult`] = adult;
  return {
    id,
    label: { young, adult },
    steps: { young: keyed(`${id}.y`, youngSteps), adult: keyed(`${id}.a`, adultSteps) },
    services: cards(services),
  };
};

export const SITUATIONS: readonly Situation[] = [
  situation(
    'shared',
    'I sent a nude or semi-nude and I regret it, or it has been shared',
    'A child sent a nude or semi-nude and regrets it, or it has been shared',
    [
      step('If someone shared it or pushed you to send it, that is not your fault. The law is there to protect you, not to punish you.', 'consequences', 'law.protect'),
      step("Report Remove can help get it taken down, but only if it is public online: not in private chats or saved on someone's phone. You need a Childline account, but not your real name.", 'svc.reportremove'),
      step("Talk to an adult you trust, or to Childline. It's free and you don't have to give your name.", 'svc.childline'),
    ],
    [
      step('Stay calm. If someone shared it or pushed them to send it, tell them it is not their fault.', 'consequences', 'guide.sextortion'),
      step('Do not view, copy, share or save the image, or ask them to send it to you.', 'guide.ukcis.dontview'),
      step('Under-18s can use Report Remove to help get it taken down, but only if it is public online.', 'svc.reportremove'),
    ],
    'report-remove childline|report-remove nspcc',
  ),
  situation(
    'sextortion',
    'Someone is threatening to share my image or asking for money',
    "Someone is threatening to share a child's image or asking for money",
    [
      step('This is blackmail. You are not to blame.', 'guide.sextortion'),
      step("Don't pay. Stop replying and block them.", 'guide.sextortion'),
      step("Don't delete the messages: keep them as evidence.", 'guide.sextortion'),
      step('Tell an adult you trust and report it to CEOP (a CEOP report is not anonymous). If you are in danger now, call 999.', 'guide.sextortion', 'law.report', 'svc.ceop'),
      step('If it is posted publicly online, Report Remove can help get it taken down. Take It Down can help stop it being shared on the apps and sites that take part.', 'svc.reportremove', 'svc.takeitdown'),
    ],
    [
      step('Tell them it is not their fault: a child is never to blame.', 'guide.sextortion'),
      step("Don't pay. Stop contact and block, but don't delete anything: it is evidence.", 'guide.sextortion'),
      step('Report it to CEOP, or to the police on 101 (999 in an emergency).', 'guide.sextortion'),
      step('If it is posted publicly online, Report Remove can help get it taken down. Take It Down can help stop it being shared on the apps and sites that take part.', 'svc.reportremove', 'svc.takeitdown'),
    ],
    'ceop report-remove take-it-down childline|ceop police report-remove nspcc|ceop police report-remove',
  ),
  situation(
    'pressure',
    'Someone is pressuring me to send one',
    'Someone is pressuring a child to send one',
    [
      step("You don't have to send anything, and it is not your fault they keep asking.", 'consequences'),
      step('The law protects everyone under 18: nobody should ask you for nudes.', 'law.consent', 'law.protect'),
      step('You can stop replying and block them. Tell an adult you trust, or talk to Childline.', 'svc.childline'),
      step('If an adult is asking, that is abuse. Report it to CEOP (a CEOP report is not anonymous).', 'law.adults', 'law.report', 'svc.ceop'),
    ],
    [
      step('Tell them it is not their fault, and that saying no is always OK.', 'consequences'),
      step('Asking anyone under 18 for nude images is against the law.', 'law.consent'),
      step('If an adult is asking, that is child sexual abuse: report it to CEOP or the police.', 'law.adults', 'law.report', 'svc.police'),
    ],
    'childline ceop|ceop nspcc police|ceop police',
  ),
  situation(
    'received',
    "I've been sent a nude or semi-nude of someone else",
    'A child has been sent a nude or semi-nude of someone else',
    [
      step('It is not your fault someone sent it to you.', 'consequences'),
      step("Don't share it or show it to anyone. Sharing it is against the law, and it could hurt the person in it.", 'law.consent'),
      step('Tell an adult you trust, such as a parent, carer or teacher, or talk to Childline.', 'svc.childline'),
      step('If it is posted publicly on a website or app, you can report it to the Internet Watch Foundation without giving your name.', 'svc.iwf'),
    ],
    [
      step('Tell them it is not their fault someone sent it.', 'consequences'),
      step('Do not view, copy, share or save the image, or ask them to send it to you.', 'guide.ukcis.dontview'),
      step('If it is online, report it to the Internet Watch Foundation. If an adult sent it, report it to CEOP or the police.', 'svc.iwf', 'law.adults', 'law.report'),
    ],
    'childline iwf|iwf ceop nspcc|iwf ceop police',
  ),
  // For a young person this is "worried about a friend": the NSPCC Helpline is for adults, so they
  // are pointed to a trusted adult, Childline, and 999 for danger now.
  situation(
    'worried-child',
    "I'm worried about a friend or another young person",
    "I'm worried about a child",
    [
      step('Tell an adult you trust, such as a parent, carer or teacher. You can talk to Childline about it too.', 'svc.childline'),
      step("Don't share any images of them, even to get help.", 'law.consent', 'guide.ukcis.dontview'),
      step('If someone is in danger right now, call 999.', 'svc.police'),
    ],
    [
      step('If a child is in danger now, call 999.', 'svc.police', 'svc.nspcc'),
      step("Talk to the school's Designated Safeguarding Lead (DSL).", 'guide.ukcis.dontview'),
      step('The NSPCC Helpline is for adults worried about a child. You can stay anonymous.', 'svc.nspcc'),
    ],
    'childline police|nspcc police ceop',
  ),
  situation(
    'own-thoughts',
    "I'm worried about my own thoughts or behaviour",
    "I'm worried about my own or someone else's thoughts or behaviour",
    [
      step("It's good that you want help. Stop It Now is free and confidential. You don't have to give your name. It helps young people who got into trouble online.", 'svc.stopitnow'),
      step('You can also talk to Childline.', 'svc.childline'),
    ],
    [
      step("Stop It Now gives confidential, anonymous help to anyone worried about their own or someone else's sexual thoughts or behaviour towards children.", 'svc.stopitnow'),
    ],
    'stop-it-now childline|stop-it-now',
  ),
];

export const SITUATION_IDS = SITUATIONS.map((s) => s.id);

/** Shown before anything is chosen: someone to talk to now. */
export const START_SERVICES = cards('childline shout|nspcc police');

/** UKCIS first steps, shown to professionals above everything else. */
export const STAFF_STEPS: readonly Step[] = keyed('staff.', [
  step('Tell your Designated Safeguarding Lead (DSL) straight away.', 'guide.ukcis.dontview'),
  step('Never view, copy, print, share, store or save the image, or ask a child to share or download it.', 'guide.ukcis.dontview'),
  step('If an adult asked a child for nude images, or shared them, that is child sexual abuse: the DSL must refer it to the police urgently.', 'law.adults'),
]);

/** A young-person audience is 11 to 17: a service is offered only if it is open at both ends. */
const YOUNG_PERSON_AGES = [11, 17];

/**
 * The services to show this audience, in order. A last guard for a young person: anything not open
 * to an under-18 (the NSPCC Helpline, the Revenge Porn Helpline) is dropped, whatever the lists say.
 */
export function servicesFor(audience: Audience, ids: readonly ServiceId[]): ServiceId[] {
  return ids.filter((id) => {
    const service = serviceById(id);
    return service && (audience !== 'young-person' || YOUNG_PERSON_AGES.every((age) => isOpenToAge(service, age)));
  });
}
