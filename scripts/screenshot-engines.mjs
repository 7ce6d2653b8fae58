// Look at the demo in every engine the tests drive, as a user would: 320 px and 1280 px, light and
// dark, into .cache/screens/engines/<engine>-<width>-<scheme>[-partN].png.
// Usage: npm run build && node scripts/screenshot-engines.mjs [engine…] (chromium firefox webkit chromium106)
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromium as playwrightChromium } from 'playwright-core';
import { remote } from 'webdriverio';
import { requireChrome, CHROME_ARGS } from './find-chrome.mjs';
import { findFirefox, findOldChromium, findWebKit, OLD_CHROMIUM_ARGS, startWebKitDriver } from './engines.mjs';
import { serve } from './serve.mjs';

const WIDTHS = [320, 1280];
const SCHEMES = ['light', 'dark'];
const OUT = '.cache/screens/engines';
const SLICE = 1400;
const TAGS = ['helpline-card', 'help-panel', 'law-explainer', 'consequences-timeline'];

/** True in the page once every widget on it is defined and has rendered (a slow machine takes seconds). */
function widgetsRendered(tags) {
  // The roots are closed, as a child's page has them: a defined widget that has taken its height has rendered.
  return tags.every((tag) => customElements.get(tag) && [...document.querySelectorAll(tag)].every((el) => el.getBoundingClientRect().height > 40));
}

/** A tall narrow page shrinks to a sliver when viewed whole: also save it in readable slices. */
async function slices(page, file, viewportWidth) {
  if (viewportWidth >= 800) return;
  // The page's own width: Firefox's scrollbar takes some of the viewport.
  const [width, height] = await page.evaluate(() => [document.documentElement.clientWidth, document.documentElement.scrollHeight]);
  for (let y = 0, part = 0; y < height; y += SLICE, part++) {
    const clip = { x: 0, y, width, height: Math.min(SLICE, height - y) };
    // Playwright clips beyond the viewport only with fullPage; puppeteer refuses the two together.
    const beyond = typeof page.context === 'function' ? { fullPage: true } : { captureBeyondViewport: true };
    await page.screenshot({ path: file.replace('.png', `-part${part}.png`), clip, ...beyond });
  }
}

/** Current Chromium (puppeteer) and Chromium 106 (playwright): full-page shots, dark emulated. */
async function chromiumShots(name, url, launch) {
  const { browser, open, waitUntil } = await launch();
  try {
    for (const width of WIDTHS) {
      for (const scheme of SCHEMES) {
        const page = await open(width, scheme);
        await page.goto(url, { waitUntil });
        const file = `${OUT}/${name}-${width}-${scheme}.png`;
        await page.screenshot({ path: file, fullPage: true });
        await slices(page, file, width);
        console.log(file);
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
}

const currentChromium = () => async () => {
  const browser = await puppeteer.launch({ executablePath: requireChrome(), args: CHROME_ARGS });
  return {
    browser,
    waitUntil: 'networkidle0',
    async open(width, scheme) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900 });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      return page;
    },
  };
};

const chromium106 = () => async () => {
  const browser = await playwrightChromium.launch({ executablePath: findOldChromium(), args: OLD_CHROMIUM_ARGS });
  return {
    browser,
    waitUntil: 'networkidle',
    open: (width, scheme) => browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme }),
  };
};

/** Firefox: one browser per scheme, the page's dark preference set through Firefox's own pref. */
async function firefoxShots(url) {
  for (const scheme of SCHEMES) {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: findFirefox(),
      headless: true,
      extraPrefsFirefox: { 'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1 },
    });
    try {
      for (const width of WIDTHS) {
        const page = await browser.newPage();
        await page.setViewport({ width, height: 900 });
        await page.goto(url, { waitUntil: 'load' });
        await page.waitForFunction(widgetsRendered, {}, TAGS);
        const file = `${OUT}/firefox-${width}-${scheme}.png`;
        await page.screenshot({ path: file, fullPage: true });
        await slices(page, file, width);
        console.log(file);
        await page.close();
      }
    } finally {
      await browser.close();
    }
  }
}

/**
 * WebKit: MiniBrowser shots cover the window only, so the page is shot in window-high slices. Its
 * window is never narrower than about 450 px, so the "320 px" shots are that wide.
 */
async function webkitShots(url) {
  const found = findWebKit();
  for (const scheme of SCHEMES) {
    // WebKitGTK follows the GTK theme's dark variant for prefers-color-scheme.
    const previousTheme = process.env.GTK_THEME;
    process.env.GTK_THEME = scheme === 'dark' ? 'Adwaita:dark' : 'Adwaita';
    const driver = await startWebKitDriver(found.driver);
    process.env.GTK_THEME = previousTheme;
    const browser = await remote({
      hostname: '127.0.0.1',
      port: driver.port,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: found.browser, args: ['--automation'] },
      },
    });
    try {
      for (const width of WIDTHS) {
        await browser.setWindowSize(width, SLICE);
        await browser.url(url);
        await browser.waitUntil(() => browser.execute(widgetsRendered, TAGS), { timeout: 15_000 });
        const height = await browser.execute(() => document.documentElement.scrollHeight);
        for (let y = 0, part = 0; y < height; y += SLICE - 100, part++) {
          await browser.execute((top) => scrollTo(0, top), y);
          await browser.pause(100);
          const file = `${OUT}/webkit-${width}-${scheme}-part${part}.png`;
          await browser.saveScreenshot(file);
          console.log(file);
        }
      }
    } finally {
      await browser.deleteSession();
      driver.stop();
    }
  }
}

const ENGINES = {
  chromium: (url) => chromiumShots('chromium', url, currentChromium()),
  chromium106: (url) => chromiumShots('chromium106', url, chromium106()),
  firefox: firefoxShots,
  webkit: webkitShots,
};

const chosen = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(ENGINES);
mkdirSync(OUT, { recursive: true });
const { server, url } = await serve(8201);
try {
  for (const name of chosen) await ENGINES[name](url);
} finally {
  server.close();
}
