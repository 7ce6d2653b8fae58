// Test-server middleware and commands: lets a test page be served the way a strict or slow host would
// serve it, and lets a test see every request the browser makes (not only fetch()).
//
// - `?csp=strict` on any URL: the strict Content-Security-Policy of issue #6, with the one
//   Trusted Types policy name the widgets need (Lit's `lit-html`), as documented in the README.
// - `?csp=strict-twice`: the same, for a page that may load the bundle twice (two copies of Lit each
//   create a `lit-html` policy, so the host adds 'allow-duplicates', as the README says).
// - `?csp=builder`: the strict one as `npm start` serves the embed builder, which also names the
//   policy that lets it start its static-HTML worker (`ypsi-builder`).
// - /demo/?delay-bundle=<ms>[&reserve=off][&run=<n>]: the demo page, whose links to
//   /cdn/ypsi-widgets.js and .css carry the same query; the script then arrives <ms> later, so the
//   layout-shift test sees the page painted before the widgets upgrade, and `reserve=off` serves empty
//   reserve-space styles: the control that proves the test would notice them missing.
import { staticPage } from './static-page.mjs';
import { bodyText } from './body-text.mjs';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

export const STRICT_CSP_TWICE = `${STRICT_CSP} 'allow-duplicates'`;

// A page that enforces Trusted Types but forgot Lit's policy name (the README's one required setting).
export const CSP_WITHOUT_LIT = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types school-policy";

export const BUILDER_CSP = `${STRICT_CSP} ypsi-builder`;

const CSP_BY_NAME = { builder: BUILDER_CSP, strict: STRICT_CSP, 'strict-twice': STRICT_CSP_TWICE, 'without-lit': CSP_WITHOUT_LIT };


export const testMiddleware = [
  staticPage, // /__static: the render command's output in a blank page (tests/static-html.test.ts)
  // /tests/pages/tt-alone.html?entry=cdn/law-explainer.js (or dist/…, `&classic` for a classic script):
  // the page loads that one entry file and nothing else (tests/embedding/trusted-types.test.ts).
  async function oneEntry(context, next) {
    await next();
    const entry = context.URL.searchParams.get('entry') ?? '';
    if (context.path !== '/tests/pages/tt-alone.html' || !/^(cdn|dist)\/[\w/.-]+\.js$/.test(entry)) return;
    const type = context.URL.searchParams.has('classic') ? '' : ' type="module"';
    context.body = (await bodyText(context.body)).replace('<!-- entry -->', `<script${type} src="/${entry}"></script>`);
    context.remove('Content-Length');
    context.remove('ETag');
  },
  async function strictHeaders(context, next) {
    await next();
    const csp = CSP_BY_NAME[context.URL.searchParams.get('csp')];
    if (csp) context.set('Content-Security-Policy', csp);
  },
  async function slowOrMissingBundle(context, next) {
    const path = context.URL.pathname;
    const query = context.URL.searchParams;
    if (path === '/cdn/ypsi-widgets.css' && query.get('reserve') === 'off') {
      context.type = 'text/css';
      context.body = '/* reserve-space styles switched off for the control test */';
      return;
    }
    const delay = Number(query.get('delay-bundle'));
    if (delay > 0 && path.endsWith('.js')) await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 5000)));
    await next();
    // The demo page passes its switches on to the bundle and styles it links: one URL per run, so the
    // browser cannot reuse an earlier, faster copy.
    if ((path === '/demo/' || path === '/demo/index.html') && query.has('delay-bundle')) {
      const html = await bodyText(context.body);
      context.body = html.replace(/(\/cdn\/ypsi-widgets\.(?:js|css))/g, `$1?${query}`);
    }
  },
];

/**
 * `executeServerCommand('network-log', { action: 'start' | 'stop' })`: every request the test's
 * browser tab makes between start and stop, from any frame, of any kind (documents, scripts, styles,
 * images, fonts, fetch/XHR, beacons, prefetches), plus WebSockets and new targets (workers, service
 * workers, pop-ups). Seen by Chromium itself through puppeteer, so no page script can hide one.
 */
export function networkLogPlugin() {
  const logs = new Map();
  return {
    name: 'ypsi-network-log',
    async executeCommand({ command, payload, session }) {
      if (command !== 'network-log') return undefined;
      if (typeof session.browser.getPage !== 'function') {
        throw new Error('network-log needs the Chromium (puppeteer) launcher');
      }
      const page = session.browser.getPage(session.id);
      if (payload?.action === 'start') {
        await logs.get(session.id)?.stop();
        const seen = [];
        const onRequest = (request) =>
          seen.push({ url: request.url(), type: request.resourceType(), frame: request.frame()?.url() ?? '' });
        const onTarget = (target) => seen.push({ url: target.url(), type: `target:${target.type()}`, frame: '' });
        const cdp = await page.createCDPSession();
        await cdp.send('Network.enable');
        cdp.on('Network.webSocketCreated', (event) => seen.push({ url: event.url, type: 'websocket', frame: '' }));
        page.on('request', onRequest);
        page.browser().on('targetcreated', onTarget);
        const stop = async () => {
          page.off('request', onRequest);
          page.browser().off('targetcreated', onTarget);
          await cdp.detach().catch(() => {});
          logs.delete(session.id);
          return seen;
        };
        logs.set(session.id, { stop });
        return true;
      }
      if (payload?.action === 'stop') {
        const log = logs.get(session.id);
        if (!log) throw new Error('network-log: stop without start');
        return log.stop();
      }
      throw new Error('network-log: action must be "start" or "stop"');
    },
  };
}
