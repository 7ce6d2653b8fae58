import type { Service } from './types.js';

/**
 * The built-in directory of services, from the verified facts (sections "Services", checked
 * 2026-11, and "Services (re-checked 2026-12)"). Only facts marked confirmed are shown by default;
 * hours marked partly or unconfirmed carry `verified: false`, so their words are hidden and "Open
 * now" is never computed for them. Each `source` is the public page the fact was read on.
 * Left out on purpose (unconfirmed in the verified facts): YoungMinds' parents' helpline and text number,
 * Childline's "calls don't show on bills" claim, Stop It Now's hours and any "anonymous" claim for it,
 * the NSPCC Helpline's hours, and Shore's ages, chat and email (second-hand only).
 */
const checked = '2026-11';
// The public pages the verified facts give for the rows that have no source column of their own: Shout's and
// Samaritans' December re-checks, and, for the police numbers, law.report's page (999 and 101).
const shoutFaq = 'https://giveusashout.org/about-us/faq/';
const samaritansContact = 'https://www.samaritans.org/how-we-can-help/contact-samaritan/';
const policeSource = 'https://www.ceopeducation.co.uk/11_18/lets-talk-about/sex-and-sexual-content/sex-and-the-law';

/** Childline on its own too: every widget's fallback names it, without needing the whole directory. */
export const CHILDLINE = {
  fact: 'svc.childline',
  checked,
  source: 'https://www.childline.org.uk',
  name: 'Childline',
  // "Confidential" is said as Childline's own promise, whole (svc.childline.confidential: "your or
  // someone else's safety"), so a child knows when it could be told to someone.
  description:
    "Free help for anyone under 19. What you say stays private, unless they fear for your or someone else's safety. You don't have to give your name. You can also chat or email online.",
  descriptionFacts: { facts: ['svc.childline.confidential'], checked: '2026-12' },
  eligibility: 'For anyone under 19',
  maxAge: 18,
  phones: [{ display: '0800 1111' }],
  url: 'https://www.childline.org.uk',
  // The verified facts: 24/7 "per several older sources; not read on the current site": not shown by default.
  hours: { fact: 'svc.childline', checked, source: 'https://www.childline.org.uk', verified: false, words: 'Every day, day and night', schedule: 'always' },
  free: true,
  confidential: true,
} as const;

