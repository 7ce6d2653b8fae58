import type { ServiceId } from './services.js';
import type { ContentItem } from './types.js';

/**
 * What can happen after a nude or semi-nude is sent, stage by stage in time, and what a young person
 * can do at every stage. From the verified facts, section "Consequences" (cited here as
 * `consequences`, which has no row ids of its own), and the rows named on each point.
 *
 * Points that several scenarios share are written once and referred to, so a change of words reaches
 * every scenario that says it. Services are named by their id in ./services.ts: no number or address
 * is ever copied here.
 */
const NOV = '2026-11';
const DEC = '2026-12';

export const SCENARIO_IDS = ['sent', 'shared-without-consent', 'sextortion', 'pressured'] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

/** Every scenario has the same four stages in time, so `stage="hours"` means the same in each. */
export const STAGE_IDS = ['moment', 'hours', 'weeks', 'years'] as const;
export type StageId = (typeof STAGE_IDS)[number];

/** Services for adults only (minAge 18) can never be named here: the type refuses them. */
export type YouthServiceId = Exclude<ServiceId, 'nspcc' | 'revenge-porn-helpline' | 'stop-it-now'>;

/** One thing that can happen, or one thing you can do. */
export interface Point extends ContentItem {
  /** Services that help with this point, shown as links beside it. */
  services?: readonly YouthServiceId[];
}

export interface Stage {
  id: StageId;
  title: string;
  /** What can happen at this stage. */
  happen: readonly Point[];
  /** What you can do: every stage ends on these, never on a threat. */
  can: readonly Point[];
}

export interface Scenario {
  id: ScenarioId;
  title: string;
  /** The first thing said. Where someone else shared or demanded the image: "It is not your fault". */
  lead: Point;
  notYourFault: boolean;
  stages: readonly Stage[];
}

const point = (checked: string, text: string, facts: readonly string[], services?: YouthServiceId[]): Point => ({
  text,
  facts,
  checked,
  services,
});

const C = 'consequences';

// What can happen.
// For someone who chose to send it. Where someone else shared it, or nothing has been sent, `spread`
// and `ifSent` say the same without telling a child it is out of their hands.
const lost = point(NOV, "Once it is sent, you can't control where it goes.", [C]);
const spread = point(DEC, 'Other people may see it or pass it on.', [C]);
const ifSent = point(DEC, 'If you do send one, it can be saved or sent on to other people.', [C]);
const copied = point(NOV, 'It can be screenshotted, saved or forwarded to other people.', [C]);
const bullied = point(NOV, 'People may talk about it, or bully you.', [C]);
const threats = point(
  NOV,
  'Someone may threaten to share it unless you send more or pay them. This is blackmail, also called sextortion.',
  [C, 'guide.sextortion'],
);
// How online blackmail often starts (sextortion.signs), so a young reader can spot it.
const signs = point(
  DEC,
  'Some people use a fake profile, pretending to be someone they are not. Some offer money, gifts, a job or nudes in return for a picture.',
  ['sextortion.signs'],
);
const fake = point(DEC, 'The picture they have may be a fake that they made.', ['sextortion.fake']);
const carryOut = point(DEC, "Often they don't carry out the threat, but sometimes they do. So still tell someone.", ['sextortion.yp']);
// Never a bare fear: what to do is in the same point, and CEOP is beside it in every stage that says
// it (advice.adultsent).
const adults = point(
  DEC,
  'Adults who abuse children may see it and try to contact you. If that happens, tell an adult you trust, and report it.',
  [C, 'advice.adultsent'],
);
const upset = point(NOV, 'You may feel embarrassed, upset, scared or very worried.', [C]);
const resurface = point(NOV, 'The image can turn up again, even years later. This includes on adult websites.', [C]);
// For a child who was blackmailed, pressured or shared without asking: the same fact, with "not your
// fault" beside it instead of the adult websites (Report Remove follows in the same stage).
const resurfaceHelp = point(DEC, 'The image could turn up again, even years later. If it does, it is still not your fault, and you can still get help.', [C]);
// FACTS law.outcome21: say exactly this much, and never promise that it will not be disclosed; the
// "enhanced check" is explained in the row's own terms (non-conviction information). Home
// Office counting rules are England and Wales only: elsewhere the point is dropped, not replaced.
const outcome21: Point = {
  ...point(
    DEC,
    'Sometimes police write down what happened but decide not to take it further. This is called Outcome 21. It is unlikely to show on a criminal record check. But it cannot be ruled out on an enhanced check. That is a fuller check, where police may also share things that did not end in a conviction.',
    ['law.outcome21', C],
  ),
  only: 'england-wales',
};

