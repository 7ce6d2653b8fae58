import type { FactRef } from './types.js';

// The quick exit's default address and its fact, whole: the elements read only its `url`, so the npm
// build would drop the rest; from here the sources page can cite it.
export { DEFAULT_EXIT } from './quick-exit.js';

/**
 * Where to read each verified fact that the help panel, timeline and cards cite but that has no
 * source of its own elsewhere in src/content (law.ts names the sources of what the law explainer
 * cites, services.ts each service's). No widget imports this: it feeds the sources page (scripts/sources-page.mjs) and the
 * test that every cited fact id can be looked up, so it never ships to a phone.
 */
export interface FactSource extends Omit<FactRef, 'fact'> {
  /** The page's name, as a reader would recognise it. */
  label: string;
  /** A second source, where the fact names two (`source` empty where it has no public address). */
  also?: { label: string; source: string };
}

const DEC = '2026-12';
const ceopBlackmail = 'https://www.ceopeducation.co.uk/11_18/lets-talk-about/sexual-abuse/online-blackmail';
const ukcisIncident =
  'https://www.gov.uk/government/publications/sharing-nudes-and-semi-nudes-advice-for-education-settings-working-with-children-and-young-people/sharing-nudes-and-semi-nudes-how-to-respond-to-an-incident-overview';
const iwfReportRemove = 'https://www.iwf.org.uk/what-we-do/why-we-exist/report-remove';
const thinkuknowCeop = 'https://www.thinkuknow.co.uk/11_13/help/CEOP/';
const thinkuknowQuestions = 'https://www.thinkuknow.co.uk/11_13/got-a-question2/';

export const FACT_SOURCES: Record<string, FactSource> = {
  'crisis.urgent': { label: 'Shout: FAQ (updated 4 November 2024); NHS 111 pages of NHS trusts', source: 'https://giveusashout.org/about-us/faq/', checked: DEC },
  'ceop.after': { label: 'Thinkuknow: CEOP (11–13)', source: 'https://www.thinkuknow.co.uk/11_13/help/CEOP/', checked: DEC },
  'ceop.notanon': { label: 'CEOP Education: Reporting an incident (parents)', source: 'https://www.ceopeducation.co.uk/parents/get-help/reporting-an-incident/', checked: DEC },
  'ceop.notrouble': { label: 'CEOP Safety Centre: What happens when I make a report (parents)', source: 'https://www.ceop.police.uk/Safety-Centre/', checked: DEC },
  'sextortion.yp': { label: 'CEOP Education: Online blackmail', source: ceopBlackmail, checked: DEC },
  'sextortion.paid': { label: 'NCA alert, 29 April 2024, as republished by wired-gov.net', source: 'wired-gov.net NCA release 29 Apr 2024', checked: DEC },
  'sextortion.fake': { label: 'NCA alert, 29 April 2024, as republished by wired-gov.net', source: 'wired-gov.net NCA release 29 Apr 2024', checked: DEC },
  'sextortion.who': {
    label: 'NCA alert, 29 April 2024 (as republished); IWF news, 18 March 2024',
    source: 'https://www.iwf.org.uk/news-media/news/teenage-boys-targeted-as-hotline-sees-heartbreaking-increase-in-child-sextortion-reports',
    checked: DEC,
  },
  'rr.limits': { label: 'CEOP Education: Reporting nude images', source: 'https://www.ceopeducation.co.uk/11_18/lets-talk-about/online-safety/reporting-nude-images/', checked: DEC },
  'advice.friend': { label: 'IWF: Report Remove; Childline: support if something happened online', source: iwfReportRemove, checked: DEC },
  'advice.parents': { label: 'Internet Matters: Dealing with sexting', source: 'https://www.internetmatters.org/issues/sexting/dealing-with-sexting/', checked: DEC },
  'advice.livestream': { label: 'Thinkuknow: Live streaming', source: 'https://www.thinkuknow.co.uk/11_18/lets-talk-about/socialising-online/live-streaming/', checked: DEC },
  'school.dsl': { label: 'UKCIS: How to respond to an incident (overview)', source: ukcisIncident, checked: DEC },
  'svc.childline.confidential': { label: 'Childline: Confidentiality promise', source: 'https://www.childline.org.uk/about/confidentiality-promise/', checked: DEC },
  'svc.childline.hours': { label: 'NSPCC Learning: Childline', source: 'https://learning.nspcc.org.uk/services/childline', checked: DEC },
  'svc.shout.who': { label: 'Shout: FAQ (updated 4 November 2024)', source: 'https://giveusashout.org/about-us/faq/', checked: DEC },
  'sextortion.signs': { label: 'CEOP Education: Online blackmail', source: ceopBlackmail, checked: DEC },
  'report.platform': {
    label: 'Thinkuknow: Got a question? (11–13)',
    source: thinkuknowQuestions,
    also: { label: 'NCA alert, 29 April 2024, as republished by youthworkunit.com', source: '' },
    checked: DEC,
  },
  'advice.askdelete': { label: 'Thinkuknow: Got a question? (11–13)', source: thinkuknowQuestions, checked: DEC },
  'advice.adultsent': { label: 'Thinkuknow: CEOP (11–13)', source: thinkuknowCeop, checked: DEC },
  'ceop.benefit': { label: 'Thinkuknow: CEOP (11–13)', source: thinkuknowCeop, checked: DEC },
};

