import type { Jurisdiction } from './law.js';
import type { ServiceId } from './services.js';

/**
 * What can happen after a nude or semi-nude is sent, stage by stage in time, and what a young person
 * can do at every stage. From shared/content/FACTS.md, section "Consequences" (cited here as
 * `consequences`, which has no row ids of its own), and the rows named on each point; checked 2026-11.
 *
 * Points that several scenarios share are written once and referred to, to keep the bundle small.
 * Services are named by their id in ./services.ts: no number or address is ever copied here.
 */
const checked = '2026-11';

export const SCENARIO_IDS = ['sent', 'shared-without-consent', 'sextortion', 'pressured'] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

/** Every scenario has the same four stages in time, so `stage="hours"` means the same in each. */
export const STAGE_IDS = ['moment', 'hours', 'weeks', 'years'] as const;
export type StageId = (typeof STAGE_IDS)[number];

/** Services for adults only (minAge 18) can never be named here: the type refuses them. */
export type YouthServiceId = Exclude<ServiceId, 'nspcc' | 'revenge-porn-helpline'>;

/** One thing that can happen, or one thing you can do, with the FACTS.md rows it rests on. */
export interface Point {
  text: string;
  /** FACTS.md ids, e.g. `svc.reportremove`; `consequences` is the section of that name. */
  facts: readonly string[];
  checked: string;
  /** Services that help with this point, shown as links beside it. */
  services?: readonly YouthServiceId[];
  /** Shown only to readers in this jurisdiction (FACTS has the fact for it alone); else everywhere. */
  only?: Jurisdiction;
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

const point = (text: string, facts: string, services?: YouthServiceId[]): Point => ({
  text,
  facts: facts.split(' '),
  checked,
  services,
});

const C = 'consequences';

// What can happen.
const lost = point("Once it is sent, you can't control where it goes.", C);
const copied = point('It can be screenshotted, saved or forwarded to other people.', C);
const bullied = point('People may talk about it, or bully you.', C);
const threats = point(
  'Someone may threaten to share it unless you send more or pay them. This is blackmail, also called sextortion.',
  `${C} guide.sextortion`,
);
const adults = point('Adults who abuse children may see it and try to contact you.', C);
const upset = point('You may feel embarrassed, upset, scared or very worried.', C);
const resurface = point('The image can turn up again, even years later. This includes on adult websites.', C);
// FACTS law.outcome21: say exactly this much, and never promise that it will not be disclosed. Home
// Office counting rules are England and Wales only: elsewhere the point is dropped, not replaced.
const outcome21: Point = {
  ...point(
    'Sometimes police write down what happened but decide not to take it further. This is called Outcome 21. It is unlikely to show on a criminal record check, but it cannot be ruled out on an enhanced check.',
    `law.outcome21 ${C}`,
  ),
  only: 'england-wales',
};

// What you can do.
const talk = point('Talk to an adult you trust, like a parent, carer or teacher.', C);
const childline = point(
  "Talk to Childline. It is free and confidential, and you don't have to give your name.",
  'svc.childline',
  ['childline'],
);
const remove = point(
  "If it is posted online, Report Remove can help get it taken down. It only works for images that are public online, not ones in private chats or saved on someone's phone.",
  'svc.reportremove',
  ['report-remove'],
);
const takeDown = point(
  'Take It Down can help stop it being shared on the apps and sites that take part.',
  'svc.takeitdown',
  ['take-it-down'],
);
const ceop = point(
  'If an adult contacts you, or anyone threatens you, report it to CEOP. A child protection advisor will read it. It is not anonymous.',
  'svc.ceop law.report guide.sextortion',
  ['ceop'],
);
const threatened = point(
  "If anyone threatens you, it is not your fault. Don't pay and don't send more. Block them, keep the messages, and tell an adult you trust.",
  `guide.sextortion ${C}`,
);
const noPay = point("Don't pay and don't send anything more. Stop replying and block them.", 'guide.sextortion');
const evidence = point("Don't delete the messages. Keep them as evidence.", 'guide.sextortion');
const danger = point('If you are in danger right now, call the police.', 'svc.police law.report', ['police']);
const low = point(
  // svc.stem4 is only partly confirmed: name it as a charity, never its apps.
  'If you feel very low, or want to hurt yourself, tell someone straight away. You can text Shout at any time, or look at stem4, a teenage mental health charity.',
  `${C} svc.shout svc.stem4`,
  ['shout', 'stem4'],
);

const TITLES: Record<StageId, string> = {
  moment: 'The moment you press send',
  hours: 'Minutes to hours later',
  weeks: 'Days and weeks',
  years: 'Months and years',
};

/** One stage, written as [what can happen, what you can do, a title in place of the usual one]. */
type StageText = [happen: Point[], can: Point[], title?: string];

/**
 * A scenario, stored compactly: its id is its key in SCENARIOS (set below), and its four stages are
 * given in STAGE_IDS order, so each stage's id and usual title come from its place.
 */
const scenario = (title: string, lead: Point, notYourFault: boolean, ...stages: StageText[]): Scenario => ({
  id: '' as ScenarioId,
  title,
  lead,
  notYourFault,
  stages: stages.map(([happen, can, title], i) => ({ id: STAGE_IDS[i], title: title ?? TITLES[STAGE_IDS[i]], happen, can })),
});

export const SCENARIOS: Record<ScenarioId, Scenario> = {
  sent: scenario(
    'If you have sent a nude or semi-nude',
    point('The law is there to protect young people, not to punish them. It is never too late to get help.', 'law.protect'),
    false,
    [[lost], [talk, childline]],
    [[copied, adults], [remove, ceop]],
    [[bullied, threats, upset], [threatened, ceop, low]],
    [[resurface, outcome21], [remove, takeDown, talk]],
  ),
  'shared-without-consent': scenario(
    'If someone shared your nude or semi-nude without asking you',
    point('It is not your fault. The person who shared it without asking you is the one who did wrong.', C),
    true,
    [[upset, lost], [talk, childline], 'When you find out'],
    [[copied], [remove, takeDown]],
    [[bullied, adults], [ceop, low]],
    [[resurface], [remove, talk]],
  ),
  sextortion: scenario(
    'If someone is threatening to share your nude or semi-nude',
    point('It is not your fault. You are never to blame when someone blackmails you.', 'guide.sextortion'),
    true,
    [[threats], [noPay, evidence, ceop], 'When the threats start'],
    [[upset], [danger, talk, childline]],
    [[copied], [remove, takeDown]],
    [[resurface], [remove, talk]],
  ),
  pressured: scenario(
    'If someone is pressuring you to send a nude or semi-nude',
    point(
      'It is not your fault. Nobody should pressure you. If an adult asks you for nudes, that is child sexual abuse.',
      `law.adults ${C}`,
    ),
    true,
    [
      [point('Someone may keep asking, or make you feel you have to send one.', C)],
      [point("You can say no. You don't have to give a reason.", C), ceop, childline],
      'When someone asks',
    ],
    [[lost, copied], [remove, talk]],
    [[threats, bullied], [threatened, low]],
    [[resurface], [takeDown, childline]],
  ),
};
for (const id of SCENARIO_IDS) (SCENARIOS[id] as { id: ScenarioId }).id = id;
