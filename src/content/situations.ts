import { isOpenToAge, serviceById, type ServiceId } from './services.js';
import type { ContentItem } from './types.js';

/**
 * What `<help-panel>` says for each "What's happening?" choice, from the verified facts. Each
 * step names the facts it rests on: a row id, or `consequences` for the facts' "Consequences"
 * section (which says "it is not your fault" where an image was shared or demanded by someone else,
 * and has no row id). Steps are advice in plain words; any number, law or service claim in them is
 * one of those facts.
 *
 * Each situation's first step is its opening. Where someone else acted (shared, demanded, pressured,
 * sent it) that is "It is not your fault"; where the reader is worried about their own thoughts or
 * behaviour, it is that asking for help is good, and where that help is private.
 *
 * Every step's text is also a string key, written out beside it, so a host can replace it and a
 * host's override keeps pointing at the same words when steps are added or moved. Keys of the first
 * steps (`shared.y1` is a young-person step of `shared`, `shared.a1` an adult one) stay as they were;
 * later steps have keys that say what they are about (`sextortion.yPaid`).
 */
const NOV = '2026-11';
const DEC = '2026-12';

export type Audience = 'young-person' | 'parent' | 'professional';
export const AUDIENCES: readonly Audience[] = ['young-person', 'parent', 'professional'];

export type SituationId = 'shared' | 'sextortion' | 'pressure' | 'received' | 'worried-child' | 'own-thoughts';

/** One short thing to do, with the facts that back it. `key` is its string key. */
export interface Step<Key extends string = SituationStringKey> extends ContentItem {
  key: Key;
}

/** Young people and adults need different words; parents and professionals share the adult ones. */
type Voice = 'young' | 'adult';

export interface Situation {
  id: SituationId;
  /** The chooser's words: first person for a young person, about a child for adults. */
  label: Record<Voice, string>;
  /** Someone else acted (shared, demanded, pressured or sent it): the steps open with "not your fault". */
  notYourFault: boolean;
  steps: Record<Voice, readonly Step[]>;
  /** The cards to show, best first, per audience. */
  services: Record<Audience, readonly ServiceId[]>;
}

/** A step under its written-out string key (the key's type is the literal, so the keys can be listed). */
const step = <Key extends string>(key: Key, checked: string, text: string, ...facts: string[]): Step<Key> => ({ key, text, facts, checked });

/** The cards per audience, best first; professionals see the parents' list unless given their own. */
const cards = (
  young: readonly ServiceId[],
  parent: readonly ServiceId[],
  professional: readonly ServiceId[] = parent,
): Record<Audience, readonly ServiceId[]> => ({ 'young-person': young, parent, professional });

/** One situation; its type keeps its steps' literal keys, from which SituationStringKey is made. */
const situation = <Id extends SituationId, Steps extends Record<Voice, readonly Step<string>[]>>(
  id: Id,
  label: Record<Voice, string>,
  notYourFault: boolean,
  steps: Steps,
  services: Record<Audience, readonly ServiceId[]>,
) => ({ id, label, notYourFault, steps, services });

/**
 * The line under the panel's heading, before and after a choice. For a young person it says "not
 * your fault" only of what someone else did (facts "Consequences"), so it holds for every
 * situation, own thoughts included; for adults, guide.sextortion's "a child is never to blame".
 */
const REASSURANCE_STEPS = {
  young: step(
    'reassurance',
    DEC,
    'Whatever has happened, you can get help. If someone shared your image, or pushed or tricked you into sending one, it is not your fault.',
    'consequences',
    'guide.sextortion',
  ),
  adult: step('reassuranceAdult', NOV, 'Whatever has happened, you can get help. A child or young person is never to blame.', 'guide.sextortion'),
};
export const REASSURANCE: Record<Voice, Step> = REASSURANCE_STEPS;

/**
 * Fact crisis.urgent: wherever a young person is told what to do if they feel very low, they
 * are given Childline, 999 and A&E, and NHS 111, not only a text line. Each situation has its own
 * key for it, so a host can word it for one situation without changing another.
 */
