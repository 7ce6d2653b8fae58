// A real WordPress multisite for the plugin test, from Debian's packages: a private MariaDB server
// and PHP's built-in server, both started here and stopped by `stop()`, with every file under one
// throwaway folder (WORK). Running it again first stops whatever a run that was cut short left.
import { spawn, execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createConnection } from 'node:net';
import { fileURLToPath } from 'node:url';

export const WORK = '/tmp/ypsi-widgets-wordpress-test';
const CONTENT = `${WORK}/wp-content`;
const DATA = `${WORK}/mariadb`;
const SOCKET = `${WORK}/mariadb.sock`;
const PIDS = `${WORK}/pids`;
const WORDPRESS = '/usr/share/wordpress';
const CONFIG = '/etc/wordpress/config-ypsi-widgets-test.php';
const ROUTER = fileURLToPath(new URL('router.php', import.meta.url));
/** Multisite takes only port 80 and the host name localhost. */
export const ORIGIN = 'http://localhost';
export const ADMIN = { user: 'network-admin', password: 'network-admin-password-for-tests', email: 'network-admin@example.org' };

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const children = [];

/** What is missing on this machine for the test, as a sentence, or '' when nothing is. */
export function missing() {
  const needs = [
    [`${WORDPRESS}/wp-settings.php`, 'wordpress'],
    ['/usr/sbin/mariadbd', 'mariadb-server'],
    ['/usr/bin/php', 'php-cli'],
    [`${WORDPRESS}/wp-content/themes/twentytwentythree`, 'wordpress-theme-twentytwentythree'],
  ].filter(([path]) => !existsSync(path));
  const php = needs.some(([, name]) => name === 'php-cli') ? '' : execFileSync('php', ['-m']).toString();
  if (php && !/^mysqli$/m.test(php)) needs.push(['', 'php-mysql']);
  if (needs.length) return `install Debian's ${needs.map(([, name]) => name).join(', ')} (apt-get install -y ${needs.map(([, name]) => name).join(' ')})`;
  if (process.getuid?.() !== 0) return 'run as root: the test serves port 80 and writes /etc/wordpress/config-ypsi-widgets-test.php';
  return '';
}

