// Test-runner command `emulate-a11y-media`: sets forced colours, colour scheme and reduced motion in one
// go. The stock `emulateMedia` cannot do forced colours with the Chrome launcher: puppeteer's
// emulateMediaFeatures only accepts prefers-color-scheme / prefers-reduced-motion / color-gamut, so
// this sends the DevTools call itself. One call sets every feature, because a later
// Emulation.setEmulatedMedia replaces the earlier set rather than adding to it.

/** @param {unknown} value */
const feature = (name, value) => (typeof value === 'string' ? [{ name, value }] : []);

export function a11yMediaPlugin() {
  /** One DevTools session per page, reused across calls. */
  const sessions = new WeakMap();
  return {
    name: 'a11y-media-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-a11y-media') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`emulate-a11y-media needs the Chrome (puppeteer) launcher, not ${session.browser.type}.`);
      }
      const page = session.browser.getPage(session.id);
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