const urgent = <Id extends SituationId>(id: Id) =>
  step(
    `${id}.yUrgent` as const,
    DEC,
    // No "now" or "any time" beside Childline: its hours are only partly confirmed (svc.childline.hours).
    'If you feel very low or want to hurt yourself, talk to Childline or text Shout. If your life is in danger, call 999 or go to A&E. You can also call NHS 111.',
    'crisis.urgent',
    'svc.childline',
    'svc.childline.hours',
    'svc.shout',
    'svc.police',
  );

/** CEOP explained to a young reader (ceop.name), with 999 for danger now. */
const CEOP_IS = 'CEOP is a part of the police that keeps children safe online. If you are in danger now, call 999.';

/**
 * ceop.benefit: "a CEOP report is not anonymous" is never said without what the report brings (a
 * Child Protection Advisor, contact, a plan to keep you safe). One key per situation, as `urgent`.
 */
const ceopAfter = <Id extends SituationId>(id: Id) =>
  step(
    `${id}.yCeopAfter` as const,
    DEC,
    'CEOP will need to know who you are. A Child Protection Advisor reads every report. They get in touch as soon as they can, and make a plan with you to keep you safe. They only share what you tell them if they really need to.',
    'ceop.notanon',
    'ceop.benefit',
    'ceop.after',
  );

/** How online blackmail often starts (sextortion.signs), for a young reader: one key per situation. */
const signs = <Id extends SituationId>(id: Id, lead: string) =>
  step(
    `${id}.ySigns` as const,
    DEC,
    `${lead} Some offer money, gifts, a job or nudes in return for a picture. Once they have one, they may threaten to share it unless you pay or send more.`,
    'sextortion.signs',
  );

/** The same for parents and professionals. */
const signsAdult = <Id extends SituationId>(id: Id) =>
  step(
    `${id}.aSigns` as const,
    DEC,
    'Online blackmail often starts with a fake profile, or an offer of money, gifts, a job or nudes in return for images. Once they have an image, they threaten to share it unless the child sends money or more images.',
    'sextortion.signs',
  );

/** Childline's privacy promise, always whole (svc.childline.confidential: "your or someone else's safety"). */
const CHILDLINE_PRIVATE = "What you say stays private, unless they fear for your or someone else's safety.";

