import type { FactRef } from './types.js';

/**
 * Where to read each FACTS.md row that the help panel, timeline and cards cite but that has no
 * source of its own elsewhere in src/content (law.ts names the law's sources, services.ts each
 * service's). No widget imports this: it feeds the sources page (scripts/sources-page.mjs) and the
 * test that every cited fact id can be looked up, so it never ships to a phone.
 */
export interface FactSource extends Omit<FactRef, 'fact'> {
  /** The page's name, as a reader would recognise it. */
  label: string;
}

const DEC = '2026-12';
const ceopBlackmail = 'https://www.ceopeducation.co.uk/11_18/lets-talk-about/sexual-abuse/online-blackmail';
const ukcisIncident =
  'https://www.gov.uk/government/publications/sharing-nudes-and-semi-nudes-advice-for-education-settings-working-with-children-and-young-people/sharing-nudes-and-semi-nudes-how-to-respond-to-an-incident-overview';
const iwfReportRemove = 'https://www.iwf.org.uk/what-we-do/why-we-exist/report-remove';

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
  'rr.after': { label: 'IWF: Report Remove', source: iwfReportRemove, checked: DEC },
  'rr.limits': { label: 'CEOP Education: Reporting nude images', source: 'https://www.ceopeducation.co.uk/11_18/lets-talk-about/online-safety/reporting-nude-images/', checked: DEC },
  'advice.received': { label: "Shore: What if I've been sent a nude by someone else?", source: 'https://shorespace.org.uk/faqs/what-if-ive-been-sent-a-nude-by-someone-else/', checked: DEC },
  'advice.friend': { label: 'IWF: Report Remove; Childline: support if something happened online', source: iwfReportRemove, checked: DEC },
  'advice.parents': { label: 'Internet Matters: Dealing with sexting', source: 'https://www.internetmatters.org/issues/sexting/dealing-with-sexting/', checked: DEC },
  'advice.livestream': { label: 'Thinkuknow: Live streaming', source: 'https://www.thinkuknow.co.uk/11_18/lets-talk-about/socialising-online/live-streaming/', checked: DEC },
  'school.dsl': { label: 'UKCIS: How to respond to an incident (overview)', source: ukcisIncident, checked: DEC },
  'svc.childline.confidential': { label: 'Childline: Confidentiality promise', source: 'https://www.childline.org.uk/about/confidentiality-promise/', checked: DEC },
};
