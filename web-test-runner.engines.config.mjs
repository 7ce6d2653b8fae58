// The user-story tests in every engine a child's phone may have, beyond the current Chromium that
// web-test-runner.config.mjs drives: Firefox ESR (Gecko, over WebDriver BiDi), WebKitGTK (WebKit,
// through WebKitWebDriver under Xvfb) and Chromium 106 (the grade-B floor: no light-dark(), no
// declarative shadow DOM). `npm run test:engines`; ENGINES=firefox,webkit,chromium106 picks some.
// An engine that is not installed fails the run with a message saying how to install it.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { findFirefox, findOldChromium, findWebKit, OLD_CHROMIUM_ARGS, startWebKitDriver } from './scripts/engines.mjs';
import { requireChrome, CHROME_ARGS } from './scripts/find-chrome.mjs';
import { networkLogPlugin, testMiddleware } from './tests/support/server.mjs';
import { openShadowRootsInBuilds, testRunnerHtml } from './tests/support/open-shadow-roots.mjs';
import { quietDevMode } from './tests/support/quiet-dev-mode.mjs';

// Current Chromium runs every suite in web-test-runner.config.mjs; ENGINES=chromium adds it here too.
const wanted = (process.env.ENGINES ?? 'firefox,webkit,chromium106').split(',');

function missing(what, install) {
  console.error(`${what} not found: ${install}`);
  process.exit(1);
}

/** Firefox over WebDriver BiDi. A fresh tab brought to front: in the first tab document.hasFocus() is false. */
function firefox() {
  const executablePath = findFirefox() ?? missing('Firefox', 'apt-get install -y firefox-esr');
  return chromeLauncher({
    puppeteer,
    launchOptions: { browser: 'firefox', executablePath, headless: true },
    async createPage({ browser }) {
      const page = await browser.newPage();
      await page.bringToFront();
      return page;
    },
  });
}

/** WebKitGTK's MiniBrowser through WebKitWebDriver, on a private Xvfb display. */
function webkit() {
  const found = findWebKit() ?? missing('WebKitGTK', 'apt-get install -y webkit2gtk-driver xvfb');
  let driver;
  const launcher = webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    capabilities: {
      browserName: 'MiniBrowser',
      // webdriverio 9 asks for WebDriver BiDi by default, which WebKitWebDriver does not offer.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: found.browser, args: ['--automation'] },
    },
  });
  const initialize = launcher.initialize.bind(launcher);
  const stop = launcher.stop.bind(launcher);
  launcher.initialize = async (config, testFiles) => {
    driver = await startWebKitDriver(found.driver);
    launcher.options.port = driver.port;
    await initialize(config, testFiles);
  };
  launcher.stop = async () => {
    await stop();
    driver?.stop();
  };
  return launcher;
}

/** Chromium 106 from an npm package, driven by playwright (puppeteer 24 no longer starts it). */
function chromium106() {
  const executablePath = findOldChromium() ?? missing('Chromium 106', 'npm ci (the @sparticuz/chromium dev dependency)');
  return playwrightLauncher({ product: 'chromium', launchOptions: { executablePath, args: OLD_CHROMIUM_ARGS, headless: true } });
}

function chromium() {
  return chromeLauncher({ launchOptions: { executablePath: requireChrome(), args: CHROME_ARGS } });
}

const engines = { chromium, firefox, webkit, chromium106 };

export default {
  files: ['tests/engines/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 15_000 } },
  browsers: wanted.map((name) => engines[name]()),
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), networkLogPlugin()],
  // The same switch as web-test-runner.config.mjs: the widgets' closed shadow roots open for the tests.
  testRunnerHtml: quietDevMode(testRunnerHtml),
  middleware: [openShadowRootsInBuilds, ...testMiddleware],
};
