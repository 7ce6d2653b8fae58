/**
 * Each entry's first import: starts the Trusted Types check (core/trusted-types-check.ts) before Lit
 * loads, with the fallback line from the content. It lives beside the entries, not in core/, so that
 * core/ imports nothing from content/. Neither module imports Lit.
 */
import { explainBlockedLit } from './core/trusted-types-check.js';
import { FALLBACK } from './content/strings.js';

explainBlockedLit(FALLBACK);