const SITUATION_LIST = [
  situation(
    'shared',
    {
      young: 'I sent a nude or semi-nude and I regret it, or it has been shared',
      adult: 'A child sent a nude or semi-nude and regrets it, or it has been shared',
    },
    true,
    {
      young: [
        step('shared.y1', DEC, 'It is not your fault. The law is there to protect you, not to punish you.', 'consequences', 'law.protect'),
        // advice.askdelete: not blackmail, so asking for deletion comes first, then reporting.
        step('shared.yAskDelete', DEC, 'If you posted it, you can delete it. If someone you know has it, and nobody is threatening you, ask them to delete it. Ask anyone who shared it to delete it too. If they say no, report it to the app or site.', 'advice.askdelete'),
        step('shared.y2', DEC, 'Report Remove can help get it taken down, and help stop it being posted again. It is run by Childline and the Internet Watch Foundation (IWF). The IWF works to get these images off the internet. Here is how it works.', 'svc.reportremove', 'rr.steps', 'rr.after', 'rr.limits', 'svc.iwf'),
        step('shared.yRemoveAge', DEC, 'First, pick your age: under 13, 13 to 15, or 16 to 17.', 'rr.steps'),
        step('shared.yRemoveId', DEC, 'If you are 13 or over, you may be asked to prove your age with ID.', 'rr.steps'),
        step('shared.yRemoveAccount', DEC, "Next, sign in to Childline, or make an account. You don't need your real name.", 'rr.steps'),
        step('shared.yRemoveSend', DEC, 'Then send the picture or video, or the web address where it is.', 'rr.steps'),
        step('shared.yRemoveAfter', DEC, 'The IWF checks it. If it is against the law, they make a code from it, called a digital fingerprint. They share it with websites and apps, to help stop the image being posted again. Childline tells you what happened, through your account.', 'rr.after'),
        step('shared.yRemoveLimits', DEC, "It can only take down copies that are public online. It can't take down ones saved on a phone or computer, or sent in apps like WhatsApp or Snapchat. But the fingerprint can still help stop them being posted online.", 'rr.limits'),
        step('shared.yPlatform', DEC, 'You can also report it to the app, game or website where it was shared. Most have a Report button, often in the settings. They may not take it down: they only remove things that break their own rules.', 'report.platform'),
        step('shared.y3', DEC, `Talk to an adult you trust, or to Childline. It's free and you don't have to give your name. ${CHILDLINE_PRIVATE}`, 'svc.childline', 'svc.childline.confidential'),
        urgent('shared'),
      ],
      adult: [
        step('shared.a1', DEC, 'Stay calm and tell them you are on their side. It is never their fault.', 'advice.parents', 'ceop.notrouble'),
        step('shared.a2', NOV, 'Do not view, copy, share or save the image, or ask them to send it to you.', 'guide.ukcis.dontview'),
        step('shared.aWho', DEC, 'Find out who it was shared with, and involve the school.', 'advice.parents', 'school.dsl'),
        step('shared.aAskDelete', DEC, 'If it was sent to someone they know, and nobody is threatening them, the quickest way is to ask that person, and anyone who shared it, to delete it. If they refuse, report it to the site.', 'advice.askdelete'),
        step('shared.a3', DEC, 'Under-18s can use Report Remove (Childline and the IWF) to help get it taken down. From 13 they may be asked to prove their age with ID through Yoti, and they need a Childline account, but not their real name.', 'svc.reportremove', 'rr.steps'),
        step('shared.aPlatform', DEC, 'Report it to the app, game or website where it was shared, too. A report does not always mean it is taken down: sites remove what breaks their own rules.', 'report.platform'),
        step('shared.aCeop', DEC, 'If an adult has the image or is involved, report it to CEOP.', 'advice.parents', 'law.adults'),
      ],
    },
    cards(['report-remove', 'childline', 'youngminds', 'stem4'], ['report-remove', 'ceop', 'nspcc', 'youngminds'], ['report-remove', 'ceop', 'nspcc']),
  ),
  situation(
    'sextortion',
    {
      young: 'Someone is threatening to share my image or asking for money',
      adult: "Someone is threatening to share a child's image or asking for money",
    },
    true,
    {
      // No asking for deletion here (advice.askdelete): stop contact, block and keep the messages.
      young: [
        step('sextortion.y1', DEC, 'It is not your fault. This is blackmail, and it is a crime.', 'sextortion.yp', 'guide.sextortion'),
        step('sextortion.y2', NOV, "Don't pay. Stop replying and block them.", 'guide.sextortion'),
        step('sextortion.yPaid', DEC, "If you have already paid, don't panic. But don't pay any more. They will likely ask for more.", 'sextortion.paid'),
        step('sextortion.y3', NOV, "Don't delete the messages: keep them as evidence.", 'guide.sextortion'),
        step('sextortion.yFake', DEC, 'The picture they have may be a fake that they made.', 'sextortion.fake'),
        step('sextortion.yThreat', DEC, "Often they don't carry out the threat, but sometimes they do. So still tell someone.", 'sextortion.yp'),
        // After what to do first (don't pay, block, keep the messages): how it often starts, so a child
        // sees they were tricked.
        signs('sextortion', 'It often starts with a fake profile: someone pretending to be someone they are not.'),
        step('sextortion.y4', DEC, `Tell an adult you trust, and report it to CEOP. ${CEOP_IS}`, 'guide.sextortion', 'law.report', 'svc.ceop', 'ceop.name', 'svc.police'),
        ceopAfter('sextortion'),
        // guide.sextortion: Report Remove and Take It Down with no condition. Never "once it is posted":
        // the fingerprint helps block uploads before there are any (rr.limits).
        step('sextortion.y5', DEC, 'Report Remove can help get it taken down, and help stop it being posted online. Take It Down can also help stop it being shared on the apps and sites that take part.', 'guide.sextortion', 'svc.reportremove', 'rr.limits', 'svc.takeitdown'),
        urgent('sextortion'),
      ],
      adult: [
        step('sextortion.a1', NOV, 'Tell them it is not their fault: a child is never to blame.', 'guide.sextortion'),
        step('sextortion.a2', NOV, "Don't pay. Stop contact and block, but don't delete anything: it is evidence.", 'guide.sextortion'),
        step('sextortion.aPaid', DEC, "If they have already paid, don't panic, but don't pay any more. Paying does not mean the threats will stop, and they will likely ask for more.", 'sextortion.paid'),
        step('sextortion.aFake', DEC, 'The image they threaten to share may be real, or a fake the blackmailer made.', 'sextortion.fake'),
        signsAdult('sextortion'),
        step('sextortion.aWho', DEC, 'Anyone can be targeted, but many cases involve boys aged 14 to 18. The blackmailers are often organised groups abroad who want money.', 'sextortion.who'),
        step('sextortion.a3', NOV, 'Report it to CEOP, or to the police on 101 (999 in an emergency).', 'guide.sextortion'),
        step('sextortion.aCeopAfter', DEC, 'A CEOP report is not anonymous. A Child Protection Advisor reads it, gets in touch and makes a plan to keep the child safe. They share what they are told only if they really need to.', 'ceop.after', 'ceop.notanon'),
        step('sextortion.a4', DEC, 'Report Remove can help get it taken down and stop it being posted online. Take It Down can help on the apps and sites that take part. You can also report it to the app or site where it happened.', 'guide.sextortion', 'svc.reportremove', 'rr.limits', 'svc.takeitdown', 'report.platform'),
      ],
    },
    cards(['ceop', 'report-remove', 'take-it-down', 'childline'], ['ceop', 'police', 'report-remove', 'nspcc'], ['ceop', 'police', 'report-remove']),
  ),
  situation(
    'pressure',
    { young: 'Someone is pressuring me to send nudes', adult: 'Someone is pressuring a child to send nudes' },
    true,
    {
      young: [
        step('pressure.y1', DEC, "It is not your fault they keep asking. You don't have to send anything.", 'consequences'),
        step('pressure.y2', NOV, 'The law protects everyone under 18: nobody should ask you for nudes.', 'law.consent', 'law.protect'),
        signs('pressure', 'Watch out for fake profiles: people pretending to be someone they are not.'),
        step('pressure.y3', NOV, 'You can stop replying and block them. Tell an adult you trust, or talk to Childline.', 'svc.childline'),
        // advice.adultsent: an adult, or someone online they don't know, asking for nudes goes to CEOP.
        step('pressure.y4', DEC, `If an adult, or someone online you don't know, asks you for nudes, that is abuse. Report it to CEOP. ${CEOP_IS}`, 'advice.adultsent', 'law.adults', 'law.report', 'svc.ceop', 'ceop.name', 'svc.police'),
        ceopAfter('pressure'),
        step('pressure.yLive', DEC, 'On a live stream, people may use comments to push you to do sexual things. If a stream upsets you, stop and tell an adult you trust.', 'advice.livestream'),
      ],
      adult: [
        step('pressure.a1', NOV, 'Tell them it is not their fault, and that saying no is always OK.', 'consequences'),
        step('pressure.a2', NOV, 'Asking anyone under 18 for nude images is against the law.', 'law.consent'),
        signsAdult('pressure'),
        step('pressure.a3', NOV, 'If an adult is asking, that is child sexual abuse: report it to CEOP or the police.', 'law.adults', 'law.report', 'svc.police'),
      ],
    },
    cards(['childline', 'ceop'], ['ceop', 'nspcc', 'police'], ['ceop', 'police']),
  ),
  situation(
    'received',
    {
      young: "I've been sent a nude or semi-nude of someone else",
      adult: 'A child has been sent a nude or semi-nude of someone else',
    },
    true,
    {
      young: [
        step('received.y1', NOV, 'It is not your fault someone sent it to you.', 'consequences'),
        step('received.y2', DEC, "Don't keep it, and don't send it to anyone. Not even to a friend, or to an adult you think could help.", 'advice.received'),
        step('received.yWhy', DEC, 'Sending it on could hurt the person in it, and it is against the law.', 'law.consent'),
        step('received.y3', DEC, 'Tell an adult you trust, such as a parent, carer or teacher. They can help report it. You can talk to Childline too.', 'advice.received', 'svc.childline'),
        // advice.adultsent: the young person is told about CEOP too, as the adults are (received.a3).
        step('received.yAdult', DEC, `If an adult, or someone online you don't know, sent it to you, report it to CEOP. ${CEOP_IS}`, 'advice.adultsent', 'law.report', 'svc.ceop', 'ceop.name', 'svc.police'),
        ceopAfter('received'),
        step('received.yPlatform', DEC, 'You can also report it to the app, game or website where it was shared. They may not take it down: they only remove things that break their own rules.', 'report.platform'),
        step('received.y4', DEC, "If it is posted on a website or app for all to see, you can report it to the Internet Watch Foundation. It works to get these images off the internet. You don't have to give your name.", 'svc.iwf', 'rr.limits'),
      ],
      adult: [
        step('received.a1', NOV, 'Tell them it is not their fault someone sent it.', 'consequences'),
        step('received.a2', NOV, 'Do not view, copy, share or save the image, or ask them to send it to you.', 'guide.ukcis.dontview'),
        step('received.aKeep', DEC, 'They should not keep it or send it to anyone, not even a friend or an adult they think could help.', 'advice.received'),
        step('received.a3', NOV, 'If it is online, report it to the Internet Watch Foundation. If an adult sent it, report it to CEOP or the police.', 'svc.iwf', 'law.adults', 'law.report'),
        step('received.aPlatform', DEC, 'They can also report it to the app, game or website where it was shared. A report does not always mean it is taken down: sites remove what breaks their own rules.', 'report.platform'),
      ],
    },
    cards(['childline', 'ceop', 'iwf'], ['iwf', 'ceop', 'nspcc'], ['iwf', 'ceop', 'police']),
  ),
  // For a young person this is "worried about a friend": the NSPCC Helpline is for adults, so they
  // are pointed to Report Remove, a trusted adult, Childline, and 999 for danger now.
  situation(
    'worried-child',
    { young: "I'm worried about a friend or another young person", adult: "I'm worried about a child" },
    false,
    {
      young: [
        step('worried-child.yTellThem', DEC, 'You could tell your friend about Report Remove and Childline. Report Remove can help get a nude of them taken down, and stop it being posted again.', 'advice.friend', 'svc.reportremove', 'rr.after'),
        step('worried-child.y1', DEC, 'Tell an adult you trust, such as a parent, carer or teacher. You can talk to Childline about it too.', 'advice.friend', 'svc.childline'),
        step('worried-child.y2', DEC, "Don't share any images of them, even to get help.", 'advice.friend', 'law.consent', 'guide.ukcis.dontview'),
        step('worried-child.y3', NOV, 'If someone is in danger right now, call 999.', 'svc.police'),
      ],
      adult: [
        step('worried-child.a1', NOV, 'If a child is in danger now, call 999.', 'svc.police', 'svc.nspcc'),
        step('worried-child.aCalm', DEC, 'Stay calm and tell them you are on their side. A child is never to blame.', 'advice.parents'),
        step('worried-child.a2', DEC, "Talk to the school's Designated Safeguarding Lead (DSL).", 'guide.ukcis.dontview', 'school.dsl'),
        step('worried-child.a3', NOV, 'The NSPCC Helpline is for adults worried about a child. You can stay anonymous.', 'svc.nspcc'),
        // svc.stopitnow: for the worried adult, a parent worried about a child's behaviour included.
        step('worried-child.aStopItNow', DEC, "If you are worried about a child's sexual behaviour, or someone's sexual thoughts or behaviour towards children, Stop It Now can help, in confidence. It is a helpline for adults.", 'svc.stopitnow', 'seed'),
      ],
    },
    cards(['childline', 'report-remove', 'police'], ['nspcc', 'police', 'ceop', 'youngminds', 'stop-it-now'], ['nspcc', 'police', 'ceop', 'stop-it-now']),
  ),
  situation(
    'own-thoughts',
    {
      young: "I'm worried about my own thoughts or behaviour",
      adult: "I'm worried about my own or someone else's thoughts or behaviour",
    },
    false,
    {
      // Its own opening: no "not your fault", but that asking is good and where help is private
      // (svc.childline.confidential). Stop It Now is for adults (svc.stopitnow): a young person gets
      // Shore, named with its website only (svc.shore), and Childline.
      young: [
        step('own-thoughts.yGood', DEC, `It is good that you want help. You can talk to Childline. It is free. ${CHILDLINE_PRIVATE} They would try to talk to you first.`, 'svc.childline', 'svc.childline.confidential'),
        step('own-thoughts.yShore', DEC, 'Shore is a website for teenagers. It is for you if you worry about your own sexual thoughts or what you do, or something you did online.', 'svc.shore'),
        step('own-thoughts.yFake', DEC, 'Making a fake nude of someone under 18 is against the law, even with AI. It is the same as a real one.', 'law.ai.ew', 'law.ai.scotland', 'law.ai.ni'),
      ],
      adult: [
        step('own-thoughts.a1', DEC, "Stop It Now is a confidential helpline for adults worried about their own or another adult's sexual thoughts or behaviour towards children. It also helps parents worried about a child's sexual behaviour.", 'svc.stopitnow', 'seed'),
        step('own-thoughts.aShore', DEC, 'A young person worried about their own thoughts or behaviour can use Shore, a website for teenagers, or talk to Childline.', 'svc.shore', 'svc.stopitnow', 'svc.childline'),
      ],
    },
    cards(['shore', 'childline'], ['stop-it-now', 'shore']),
  ),
] as const;

