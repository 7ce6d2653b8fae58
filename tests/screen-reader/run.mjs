// `npm run test:screen-reader`: Orca (Debian's, with Firefox ESR, under Xvfb) listens while real key
// presses drive each flow, and every flow is checked against what Orca says. Needs a build (cdn/,
// dist/) and the Debian packages in .ci/run. Prints what Orca said at every step, and how long it took.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { Session, missingCommands } from './session.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const PAGES = join(ROOT, 'tests/screen-reader/pages');
const TITLES = { panel: 'Help panel page', law: 'Law explainer page', timeline: 'Timeline page', card: 'Helpline card page' };
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

const missing = missingCommands();
if (missing.length) {
  console.error(`The screen-reader test needs these Debian packages: ${missing.join(' ')} (apt-get install ${missing.join(' ')}).`);
  process.exit(1);
}
if (!existsSync(join(ROOT, 'cdn/ypsi-widgets.js')) || !existsSync(join(ROOT, 'dist/content/situations.js'))) {
  console.error('The screen-reader test reads the build: run `npm run build` first.');
  process.exit(1);
}
const { FLOWS } = await import('./flows.mjs');
const { AssertionError } = await import('./assertion.mjs');

/** The test pages and the CDN build, from 127.0.0.1 on a free port. */
function serve() {
  const server = createServer(async (request, response) => {
    const path = normalize(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = path.startsWith('/cdn/') ? join(ROOT, path) : path.startsWith('/pages/') ? join(PAGES, path.slice(7)) : null;
    try {
      if (!file) throw new Error('not served');
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404).end('Not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const started = Date.now();
const server = await serve();
const base = `http://127.0.0.1:${server.address().port}/pages/`;
const session = new Session();
let failed = 0;

const stop = async () => {
  await session.stop();
  server.close();
};
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void stop().then(() => process.exit(130)));

try {
  await session.start();
  const { speech } = session;
  const firstLoad = await session.openFirefox(`${base}panel.html`, TITLES.panel);
  const sr = {
    /** Loads a test page by the address bar, as a person would; resolves with what Orca read on load. */
    async open(page) {
      const mark = speech.mark();
      if (page === 'panel' && firstLoad && !this.opened) {
        this.opened = true;
        return firstLoad;
      }
      session.keys('key', 'ctrl+l');
      await speech.settle();
      session.keys('type', '--delay', '10', `${base}${page}.html`);
      session.keys('key', 'Return');
      return speech.waitFor(new RegExp(`Finished loading ${TITLES[page]}`), { since: mark, timeout: 30_000, what: `${page}.html to load` });
    },
    /** Presses keys (xdotool key arguments, or keydown/keyup pairs) and resolves with what Orca said. */
    async press(...keys) {
      const mark = speech.mark();
      session.keys(...(keys[0] === 'keydown' ? keys : ['key', ...keys]));
      return speech.settle({ since: mark });
    },
    /** Presses keys, then waits for Orca to say `pattern` (a live region can speak after the focus change). */
    async pressUntil(pattern, ...keys) {
      const mark = speech.mark();
      session.keys('key', ...keys);
      try {
        return await speech.waitFor(pattern, { since: mark, timeout: 8000, what: `${pattern} after ${keys.join(' ')}` });
      } catch (error) {
        throw new AssertionError(error.message);
      }
    },
    /** Listens until a moment in time (a product timer), then until Orca is quiet. */
    async listenUntil(time) {
      const mark = speech.mark();
      while (Date.now() < time) await new Promise((r) => setTimeout(r, 100));
      return speech.settle({ since: mark });
    },
    everything: () => speech.since(0),
    /** Each utterance matching `pattern`, with the two before it, to say where it was heard. */
    contextOf(pattern) {
      const all = speech.since(0);
      return all.flatMap((t, i) => (pattern.test(t) ? [all.slice(Math.max(0, i - 2), i + 1).join(' | ')] : []));
    },
    log(label, said) {
      console.log(`    ${label}: ${said.map((t) => `“${t}”`).join(' ') || '(silence)'}`);
    },
  };
  // SCREEN_READER_FLOWS=timeline,law runs only the flows whose names contain those words (the exit and
  // choice flows set up the panel page for the Shift flows, so keep them when running those).
  const only = process.env.SCREEN_READER_FLOWS?.split(',').filter(Boolean);
  for (const flow of FLOWS.filter((f) => !only || only.some((word) => f.name.includes(word)))) {
    const flowStart = Date.now();
    console.log(`  ${flow.name}`);
    try {
      await flow.run(sr);
      console.log(`  ✓ ${flow.name} (${((Date.now() - flowStart) / 1000).toFixed(1)} s)`);
    } catch (error) {
      failed++;
      console.log(`  ✗ ${flow.name}: ${error instanceof AssertionError ? error.message : error.stack}`);
    }
    await flow.after?.(sr);
  }
} catch (error) {
  failed++;
  console.error(`The screen-reader desktop did not start: ${error.stack}`);
} finally {
  await stop();
}
const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(failed ? `\n${failed} screen-reader flow(s) failed (${seconds} s).` : `\nEvery screen-reader flow passed with Orca and Firefox ESR (${seconds} s).`);
process.exit(failed ? 1 : 0);
