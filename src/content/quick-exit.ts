import type { FactRef } from './types.js';

/**
 * Where the quick exit goes when the host sets no `exit-url`. FACTS.md "Quick exit (reference
 * behaviour)" names BBC Weather as GOV.UK Exit this page's default destination but gives no address;
 * the address below is GOV.UK Frontend's own default (exit-this-page/template.njk, the `redirectUrl`
 * default) and is marked unverified until the facts sheet holds it. It is a destination, not advice:
 * a neutral page that looks ordinary over a shoulder.
 */
export const DEFAULT_EXIT: FactRef & { url: string } = {
  url: 'https://www.bbc.co.uk/weather',
  fact: 'quick-exit',
  checked: '2026-11',
  source: 'shared/content/FACTS.md, "Quick exit (reference behaviour)"; address: GOV.UK Frontend exit-this-page template',
  verified: false,
};