export const SITUATIONS: readonly Situation[] = SITUATION_LIST;
export const SITUATION_IDS = SITUATIONS.map((s) => s.id);

/** Shown before anything is chosen: someone to talk to now. */
export const START_SERVICES = cards(['childline', 'shout'], ['nspcc', 'police']);

/** UKCIS first steps, shown to professionals above everything else. */
const STAFF_STEP_LIST = [
  step('staff.1', NOV, 'Tell your Designated Safeguarding Lead (DSL) straight away.', 'guide.ukcis.dontview'),
  step('staff.2', NOV, 'Never view, copy, print, share, store or save the image, or ask a child to share or download it.', 'guide.ukcis.dontview'),
  step('staff.3', NOV, 'If an adult asked a child for nude images, or shared them, that is child sexual abuse: the DSL must refer it to the police urgently.', 'law.adults'),
] as const;
export const STAFF_STEPS: readonly Step[] = STAFF_STEP_LIST;

type ListedSituation = (typeof SITUATION_LIST)[number];
type StepKeyOf<Steps> = Steps extends readonly (infer S)[] ? (S extends Step<infer Key> ? Key : never) : never;

/**
 * Every string key of the situations, exactly: each step's written-out key, each situation's labels,
 * the reassurance and the staff steps. So `t('shared.y9')` fails to compile.
 */
