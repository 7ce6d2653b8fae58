// Test-runner commands for the accessibility suites (Chrome launcher only).
//
// `emulate-a11y-media` sets forced colours, colour scheme and reduced motion in one go. The stock
// `emulateMedia` cannot do forced colours here: puppeteer's emulateMediaFeatures accepts only
// prefers-color-scheme / prefers-reduced-motion / color-gamut, so this sends the DevTools call
// itself. One call sets every feature, because a later Emulation.setEmulatedMedia replaces the
// earlier set rather than adding to it.
//
// `press-tab` presses Tab (or Shift+Tab) `times` times in one call. The page records each stop as
// focus lands there; one round trip per walk instead of one per key keeps the keyboard suite fast.
//
// `clipboard-permission` grants or refuses the page's origin the clipboard, as a visitor's browser
// would, so a test can see both what Copy says when it worked (and what was copied) and when it did not.

/** @param {unknown} value */
const feature = (name, value) => (typeof value === 'string' ? [{ name, value }] : []);

export function a11yCommandsPlugin() {
  /** One DevTools session per page, reused across calls. */
  const sessions = new WeakMap();
  return {
    name: 'a11y-commands',
    async executeCommand({ command, payload, session }) {
      if (!['emulate-a11y-media', 'press-tab', 'clipboard-permission'].includes(command)) return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`${command} needs the Chrome (puppeteer) launcher, not ${session.browser.type}.`);
      }
      const page = session.browser.getPage(session.id);
      if (command === 'press-tab') {
        const { times = 1, shift = false } = payload ?? {};
        if (shift) await page.keyboard.down('Shift');
        try {
          for (let i = 0; i < times; i += 1) await page.keyboard.press('Tab');
        } finally {
          if (shift) await page.keyboard.up('Shift');
        }
        return true;
      }
      if (command === 'clipboard-permission') {
        // Granting a list refuses every permission not in it, so "denied" is the empty list.
        const context = page.browserContext();
        const { setting } = payload ?? {};
        if (setting === 'prompt') await context.clearPermissionOverrides();
        else await context.overridePermissions(new URL(page.url()).origin, setting === 'granted' ? ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write'] : []);
        return true;
      }
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const { forcedColors, colorScheme, reducedMotion } = payload ?? {};
      await sessions.get(page).send('Emulation.setEmulatedMedia', {
        media: '',
        features: [
          ...feature('forced-colors', forcedColors),
          ...feature('prefers-color-scheme', colorScheme),
          ...feature('prefers-reduced-motion', reducedMotion),
        ],
      });
      return true;
    },
  };
}
