// The embed builder's static HTML, made in the browser: the render command's own code (bin/) and Lit
// SSR, run in a worker with the widgets' server build (the same one the command uses), so a web editor
// gets static HTML for any options with no Node and no server. Built to demo/build/render-worker.js.
// Message in: { id, tag, pairs: [[name, value]…], plain }. Out: { id, html } or { id, error }.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../src/helpline-card/define.js';
import '../src/help-panel/define.js';
import '../src/law-explainer/define.js';
import '../src/consequences-timeline/define.js';
import { FALLBACK, NEW_TAB } from '../src/content/strings.js';
import { CHILDLINE } from '../src/content/services.js';
import { telHref } from '../src/core/safe-link.js';
import { VERSION } from '../src/version.js';
import { ssrMarkup, staticComment, staticMarkup } from '../bin/static-html.mjs';

const content = { FALLBACK, NEW_TAB, CHILDLINE, telHref };

self.addEventListener('message', async ({ data: { id, tag, pairs, plain } }) => {
  try {
    const markup = await ssrMarkup({ render, collectResult, html, unsafeStatic }, tag, pairs);
    const body = staticMarkup(markup, tag, { plain, content });
    self.postMessage({ id, html: `${staticComment(tag, pairs, { plain, version: VERSION })}\n${body}` });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