export type SituationStringKey =
  | `${SituationId}.label`
  | `${SituationId}.labelAdult`
  | StepKeyOf<ListedSituation['steps']['young'] | ListedSituation['steps']['adult']>
  | (typeof REASSURANCE_STEPS)[Voice]['key']
  | (typeof STAFF_STEP_LIST)[number]['key'];

/** Every situation's words under its string key (`shared.label`, `shared.labelAdult`, `shared.y1` …). */
export const SITUATION_STRINGS = Object.fromEntries([
  ...SITUATION_LIST.flatMap((s) => [
    [`${s.id}.label`, s.label.young],
    [`${s.id}.labelAdult`, s.label.adult],
    ...[...s.steps.young, ...s.steps.adult].map((x) => [x.key, x.text]),
  ]),
  ...[REASSURANCE_STEPS.young, REASSURANCE_STEPS.adult, ...STAFF_STEP_LIST].map((x) => [x.key, x.text]),
]) as Readonly<Record<SituationStringKey, string>>;

/** A young-person audience is 11 to 17: a service is offered only if it is open at both ends. */
const YOUNG_PERSON_AGES = [11, 17];

/**
 * The services to show this audience, in order. A last guard for a young person: anything not open
 * to an under-18 (the NSPCC Helpline, Stop It Now, the Revenge Porn Helpline) is dropped, whatever the lists say.
 */
export function servicesFor(audience: Audience, ids: readonly ServiceId[]): ServiceId[] {
  return ids.filter((id) => {
    const service = serviceById(id);
    return service && (audience !== 'young-person' || YOUNG_PERSON_AGES.every((age) => isOpenToAge(service, age)));
  });
}