// What you can do.
const talk = point(NOV, 'Talk to an adult you trust, like a parent, carer or teacher.', [C]);
const childline = point(
  DEC,
  // svc.childline.confidential, whole: "your or someone else's safety".
  "Talk to Childline. It is free, and you don't have to give your name. What you say stays private, unless they fear for your or someone else's safety.",
  ['svc.childline', 'svc.childline.confidential'],
  ['childline'],
);
// rr.limits, whole, and never "if it is posted": its fingerprint helps block uploads that have not
// happened yet.
const remove = point(
  DEC,
  "Report Remove can help get it taken down. It can only take down copies that are public online. It can't take down copies saved on a phone, or sent in apps like WhatsApp or Snapchat. But it can still help stop them being posted online.",
  ['svc.reportremove', 'rr.limits'],
  ['report-remove'],
);
const takeDown = point(
  NOV,
  'Take It Down can help stop it being shared on the apps and sites that take part.',
  ['svc.takeitdown'],
  ['take-it-down'],
);
// ceop.name says what CEOP is; ceop.benefit: "not anonymous" always beside what the report brings.
const ceop = point(
  DEC,
  "If an adult, or someone online you don't know, asks you for nudes, report it to CEOP. Do the same if anyone threatens you. CEOP is a part of the police that keeps children safe online. It is not anonymous. But a Child Protection Advisor will read it, and make a plan with you to keep you safe.",
  ['svc.ceop', 'law.report', 'guide.sextortion', 'advice.adultsent', 'ceop.name', 'ceop.notanon', 'ceop.benefit'],
  ['ceop'],
);
const ceopAfter = point(
  DEC,
  'After you report to CEOP, an advisor will get in touch. It is not anonymous. They make a plan with you to keep you safe. They only share what you tell them if they really need to.',
  ['ceop.after', 'ceop.notanon', 'ceop.benefit'],
  ['ceop'],
);
const threatened = point(
  NOV,
  "If anyone threatens you, it is not your fault. Don't pay and don't send more. Block them, keep the messages, and tell an adult you trust.",
  ['guide.sextortion', C],
);
const noPay = point(NOV, "Don't pay and don't send anything more. Stop replying and block them.", ['guide.sextortion']);
const paid = point(DEC, "If you have already paid, don't panic. But don't pay any more. They will likely ask for more.", ['sextortion.paid']);
const evidence = point(NOV, "Don't delete the messages. Keep them as evidence.", ['guide.sextortion']);
const danger = point(NOV, 'If you are in danger right now, call the police.', ['svc.police', 'law.report'], ['police']);
const low = point(
  DEC,
  // svc.stem4 is only partly confirmed: name it as a charity, never its apps. crisis.urgent: a
  // child in danger is sent to the police (the link beside it has the number) and A&E, and to
  // NHS 111, not only a text line. No "any time" beside Childline (svc.childline.hours: partly).
  'If you feel very low, or want to hurt yourself, tell someone straight away. Call Childline, or text Shout. If your life is in danger, call the police or go to A&E. You can also call NHS 111. You can look at stem4, a teenage mental health charity, too.',
  [C, 'crisis.urgent', 'svc.childline', 'svc.childline.hours', 'svc.shout', 'svc.police', 'svc.stem4'],
  ['childline', 'shout', 'police', 'stem4'],
);

const TITLES: Record<StageId, string> = {
  moment: 'The moment you press send',
  hours: 'Minutes to hours later',
  weeks: 'Days and weeks',
  years: 'Months and years',
};

/** One stage under its own id: what can happen, what you can do, and a title in place of the usual one. */
const stage = (id: StageId, happen: Point[], can: Point[], title = TITLES[id]): Stage => ({ id, title, happen, can });

export const SCENARIOS: Record<ScenarioId, Scenario> = {
  sent: {
    id: 'sent',
    title: 'If you have sent a nude or semi-nude',
    lead: point(NOV, 'The law is there to protect young people, not to punish them. It is never too late to get help.', ['law.protect']),
    notYourFault: false,
    stages: [
      stage('moment', [lost], [talk, childline]),
      stage('hours', [copied, adults], [remove, ceop]),
      stage('weeks', [bullied, threats, upset], [threatened, ceop, low]),
      stage('years', [resurface, outcome21], [remove, takeDown, talk]),
    ],
  },
  'shared-without-consent': {
    id: 'shared-without-consent',
    title: 'If someone shared your nude or semi-nude without asking you',
    lead: point(NOV, 'It is not your fault. The person who shared it without asking you is the one who did wrong.', [C]),
    notYourFault: true,
    stages: [
      stage('moment', [upset, spread], [talk, childline], 'When you find out'),
      stage('hours', [copied], [remove, takeDown]),
      stage('weeks', [bullied, adults], [ceop, low]),
      stage('years', [resurfaceHelp], [remove, talk]),
    ],
  },
  sextortion: {
    id: 'sextortion',
    title: 'If someone is threatening to share your nude or semi-nude',
    lead: point(NOV, 'It is not your fault. You are never to blame when someone blackmails you.', ['guide.sextortion']),
    notYourFault: true,
    stages: [
      stage('moment', [threats, signs, fake], [noPay, paid, evidence, ceop], 'When the threats start'),
      stage('hours', [upset], [danger, talk, childline, ceopAfter]),
      stage('weeks', [carryOut, copied], [remove, takeDown, low]),
      stage('years', [resurfaceHelp], [remove, talk]),
    ],
  },
  pressured: {
    id: 'pressured',
    title: 'If someone is pressuring you to send a nude or semi-nude',
    lead: point(
      NOV,
      'It is not your fault. Nobody should pressure you. If an adult asks you for nudes, that is child sexual abuse.',
      ['law.adults', C],
    ),
    notYourFault: true,
    stages: [
      stage(
        'moment',
        [point(NOV, 'Someone may keep asking, or make you feel you have to send one.', [C]), signs],
        [point(NOV, "You can say no. You don't have to give a reason.", [C]), ceop, childline],
        'When someone asks',
      ),
      stage('hours', [ifSent, copied], [remove, talk]),
      stage('weeks', [threats, bullied], [threatened, low]),
      stage('years', [point(DEC, 'If you do send one, it could turn up again, even years later.', [C])], [takeDown, childline]),
    ],
  },
};
