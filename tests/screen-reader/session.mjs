// The screen-reader desktop for one test run: a virtual X display (Xvfb), a D-Bus session (which starts
// the AT-SPI accessibility bus on demand), Orca, and Firefox ESR with a throwaway profile. Every process
// is started in its own process group and stopped by that group's id, so nothing outlives the run.
import { spawn, execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Speech } from './speech.mjs';

const HERE = new URL('.', import.meta.url).pathname;

/** Firefox preferences: no first-run pages, no update or telemetry traffic, accessibility always on. */
const FIREFOX_PREFS = {
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'startup.homepage_welcome_url': '',
  'startup.homepage_welcome_url.additional': '',
  'browser.aboutwelcome.enabled': false,
  'browser.newtabpage.enabled': false,
  'browser.sessionstore.resume_from_crash': false,
  'browser.tabs.warnOnClose': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.enabled': false,
  'app.update.enabled': false,
  'app.normandy.enabled': false,
  'extensions.update.enabled': false,
  'network.captive-portal-service.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'accessibility.force_disabled': 0,
};

/** A command that must exist, with the Debian package that provides it. */
const NEEDED = { Xvfb: 'xvfb', 'dbus-daemon': 'dbus', orca: 'orca', 'firefox-esr': 'firefox-esr', xdotool: 'xdotool' };

export function missingCommands() {
  return Object.entries(NEEDED)
    .filter(([command]) => {
      try {
        execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
        return false;
      } catch {
        return true;
      }
    })
    .map(([, pkg]) => pkg);
}

export class Session {
  #processes = [];
  env = {};
  /** @type {Speech} */ speech;

  async start() {
    this.dir = await mkdtemp(join(tmpdir(), 'ypsi-orca-'));
    const home = join(this.dir, 'home');
    const runtime = join(this.dir, 'run');
    await mkdir(home, { recursive: true });
    await mkdir(runtime, { recursive: true, mode: 0o700 });
    this.env = {
      PATH: process.env.PATH,
      HOME: home,
      XDG_RUNTIME_DIR: runtime,
      XDG_CONFIG_HOME: join(home, '.config'),
      XDG_DATA_HOME: join(home, '.local/share'),
      LANG: 'en_GB.UTF-8',
      // Firefox exposes its accessibility tree to AT-SPI when this is set, without a desktop session.
      GNOME_ACCESSIBILITY: '1',
      MOZ_ENABLE_WAYLAND: '0',
      NO_AT_BRIDGE: '0',
    };
    this.env.DISPLAY = await this.#startXvfb();
    this.env.DBUS_SESSION_BUS_ADDRESS = await this.#startDbus();
    await this.#startOrca();
    return this;
  }

  /** Xvfb on the first free display: it writes the display number it took to the pipe we give it. */
  async #startXvfb() {
    const xvfb = this.#spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    const display = await firstLine(xvfb.stdio[3], 'Xvfb did not report a display');
    return `:${display.trim()}`;
  }

  /**
   * A session bus that can start only the accessibility bus (and dconf, for settings): no desktop
   * portals, whose file-system mount would outlive the run.
   */
  async #startDbus() {
    const services = join(this.dir, 'dbus-services');
    await mkdir(services);
    for (const name of ['org.a11y.Bus.service', 'ca.desrt.dconf.service']) {
      const from = join('/usr/share/dbus-1/services', name);
      if (existsSync(from)) await copyFile(from, join(services, name));
    }
    const config = join(this.dir, 'dbus-session.conf');
    await writeFile(config, `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=${this.env.XDG_RUNTIME_DIR}</listen>
  <servicedir>${services}</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`);
    const dbus = this.#spawn('dbus-daemon', [`--config-file=${config}`, '--nofork', '--print-address=1'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return (await firstLine(dbus.stdout, 'dbus-daemon did not print its address')).trim();
  }

  async #startOrca() {
    const prefs = join(this.dir, 'orca');
    await mkdir(prefs, { recursive: true });
    await copyFile(join(HERE, 'orca-settings.json'), join(prefs, 'user-settings.conf'));
    const log = join(this.dir, 'speech.jsonl');
    await writeFile(log, '');
    this.speech = new Speech(log);
    // Debian's python3, where Orca's modules are (not a python3 earlier on the PATH).
    this.#spawn('/usr/bin/python3', [join(HERE, 'orca-speech.py'), log, '--user-prefs', prefs, '--replace'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    await this.speech.waitFor(/Screen reader on/, { timeout: 30_000, what: 'Orca to start' });
  }

  /** Firefox ESR on `url`, with a fresh profile; resolves once Orca has read the loaded page. */
  async openFirefox(url, title) {
    const profile = join(this.dir, 'firefox');
    await mkdir(profile, { recursive: true });
    const prefs = Object.entries(FIREFOX_PREFS).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`);
    await writeFile(join(profile, 'user.js'), prefs.join('\n') + '\n');
    const mark = this.speech.mark();
    this.#spawn('firefox-esr', ['--no-remote', '--profile', profile, '--width', '1280', '--height', '1000', url], {
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    return this.speech.waitFor(new RegExp(`Finished loading ${escape(title)}`), { since: mark, timeout: 60_000, what: `Firefox to load ${url}` });
  }

  /** Real key presses, as X events (xdotool), to whatever has focus. */
  keys(...args) {
    execFileSync('xdotool', args, { env: this.env, stdio: ['ignore', 'ignore', 'pipe'] });
  }

  #spawn(command, args, options) {
    const child = spawn(command, args, { env: this.env, detached: true, ...options });
    child.on('error', () => {});
    this.#processes.push(child);
    return child;
  }

  /** Stops every process group this session started (newest first), then removes its folder. */
  async stop() {
    for (const child of this.#processes.reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      await Promise.race([new Promise((r) => child.once('exit', r)), new Promise((r) => setTimeout(r, 3000))]);
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* stopped */
      }
    }
    if (this.dir && existsSync(this.dir) && !process.env.KEEP_SCREEN_READER_FILES) {
      await rm(this.dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }).catch((error) =>
        console.warn(`Could not remove ${this.dir}: ${error.message}`),
      );
    }
  }
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function firstLine(stream, error) {
  return new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(error)), 15_000);
    stream.on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) {
        clearTimeout(timer);
        resolve(text.split('\n')[0]);
      }
    });
  });
}
