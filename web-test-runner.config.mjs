// Tests run in real headless Chromium (no DOM mocks), TypeScript compiled by esbuild on the fly.
import { availableParallelism } from 'node:os';
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
  // Test files run side by side, one per core. Each gets its own browser context, which headless
  // Chromium shows in a window of its own: visible and focused, so animation frames, focus and key
  // presses behave as in a foreground tab. (Tabs sharing one window would leave all but one in the
  // background, where no animation frame ever comes.)
  concurrency: availableParallelism(),
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, args: CHROME_ARGS },
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), a11yCommandsPlugin(), networkLogPlugin()],
  // The widgets' shadow roots are closed on real pages; the suite opens them (see the support file).
  testRunnerHtml: quietDevMode(testRunnerHtml),
  middleware: [openShadowRootsInBuilds, ...testMiddleware],
};