/** Resolves when something listens on 127.0.0.1:port; rejects after `timeout` ms. */
async function listening(port, timeout = 20000) {
  const end = Date.now() + timeout;
  for (;;) {
    const open = await new Promise((resolve) => {
      const socket = createConnection({ host: '127.0.0.1', port }, () => resolve(socket.end() && true));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > end) throw new Error(`nothing listening on port ${port} after ${timeout / 1000} s`);
    await sleep(100);
  }
}

/** Starts a background process whose output goes to WORK/<name>.out; its pid is kept to stop it. */
function start(name, command, args, env = {}) {
  // Output to a file, so a failure can point at it without flooding the test's output.
  const log = openSync(`${WORK}/${name}.out`, 'w');
  // Its own process group, so stopping it stops the workers it forks (PHP_CLI_SERVER_WORKERS) too.
  const child = spawn(command, args, { stdio: ['ignore', log, log], env: { ...process.env, ...env }, detached: true });
  closeSync(log);
  children.push({ name, child });
  writeFileSync(PIDS, `${children.map(({ child }) => child.pid).join('\n')}\n`);
  return child;
}

/** Stops what an earlier run left running (its pids are in WORK/pids), then empties WORK. */
function clearEarlierRun() {
  if (existsSync(PIDS)) {
    for (const pid of readFileSync(PIDS, 'utf8').split('\n').filter(Boolean).map(Number)) {
      try {
        process.kill(-pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    }
    execFileSync('sleep', ['1']);
  }
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
}

const sql = (statement) => execFileSync('mariadb', ['--no-defaults', `--socket=${SOCKET}`, '-uroot', '-e', statement], { stdio: 'pipe' });

async function startMariaDB() {
  execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${DATA}`, '--user=root', '--auth-root-authentication-method=socket', '--skip-test-db'], { stdio: 'ignore' });
  start('mariadb', 'mariadbd', ['--no-defaults', `--datadir=${DATA}`, `--socket=${SOCKET}`, '--skip-networking', '--user=root', `--log-error=${WORK}/mariadb.log`, `--pid-file=${WORK}/mariadb.pid`]);
  const end = Date.now() + 30000;
  for (;;) {
    try {
      sql('SELECT 1');
      break;
    } catch (error) {
      if (Date.now() > end) throw new Error(`MariaDB did not start (see ${WORK}/mariadb.log)`, { cause: error });
      await sleep(200);
    }
  }
  sql("CREATE DATABASE wordpress; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'wordpress'; GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';");
}

/** Debian's per-host WordPress settings; `multisite` adds the network's constants (after network.php). */
function writeConfig({ multisite = false } = {}) {
  const lines = [
    '<?php',
    '// Written by the ypsi-widgets WordPress test; deleted when it ends.',
    "define( 'DB_NAME', 'wordpress' );",
    "define( 'DB_USER', 'wordpress' );",
    "define( 'DB_PASSWORD', 'wordpress' );",
    `define( 'DB_HOST', 'localhost:${SOCKET}' );`,
    `define( 'WP_CONTENT_DIR', '${CONTENT}' );`,
    `define( 'WP_CONTENT_URL', '${ORIGIN}/wp-content' );`,
    // Application passwords over plain http need a local environment.
    "define( 'WP_ENVIRONMENT_TYPE', 'local' );",
    "define( 'FS_METHOD', 'direct' );",
    "define( 'DISABLE_WP_CRON', true );",
    "define( 'AUTOMATIC_UPDATER_DISABLED', true );",
    ...(multisite
      ? [
          "define( 'MULTISITE', true );",
          "define( 'SUBDOMAIN_INSTALL', false );",
          "define( 'DOMAIN_CURRENT_SITE', 'localhost' );",
          "define( 'PATH_CURRENT_SITE', '/' );",
          "define( 'SITE_ID_CURRENT_SITE', 1 );",
          "define( 'BLOG_ID_CURRENT_SITE', 1 );",
        ]
      : []),
  ];
  writeFileSync(CONFIG, `${lines.join('\n')}\n`);
}

async function startPhp() {
  mkdirSync(`${CONTENT}/themes`, { recursive: true });
  mkdirSync(`${CONTENT}/plugins`, { recursive: true });
  mkdirSync(`${CONTENT}/uploads`, { recursive: true });
  symlinkSync(`${WORDPRESS}/wp-content/themes/twentytwentythree`, `${CONTENT}/themes/twentytwentythree`);
  await new Promise((resolve, reject) => {
    const probe = createConnection({ host: '127.0.0.1', port: 80 }, () => {
      probe.end();
      reject(new Error('port 80 is in use (multisite needs it): stop the server there, e.g. apache2, and run the test again'));
    });
    probe.on('error', resolve);
  });
  // The built-in server caches compiled PHP (opcache) and looks for changes every 2 s by default: the
  // config must be read again the moment network.php's constants are added to it.
  start('php', 'php', ['-d', 'opcache.revalidate_freq=0', '-S', '127.0.0.1:80', '-t', WORDPRESS, ROUTER], { PHP_CLI_SERVER_WORKERS: '4', YPSI_WP_CONTENT: CONTENT });
  await listening(80);
}

/** Starts MariaDB and PHP with a fresh single-site config (the test turns it into a network). */
export async function startServers() {
  clearEarlierRun();
  await startMariaDB();
  writeConfig();
  await startPhp();
}

/** Turns on the network's constants, as network.php tells an administrator to. */
export const enableMultisite = () => writeConfig({ multisite: true });

/** Stops PHP and MariaDB, deletes the config and the throwaway folder (its logs kept if `keepLogs`). */
export async function stop({ keepLogs = false } = {}) {
  for (const { child } of children.reverse()) {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      await Promise.race([exited, sleep(10000)]);
    }
  }
  rmSync(CONFIG, { force: true });
  if (keepLogs) rmSync(DATA, { recursive: true, force: true });
  else rmSync(WORK, { recursive: true, force: true });
}

/**
 * A browser-like HTTP client for one user: keeps cookies, sends forms, JSON and files, follows no
 * redirects (a 302 is an answer the test reads). Requests go to 127.0.0.1 with Host: localhost.
 */
export class Client {
  cookies = new Map();
  /** `user:application-password` for REST, instead of cookies. */
  basic;

  async request(method, path, { form, json, file, headers = {} } = {}) {
    let body;
    const sent = { ...headers };
    if (form && file) {
      const boundary = `----ypsi${Date.now().toString(16)}`;
      const parts = Object.entries(form).map(([k, v]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.name}"\r\nContent-Type: application/zip\r\n\r\n`), file.bytes, Buffer.from(`\r\n--${boundary}--\r\n`));
      body = Buffer.concat(parts);
      sent['Content-Type'] = `multipart/form-data; boundary=${boundary}`;
    } else if (form) {
      body = Buffer.from(new URLSearchParams(form).toString());
      sent['Content-Type'] = 'application/x-www-form-urlencoded';
    } else if (json) {
      body = Buffer.from(JSON.stringify(json));
      sent['Content-Type'] = 'application/json';
    }
    if (this.cookies.size) sent.Cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (this.basic) sent.Authorization = `Basic ${Buffer.from(this.basic).toString('base64')}`;
    const url = new URL(path, ORIGIN);
    const response = await new Promise((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port: 80, method, path: url.pathname + url.search, headers: { Host: 'localhost', ...sent, ...(body ? { 'Content-Length': body.length } : {}) } },
        (res) => {
          const chunks = [];
          res.on('data', (chunk) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text: Buffer.concat(chunks).toString() }));
        },
      );
      req.setTimeout(60000, () => req.destroy(new Error(`${method} ${path}: no answer in 60 s`)));
      req.on('error', reject);
      req.end(body);
    });
    for (const line of response.headers['set-cookie'] ?? []) {
      const [pair] = line.split(';');
      const [name, ...value] = pair.split('=');
      if (/expires=Thu, 01[- ]Jan[- ]1970|max-age=0/i.test(line) || value.join('=') === 'deleted') this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value.join('='));
    }
    return response;
  }

  /** A REST call (plain permalinks: ?rest_route=); throws with WordPress's message unless 2xx. */
  async rest(method, site, route, json) {
    const [routePath, query = ''] = route.split('?');
    const response = await this.request(method, `${site}?rest_route=${encodeURIComponent(routePath)}${query ? `&${query}` : ''}`, { json, headers: this.nonce ? { 'X-WP-Nonce': this.nonce } : {} });
    let data;
    try {
      data = JSON.parse(response.text);
    } catch {
      throw new Error(`${method} ${site}${route}: HTTP ${response.status}, not JSON: ${response.text.slice(0, 200)}`);
    }
    if (response.status >= 300) throw new Error(`${method} ${site}${route}: HTTP ${response.status} ${data.code ?? ''} ${data.message ?? ''}`);
    return data;
  }

  /** Logs in through wp-login.php, as a browser does (the test cookie first). */
  async login(user, password) {
    this.cookies.set('wordpress_test_cookie', 'WP%20Cookie%20check');
    const response = await this.request('POST', '/wp-login.php', { form: { log: user, pwd: password, 'wp-submit': 'Log In', testcookie: '1', redirect_to: `${ORIGIN}/wp-admin/` } });
    if (response.status !== 302 || ![...this.cookies.keys()].some((name) => name.startsWith('wordpress_logged_in_'))) {
      throw new Error(`login as ${user} failed: HTTP ${response.status}`);
    }
    const nonce = await this.request('GET', '/wp-admin/admin-ajax.php?action=rest-nonce');
    this.nonce = nonce.text.trim();
  }
}

/** The value of a hidden form field `name` in an admin page's HTML. */
export function field(html, name) {
  const input = html.match(new RegExp(`<input[^>]*name=["']${name.replace(/[[\]]/g, '\\$&')}["'][^>]*>`))?.[0];
  const value = input?.match(/value=["']([^"']*)["']/)?.[1];
  if (value === undefined) throw new Error(`no ${name} field in the page "${html.match(/<title>([^<]*)/)?.[1] ?? html.slice(0, 200)}"`);
  return value;
}
