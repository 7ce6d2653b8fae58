import { isOpenToAge, serviceById, type ServiceId } from './services.js';

/**
 * What `<help-panel>` says for each "What's happening?" choice, from shared/content/FACTS.md, checked
 * 2026-11. Each step names the facts it rests on: a row id, or `consequences` for the FACTS.md
 * "Consequences" section (which says "it is not your fault" where an image was shared or demanded by
 * someone else, and has no row id). Steps are advice in plain words; any number, law or service
 * claim in them is one of those facts. Every text is also a string key, so a host can replace it.
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

const step = (key: string, text: string, ...facts: string[]): Step => ({ key, text, facts, checked });

export const SITUATIONS: readonly Situation[] = [
  {
    id: 'shared',
    label: {
      young: 'I sent a nude or semi-nude and I regret it, or it has been shared',
      adult: 'A child sent a nude or semi-nude and regrets it, or it has been shared',
    },
    steps: {
      young: [
        step('shared.y1', 'If someone shared it or pushed you to send it, that is not your fault. The law is there to protect you, not to punish you.', 'consequences', 'law.protect'),
        step('shared.y2', "Report Remove can help get it taken down, but only if it is public online: not in private chats or saved on someone's phone. You need a Childline account, but not your real name.", 'svc.reportremove'),
        step('shared.y3', "Talk to an adult you trust, or to Childline. It's free and you don't have to give your name.", 'svc.childline'),
      ],
      adult: [
        step('shared.a1', 'Stay calm. If someone shared it or pushed them to send it, tell them it is not their fault.', 'consequences', 'guide.sextortion'),
        step('shared.a2', 'Do not view, copy, share or save the image, or ask them to send it to you.', 'guide.ukcis.dontview'),
        step('shared.a3', 'Under-18s can use Report Remove to help get it taken down, but only if it is public online.', 'svc.reportremove'),
      ],
    },
    services: {
      'young-person': ['report-remove', 'childline'],
      parent: ['report-remove', 'nspcc'],
      professional: ['report-remove', 'nspcc'],
    },
  },
  {
    id: 'sextortion',
    label: {
      young: 'Someone is threatening to share my image or asking for money',
      adult: "Someone is threatening to share a child's image or asking for money",
    },
    steps: {
      young: [
        step('sextortion.y1', 'This is blackmail. You are not to blame.', 'guide.sextortion'),
        step('sextortion.y2', "Don't pay. Stop replying and block them.", 'guide.sextortion'),
        step('sextortion.y3', "Don't delete the messages: keep them as evidence.", 'guide.sextortion'),
        step('sextortion.y4', 'Tell an adult you trust and report it to CEOP (a CEOP report is not anonymous). If you are in danger now, call 999.', 'guide.sextortion', 'law.report', 'svc.ceop'),
        step('sextortion.y5', 'If it is posted publicly online, Report Remove can help get it taken down. Take It Down can help stop it being shared on the apps and sites that take part.', 'svc.reportremove', 'svc.takeitdown'),
      ],
      adult: [
        step('sextortion.a1', 'Tell them it is not their fault: a child is never to blame.', 'guide.sextortion'),
        step('sextortion.a2', "Don't pay. Stop contact and block, but don't delete anything: it is evidence.", 'guide.sextortion'),
        step('sextortion.a3', 'Report it to CEOP, or to the police on 101 (999 in an emergency).', 'guide.sextortion'),
        step('sextortion.a4', 'If it is posted publicly online, Report Remove can help get it taken down. Take It Down can help stop it being shared on the apps and sites that take part.', 'svc.reportremove', 'svc.takeitdown'),
      ],
    },
    services: {
      'young-person': ['ceop', 'report-remove', 'take-it-down', 'childline'],
      parent: ['ceop', 'police', 'report-remove', 'nspcc'],
      professional: ['ceop', 'police', 'report-remove'],
    },
  },
  {
    id: 'pressure',
    label: {
      young: 'Someone is pressuring me to send one',
      adult: 'Someone is pressuring a child to send one',
    },
    steps: {
      young: [
        step('pressure.y1', "You don't have to send anything, and it is not your fault they keep asking.", 'consequences'),
        step('pressure.y2', 'The law protects everyone under 18: nobody should ask you for nudes.', 'law.consent', 'law.protect'),
        step('pressure.y3', 'You can stop replying and block them. Tell an adult you trust, or talk to Childline.', 'svc.childline'),
        step('pressure.y4', 'If an adult is asking, that is abuse. Report it to CEOP (a CEOP report is not anonymous).', 'law.adults', 'law.report', 'svc.ceop'),
      ],
      adult: [
        step('pressure.a1', 'Tell them it is not their fault, and that saying no is always OK.', 'consequences'),
        step('pressure.a2', 'Asking anyone under 18 for nude images is against the law.', 'law.consent'),
        step('pressure.a3', 'If an adult is asking, that is child sexual abuse: report it to CEOP or the police.', 'law.adults', 'law.report', 'svc.police'),
      ],
    },
    services: {
      'young-person': ['childline', 'ceop'],
      parent: ['ceop', 'nspcc', 'police'],
      professional: ['ceop', 'police'],
    },
  },
  {
    id: 'received',
    label: {
      young: "I've been sent a nude or semi-nude of someone else",
      adult: 'A child has been sent a nude or semi-nude of someone else',
    },
    steps: {
      young: [
        step('received.y1', 'It is not your fault someone sent it to you.', 'consequences'),
        step('received.y2', "Don't share it or show it to anyone. Sharing it is against the law, and it could hurt the person in it.", 'law.consent'),
        step('received.y3', 'Tell an adult you trust, such as a parent, carer or teacher, or talk to Childline.', 'svc.childline'),
        step('received.y4', 'If it is posted publicly on a website or app, you can report it to the Internet Watch Foundation without giving your name.', 'svc.iwf'),
      ],
      adult: [
        step('received.a1', 'Tell them it is not their fault someone sent it.', 'consequences'),
        step('received.a2', 'Do not view, copy, share or save the image, or ask them to send it to you.', 'guide.ukcis.dontview'),
        step('received.a3', 'If it is online, report it to the Internet Watch Foundation. If an adult sent it, report it to CEOP or the police.', 'svc.iwf', 'law.adults', 'law.report'),
      ],
    },
    services: {
      'young-person': ['childline', 'iwf'],
      parent: ['iwf', 'ceop', 'nspcc'],
      professional: ['iwf', 'ceop', 'police'],
    },
  },
  {
    // For a young person this is "worried about a friend": the NSPCC Helpline is for adults, so they
    // are pointed to a trusted adult, Childline, and 999 for danger now.
    id: 'worried-child',
    label: {
      young: "I'm worried about a friend or another young person",
      adult: "I'm worried about a child",
    },
    steps: {
      young: [
        step('worried-child.y1', 'Tell an adult you trust, such as a parent, carer or teacher. You can talk to Childline about it too.', 'svc.childline'),
        step('worried-child.y2', "Don't share any images of them, even to get help.", 'law.consent', 'guide.ukcis.dontview'),
        step('worried-child.y3', 'If someone is in danger right now, call 999.', 'svc.police'),
      ],
      adult: [
        step('worried-child.a1', 'If a child is in danger now, call 999.', 'svc.police', 'svc.nspcc'),
        step('worried-child.a2', "Talk to the school's Designated Safeguarding Lead (DSL).", 'guide.ukcis.dontview'),
        step('worried-child.a3', 'The NSPCC Helpline is for adults worried about a child. You can stay anonymous.', 'svc.nspcc'),
      ],
    },
    services: {
      'young-person': ['childline', 'police'],
      parent: ['nspcc', 'police', 'ceop'],
      professional: ['nspcc', 'police', 'ceop'],
    },
  },
  {
    id: 'own-thoughts',
    label: {
      young: "I'm worried about my own thoughts or behaviour",
      adult: "I'm worried about my own or someone else's thoughts or behaviour",
    },
    steps: {
      young: [
        step('own-thoughts.y1', "It's good that you want help. Stop It Now is free and confidential. You don't have to give your name. It helps young people who got into trouble online.", 'svc.stopitnow'),
        step('own-thoughts.y2', 'You can also talk to Childline.', 'svc.childline'),
      ],
      adult: [
        step('own-thoughts.a1', "Stop It Now gives confidential, anonymous help to anyone worried about their own or someone else's sexual thoughts or behaviour towards children.", 'svc.stopitnow'),
      ],
    },
    services: {
      'young-person': ['stop-it-now', 'childline'],
      parent: ['stop-it-now'],
      professional: ['stop-it-now'],
    },
  },
];

export const SITUATION_IDS = SITUATIONS.map((s) => s.id);

/** Shown before anything is chosen: someone to talk to now. */
export const START_SERVICES: Record<Audience, readonly ServiceId[]> = {
  'young-person': ['childline', 'shout'],
  parent: ['nspcc', 'police'],
  professional: ['nspcc', 'police'],
};

/** UKCIS first steps, shown to professionals above everything else. */
export const STAFF_STEPS: readonly Step[] = [
  step('staff.1', 'Tell your Designated Safeguarding Lead (DSL) straight away.', 'guide.ukcis.dontview'),
  step('staff.2', 'Never view, copy, print, share, store or save the image, or ask a child to share or download it.', 'guide.ukcis.dontview'),
  step('staff.3', 'If an adult asked a child for nude images, or shared them, that is child sexual abuse: the DSL must refer it to the police urgently.', 'law.adults'),
];

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

export const voiceOf = (audience: Audience): Voice => (audience === 'young-person' ? 'young' : 'adult');