const DIRECTORY = {
  childline: CHILDLINE,
  'report-remove': {
    fact: 'svc.reportremove',
    checked,
    source: 'https://www.childline.org.uk/info-advice/bullying-abuse-safety/online-mobile-safety/remove-nude-image-shared-online/',
    name: 'Report Remove',
    description:
      "Report a nude image or video of yourself so it can be taken down. You need a Childline account, but not your real name. It can only take down copies that are public online. It can't take down copies saved on a phone, or sent in apps like WhatsApp or Snapchat. But it can still help stop them being posted online.",
    // rr.limits, whole: what it cannot take down, and that its fingerprint still helps block uploads.
    descriptionFacts: { facts: ['rr.limits'], checked: '2026-12' },
    eligibility: 'For under-18s',
    maxAge: 17,
    url: 'https://www.childline.org.uk/info-advice/bullying-abuse-safety/online-mobile-safety/remove-nude-image-shared-online/',
    free: true,
  },
  ceop: {
    fact: 'svc.ceop',
    checked,
    source: 'https://www.ceop.police.uk/Safety-Centre/',
    name: 'CEOP Safety Centre',
    // ceop.name says what CEOP is; "not anonymous" always comes with what the report brings (ceop.benefit).
    description:
      'CEOP is a part of the police that keeps children safe online. Tell CEOP if someone is abusing or grooming you online. CEOP will need to know who you are. A Child Protection Advisor reads every report. They get in touch as soon as they can, and make a plan with you to keep you safe.',
    descriptionFacts: { facts: ['ceop.name', 'ceop.notanon', 'ceop.benefit', 'ceop.after'], checked: '2026-12' },
    url: 'https://www.ceop.police.uk/Safety-Centre/',
  },
  nspcc: {
    fact: 'svc.nspcc',
    checked,
    source: 'https://www.nspcc.org.uk',
    name: 'NSPCC Helpline',
    description:
      'For adults worried about a child, parents, carers and professionals. You can stay anonymous. Calls are free from landlines and most mobiles. If a child is in danger now, call 999.',
    eligibility: 'For adults',
    minAge: 18,
    phones: [{ display: '0808 800 5000' }],
    email: 'help@nspcc.org.uk',
    url: 'https://www.nspcc.org.uk',
    // fact svc.nspcc: hours only "partly" (a 2020 news item and an undated page disagree with an
    // older "24 hours a day"), so neither the hours nor "Open now" are shown until they are re-read.
    hours: {
      fact: 'svc.nspcc',
      checked: '2026-12',
      source: 'safeguardingtool.nspcc.org.uk (undated); nspcc.org.uk news (2020)',
      verified: false,
      words: 'Phone: Monday to Friday 8am to 10pm, Saturday and Sunday 9am to 6pm. Email: any time.',
    },
    // Not marked free: the fact says free from landlines and most mobiles, which the description says.
    anonymous: true,
  },
  // svc.stopitnow (corrected 2026-12): a helpline for adults, parents worried about a child's
  // behaviour included, never a service to send a young person to (they get Shore and Childline).
  'stop-it-now': {
    fact: 'svc.stopitnow',
    checked: '2026-12',
    source: 'https://www.stopitnow.org.uk/helpline/',
    name: 'Stop It Now',
    description:
      "A helpline for adults. It helps adults worried about their own, or another adult's, sexual thoughts or acts towards children. It also helps parents, carers and professionals worried about a child's sexual behaviour. You can talk in English or Welsh.",
    eligibility: 'For adults',
    minAge: 18,
    phones: [{ display: '0808 1000 900' }],
    url: 'https://www.stopitnow.org.uk/helpline/',
    // The verified facts: hours unconfirmed (the current page states none), so none are shipped. "Confidential"
    // is the seed talk's word for the helpline; no row says it is anonymous, so that is not claimed.
    free: true,
    confidential: true,
  },
  // svc.shore: partly confirmed. Its site and purpose only: no hours, ages, chat or email.
  shore: {
    fact: 'svc.shore',
    checked: '2026-12',
    source: 'https://shorespace.org.uk',
    name: 'Shore',
    description: 'A website for teenagers. It is for you if you worry about your own sexual thoughts or what you do, or something you did online.',
    url: 'https://shorespace.org.uk',
  },
  youngminds: {
    fact: 'svc.youngminds',
    checked,
    source: 'https://www.youngminds.org.uk',
    name: 'YoungMinds',
    description: "A charity for young people's mental health.",
    url: 'https://www.youngminds.org.uk',
  },
  stem4: {
    fact: 'svc.stem4',
    checked,
    source: 'https://stem4.org.uk',
    name: 'stem4',
    // the verified facts mark stem4 only "partly" confirmed, so its app names are not shipped.
    description: 'A charity that helps teenagers with their mental health.',
    url: 'https://stem4.org.uk',
  },
  shout: {
    fact: 'svc.shout',
    checked,
    source: shoutFaq,
    name: 'Shout',
    // "Any time" only for a service whose round-the-clock hours are confirmed (svc.shout, svc.shout.who).
    description: 'Text support, any time, when you need to talk to someone.',
    descriptionFacts: { facts: ['svc.shout.who'], checked: '2026-12' },
    text: { number: '85258', keyword: 'SHOUT' },
    hours: { fact: 'svc.shout', checked, source: shoutFaq, verified: true, words: 'Every day, day and night', schedule: 'always' },
    free: true,
    confidential: true,
  },
  samaritans: {
    fact: 'svc.samaritans',
    checked,
    source: samaritansContact,
    name: 'Samaritans',
    description: 'Someone to listen, whatever you are going through.',
    eligibility: 'For anyone',
    phones: [{ display: '116 123' }],
    hours: { fact: 'svc.samaritans', checked, source: samaritansContact, verified: true, words: 'Every day, day and night', schedule: 'always' },
    free: true,
  },
  'take-it-down': {
    fact: 'svc.takeitdown',
    checked,
    source: 'https://takeitdown.ncmec.org',
    name: 'Take It Down',
    description:
      'If you were under 18 in a nude image, Take It Down can help stop it being shared. It works on the apps and sites that take part. It makes a code from the image on your own device, like a fingerprint.',
    eligibility: 'For images taken under 18',
    url: 'https://takeitdown.ncmec.org',
    free: true,
    anonymous: true,
  },
  iwf: {
    fact: 'svc.iwf',
    checked,
    source: 'https://report.iwf.org.uk',
    name: 'Internet Watch Foundation',
    description: 'If you have seen sexual images of children online, you can report them here. You do not have to give your name.',
    url: 'https://report.iwf.org.uk',
    anonymous: true,
  },
  'revenge-porn-helpline': {
    fact: 'svc.revengeporn',
    checked,
    source: 'revengepornhelpline.org.uk (re-read 2026-12)',
    name: 'Revenge Porn Helpline',
    description: 'For adults whose intimate images were shared without their consent.',
    eligibility: 'For adults aged 18 and over only',
    minAge: 18,
    phones: [{ display: '0345 6000 459' }],
    // No schedule, so no "Open now": it is closed on bank holidays, and the verified facts hold no list of
    // their dates to tell a bank holiday Monday from any other.
    hours: {
      fact: 'svc.revengeporn',
      checked: '2026-12',
      source: 'revengepornhelpline.org.uk (re-read 2026-12)',
      verified: true,
      words: 'Monday to Friday, 10am to 4pm, not on bank holidays',
    },
  },
  'report-harmful-content': {
    fact: 'svc.rhc',
    checked,
    source: 'https://reportharmfulcontent.com',
    name: 'Report Harmful Content',
    description: 'Help to report harmful online content that is not illegal.',
    eligibility: 'For anyone aged 13 or over',
    minAge: 13,
    url: 'https://reportharmfulcontent.com',
  },
  police: {
    fact: 'svc.police',
    checked,
    source: policeSource,
    name: 'Police',
    description: 'Call 999 if someone is in danger right now. Call 101 to report something that is not an emergency.',
    phones: [
      { display: '999', label: 'In an emergency' },
      { display: '101', label: 'Not an emergency' },
    ],
    hours: { fact: 'svc.police', checked, source: policeSource, verified: true, words: 'Every day, day and night', schedule: 'always' },
    free: true,
  },
} as const satisfies Record<string, Omit<Service, 'id'>>;

/** Each service gets its key as its `id`, so the id is written once. */
function withIds<T extends Record<string, object>>(directory: T) {
  for (const id in directory) (directory[id] as Partial<Service>).id = id;
  return directory as { [K in keyof T]: T[K] & { id: K } };
}

/**
 * The directory, each service carrying its key as its `id`. Marked pure so that a bundle which only
 * needs the shared strings (e.g. cdn/law-explainer.js) can still leave the directory out.
 */
export const SERVICES = /* @__PURE__ */ withIds(DIRECTORY);

export type ServiceId = keyof typeof SERVICES;
export const SERVICE_IDS = Object.keys(SERVICES) as ServiceId[];

/** Look up a built-in service by id. */
export function serviceById(id: string): Service | undefined {
  return Object.hasOwn(SERVICES, id) ? (SERVICES as Record<string, Service>)[id] : undefined;
}

/** Services a person of this age may be offered: never an adults-only service to someone under 18. */
export function isOpenToAge(service: Service, age: number): boolean {
  return (service.minAge ?? 0) <= age && age <= (service.maxAge ?? Infinity);
}