/**
 * How sure each cited fact is, as the verified facts mark it: `confirmed` (read in the source named), `partly`
 * (only the part stated is confirmed: the note says which, and the widgets show that part only),
 * `rule` (a wording rule resting on other rows) or `seed` (the source talk, or the sheet's
 * "Consequences" section drawn from it). The sources page shows it beside every fact.
 */
export type FactStatus = 'confirmed' | 'partly' | 'rule' | 'seed';

const confirmed = { status: 'confirmed' } as const;
const status = (s: FactStatus, note: string) => ({ status: s, note });

export const FACT_STATUS: Record<string, { status: FactStatus; note?: string }> = {
  seed: status('seed', 'the Metropolitan Police talk the facts sheet starts from'),
  consequences: status('seed', "the facts sheet's Consequences section, from the talk and the sources above it"),
  'law.pca1978.s1': confirmed,
  'law.pca1978.age': confirmed,
  'law.pca1978.s7': confirmed,
  'law.cja1988.s160': confirmed,
  'law.scotland': confirmed,
  'law.ni': confirmed,
  'law.outcome21': status('confirmed', 'in the words given: unlikely on a criminal record check, cannot be ruled out on an enhanced check'),
  'law.osa2023': confirmed,
  'law.cyberflash': confirmed,
  'law.consent': confirmed,
  'law.report': confirmed,
  'law.protect': confirmed,
  'law.adults': confirmed,
  'law.ai.ew': confirmed,
  'law.ai.scotland': confirmed,
  'law.ai.ni': confirmed,
  'law.prohibited': confirmed,
  'law.sentone': status('rule', 'a wording rule, not a fact: it rests on advice.received, police.approach and ceop.notrouble'),
  'guide.ukcis': confirmed,
  'guide.ukcis.dontview': confirmed,
  'guide.sextortion': confirmed,
  'police.approach': confirmed,
  'police.victimid': confirmed,
  'iwf.selfgen': confirmed,
  'svc.childline': status('partly', 'number confirmed; hours partly, so no hours and no "Open now" are shown'),
  'svc.childline.confidential': confirmed,
  'svc.childline.hours': status('partly', 'not read on childline.org.uk itself: no "Open now"; chat hours unconfirmed'),
  'svc.reportremove': confirmed,
  'svc.ceop': confirmed,
  'svc.nspcc': status('partly', 'number and email confirmed; hours partly, so not shown'),
  'svc.stopitnow': status('partly', 'number and audience (adults) confirmed; hours unconfirmed, so not shown'),
  'svc.shore': status('partly', 'website and purpose confirmed; ages and contact routes second-hand, so not shown'),
  'svc.youngminds': status('partly', 'website confirmed; its helpline number and text number unconfirmed, so not shown'),
  'svc.stem4': status('partly', 'named as a charity only; its apps not shown'),
  'svc.shout': confirmed,
  'svc.shout.who': confirmed,
  'svc.samaritans': confirmed,
  'svc.takeitdown': confirmed,
  'svc.iwf': confirmed,
  'svc.revengeporn': status('confirmed', 'for adults aged 18 and over only: never offered to under-18s'),
  'svc.rhc': confirmed,
  'svc.police': confirmed,
  'ceop.after': confirmed,
  'ceop.notanon': confirmed,
  'ceop.notrouble': status('confirmed', "on CEOP's page for parents; never promised to a young person"),
  'ceop.benefit': confirmed,
  'ceop.name': confirmed,
  'school.dsl': confirmed,
  'sextortion.yp': confirmed,
  'sextortion.paid': status('partly', 'the NCA text read as republished; worded for young people'),
  'sextortion.fake': status('partly', 'the NCA text read as republished'),
  'sextortion.who': status('partly', 'the NCA text read as republished (the IWF figure confirmed); for adults only'),
  'sextortion.signs': confirmed,
  'rr.steps': status('confirmed', 'ID wording kept to "may be asked": sources differ on whether ID is required'),
  'rr.after': confirmed,
  'rr.limits': confirmed,
  'report.platform': status('confirmed', 'the NCA alert part read as republished'),
  'advice.received': confirmed,
  'advice.friend': status('partly', 'read on the IWF and Childline pages in pieces'),
  'advice.parents': confirmed,
  'advice.livestream': status('partly', 'the Thinkuknow page was cut off'),
  'advice.askdelete': confirmed,
  'advice.adultsent': confirmed,
  'crisis.urgent': confirmed,
  'quickexit.default': status('confirmed', "read in GOV.UK Frontend's own source"),
};
