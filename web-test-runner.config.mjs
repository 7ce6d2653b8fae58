// Tests run in real headless Chromium (no DOM mocks), TypeScript compiled by esbuild on the fly.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { requireChrome, CHROME_ARGS } from './scripts/find-chrome.mjs';
import { networkLogPlugin, testMiddleware } from './tests/support/server.mjs';
import { a11yCommandsPlugin } from './tests/support/a11y-commands.mjs';
import { openShadowRootsInBuilds, testRunnerHtml } from './tests/support/open-shadow-roots.mjs';
import { quietDevMode } from './tests/support/quiet-dev-mode.mjs';

const executablePath = requireChrome();

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  // One tab at a time: a background tab gets no animation frames, so code that waits for one stalls.
  concurrency: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  browsers: [chromeLauncher({ launchOptions: { executablePath, args: CHROME_ARGS } })],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), a11yCommandsPlugin(), networkLogPlugin()],
  // The widgets' shadow roots are closed on real pages; the suite opens them (see the support file).
  testRunnerHtml: quietDevMode(testRunnerHtml),
  middleware: [openShadowRootsInBuilds, ...testMiddleware],
};
