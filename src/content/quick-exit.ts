import type { FactRef } from './types.js';

/**
 * Where the quick exit goes when the host sets no `exit-url`: GOV.UK Frontend's Exit this page
 * default (facts quickexit.default, read in its `exit-this-page/template.njk`, the `redirectUrl`
 * default). It is a destination, not advice: a neutral page that looks ordinary over a shoulder.
 */
export const DEFAULT_EXIT: FactRef & { url: string } = {
  url: 'https://www.bbc.co.uk/weather',
  fact: 'quickexit.default',
  checked: '2026-12',
  source: 'GOV.UK Frontend (alphagov/govuk-frontend), packages/govuk-frontend/src/govuk/components/exit-this-page/template.njk',
};
