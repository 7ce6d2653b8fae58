// The browser engines beyond current Chromium that the tests and screenshots drive, all local:
// Firefox ESR and WebKitGTK from Debian's packages, and an old Chromium that an npm package carries
// inside itself (nothing is downloaded). Each finder returns a path, or undefined when it is missing.
// Why a script: no launcher finds Debian's Firefox ESR and WebKitGTK and the Chromium inside an npm
//  package without downloading a browser.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';

const require = createRequire(import.meta.url);

/** Firefox ESR (Debian `firefox-esr`), driven by puppeteer over WebDriver BiDi. */
export function findFirefox() {
  return [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => p && existsSync(p));
}

/** WebKitGTK's MiniBrowser and its WebDriver (Debian `webkit2gtk-driver`). */
export function findWebKit() {
  const driver = ['/usr/bin/WebKitWebDriver'].find((p) => existsSync(p));
  const browser = [
    process.env.MINIBROWSER_PATH,
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  ].find((p) => p && existsSync(p));
  return driver && browser ? { driver, browser } : undefined;
}

/**
 * Chromium 106 (October 2022), from the @sparticuz/chromium dev dependency, unpacked once into
 * .cache/. It has neither light-dark() nor standard declarative shadow DOM: the grade-B floor engine.
 */
export function findOldChromium() {
  let packageDir;
  try {
    packageDir = dirname(require.resolve('@sparticuz/chromium/package.json'));
  } catch {
    return undefined;
  }
  const version = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
  const target = join('.cache', `chromium-${version}`, 'chromium');
  if (!existsSync(target)) {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, brotliDecompressSync(readFileSync(join(packageDir, 'bin', 'chromium.br'))));
    chmodSync(target, 0o755);
  }
  return target;
}

/** Flags for the old Chromium: the same locked-down set as the current one, old-style headless. */
export const OLD_CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-zygote',
];

/** A free TCP port on localhost. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Wait until something listens on `port`, or give up after `ms`. */
async function waitForPort(port, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Nothing listened on port ${port} within ${ms} ms`);
}

/**
 * MiniBrowser has no headless mode: start a private Xvfb display (unless DISPLAY is set) and
 * WebKitWebDriver on a free port. Returns the port and a stop() that ends both.
 */
export async function startWebKitDriver(driverPath) {
  const children = [];
  const env = { ...process.env };
  if (!env.DISPLAY) {
    const display = `:${90 + Math.floor(Math.random() * 400)}`;
    children.push(spawn('Xvfb', [display, '-screen', '0', '1400x1000x24', '-nolisten', 'tcp'], { stdio: 'ignore' }));
    env.DISPLAY = display;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const port = await freePort();
  children.push(spawn(driverPath, [`--port=${port}`], { env, stdio: 'ignore' }));
  await waitForPort(port, 10_000);
  const stop = () => children.reverse().forEach((child) => child.kill());
  process.once('exit', stop);
  return { port, env, stop };
}
