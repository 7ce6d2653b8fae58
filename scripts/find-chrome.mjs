// Find a Chromium to test with: CHROME_PATH first, then the usual install paths. Used by the test
// runner, the benchmarks and the page checks, so they all agree on one browser.
// Why a script: puppeteer's own finder downloads its browser; this only looks on the machine.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The path of a Chromium binary, or undefined. */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path));
}

/** The path, or exit with a one-line message saying how to get one. */
export function requireChrome() {
  const path = findChrome();
  if (!path) {
    console.error(
      'No Chromium found: install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to its binary.',
    );
    process.exit(1);
  }
  return path;
}

/** Flags for headless Chromium on a locked-down machine (root, no network beyond localhost). */
export const CHROME_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
