// Tests read inside the widgets' shadow roots, which are closed on a real page. This opens them for the
// whole suite in one place, so no test file has to know:
// - the test runner's own page loads `src/testing.ts` before any test file (testRunnerHtml);
// - every copy of the built library the test server hands out (cdn/*.js, dist/*.js, in any frame or
//   test page, and the embed builder's static-HTML worker) starts with the same switch, set before its
//   first widget can connect;
// - the render command, run in a worker for the static-HTML tests, imports it before rendering, so its
//   declarative shadow roots are open too and agree with the live elements that upgrade them.
import { bodyText } from './body-text.mjs';

export const OPEN_SWITCH = "globalThis[Symbol.for('ypsi-widgets.open-shadow-roots-for-tests')] = true;";

/** The test runner's page: the switch first, then the test framework (which loads the test file). */
export const testRunnerHtml = (testFramework) => `<!doctype html>
<html>
  <body>
    <script type="module" src="/src/testing.ts"></script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`;


/**
 * Middleware: prefix every built script the server serves with the switch. `?closed-roots` on the
 * script's URL serves it as shipped, for the tests that check what a host page cannot see.
 */
export async function openShadowRootsInBuilds(context, next) {
  await next();
  if (context.status !== 200 || !/^\/(cdn|dist|demo\/build)\/.*\.js$/.test(context.path) || !context.body) return;
  if (context.URL.searchParams.has('closed-roots')) return;
  context.body = `${OPEN_SWITCH}\n${await bodyText(context.body)}`;
  context.remove('Content-Length');
  context.remove('ETag');
}
