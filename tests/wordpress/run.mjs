// The WordPress plugin on a real WordPress multisite (Debian's packages), as a school's site Editor
// meets it: no `unfiltered_html`, pages published through REST, read in headless Chromium.
//   npm run test:wordpress        (as root, after `npm run release`; .ci/run installs the packages)
// It installs WordPress as one site, uploads and activates the plugin's release zip there (an Author
// gets a widget), removes it, makes a network, uploads the zip in Network Admin and network-activates
// it, adds a school's site with an Editor, then checks:
// - kses keeps the widget tags and their documented attributes for the Editor, and strips the rest;
// - the widgets render from the plugin's own files, with integrity, and nothing from another origin;
// - the quick exit leaves with location.replace (no back-button entry), by the link and by Shift ×3;
// - a page with no widget gets neither the script nor the styles;
// - the blocks open in the block editor as valid blocks, with their options and a live preview;
// - the plain static form (render --plain), pasted by the Editor into a Custom HTML block and as
//   classic content, shows every heading, paragraph, list item and link, none lost or doubled.
// Everything runs under /tmp/ypsi-widgets-wordpress-test, removed at the end; a run cut short is
// cleaned up by the next.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { requireChrome, CHROME_ARGS } from '../../scripts/find-chrome.mjs';
import { ORIGIN, WORK, missing, startServers, stop } from './site.mjs';
import { addSite, addUser, install, makeNetwork, removePlugin, uploadAndActivate } from './network.mjs';
import { PAGES } from './pages.mjs';
import { openPage } from './browser.mjs';
import { END, START, differences, meaningful, pasted, plainPaste } from './plain-form.mjs';

const started = Date.now();
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const ZIP = `release/ypsi-widgets-wordpress-${version}.zip`;
const PLUGIN_FILES = `${ORIGIN}/wp-content/plugins/ypsi-widgets/`;
const DEFAULT_EXIT = 'https://www.bbc.co.uk/weather';

const problem = missing() || (existsSync(ZIP) ? '' : `${ZIP} is missing: run npm run release first`);
if (problem) {
  console.error(`WordPress test: ${problem}.`);
  process.exit(1);
}

const failures = [];
let checks = 0;
/** One named check: a line of output, and the run fails at the end if it threw. */
async function check(name, fn) {
  checks++;
  try {
    await fn();
    console.log(`ok   ${name}`);
  } catch (error) {
    failures.push(name);
    console.log(`FAIL ${name}\n     ${error.message.replace(/\n/g, '\n     ')}`);
  }
}
function expect(condition, message) {
  if (!condition) throw new Error(message);
}

let browser;
const cleanUp = async () => {
  await browser?.close().catch(() => {});
  await stop({ keepLogs: failures.length > 0 });
};
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => cleanUp().then(() => process.exit(1)));

try {
  await startServers();
  browser = await puppeteer.launch({ executablePath: requireChrome(), args: CHROME_ARGS });
  const admin = await install();

  // One site first: Activate, and an Author (who has no unfiltered_html on one site) posts a tag.
  const single = await uploadAndActivate(admin, ZIP, { network: false });
  const author = await addUser(admin, '/', { user: 'schoolauthor', role: 'author' });
  const post = await author.client.rest('POST', '/', '/wp/v2/posts', { title: PAGES.singleSite.title, content: PAGES.singleSite.content, status: 'publish' });
  await check('one site: the uploaded zip activates, and an Author gets the widget from the plugin', async () => {
    expect(single.status === 'active', `status ${single.status}`);
    expect(!post._links['wp:action-unfiltered-html'], 'the Author has unfiltered_html');
    const page = await openPage(browser, post.link);
    const [card] = await page.widgets();
    expect(card?.defined && card.text.includes('Childline'), `the card: ${JSON.stringify(card)}`);
    expect(page.requests.some((url) => url.startsWith(`${PLUGIN_FILES}assets/ypsi-widgets.js`)), 'the plugin\'s script was not loaded');
    await page.tab.close();
  });
  // network.php takes no network while a plugin is active: the network administrator starts afresh.
  await removePlugin(admin, single);

  // The network, as its administrator sets it up.
  const superAdmin = await makeNetwork(admin);
  const plugin = await uploadAndActivate(superAdmin, ZIP, { network: true });
  const site = await addSite(superAdmin, 'school', 'A school');
  const editor = await addUser(superAdmin, site, { user: 'schooleditor', role: 'editor' });
  const wordpressVersion = readFileSync('/usr/share/wordpress/wp-includes/version.php', 'utf8').match(/\$wp_version = '([^']+)'/)?.[1];
  console.log(`WordPress ${wordpressVersion} multisite with the plugin ${plugin.status} (${((Date.now() - started) / 1000).toFixed(0)} s)`);

  await check('multisite: the plugin is network-active from the uploaded release zip', () => expect(plugin.status === 'network-active' && plugin.version === version, `status ${plugin.status}, version ${plugin.version}`));

  // The Editor publishes each page through REST, as the block editor does.
  const published = {};
  for (const [key, page] of Object.entries(PAGES)) {
    published[key] = await editor.client.rest('POST', site, '/wp/v2/pages', { title: page.title, content: page.content, status: 'publish' });
  }
  const raw = (key) => published[key].content.raw;
  // The plain static form, pasted by the same Editor: into a Custom HTML block, and as classic content
  // (no blocks, so WordPress's wpautop runs over it as the classic editor's content).
  const plain = plainPaste();
  const marked = `<p>${START}</p>\n\n${plain}\n\n<p>${END}</p>`;
  const plainPages = {
    'in a Custom HTML block': await editor.client.rest('POST', site, '/wp/v2/pages', { title: 'Plain HTML in a block', content: `<!-- wp:html -->\n${marked}\n<!-- /wp:html -->`, status: 'publish' }),
    'as classic content': await editor.client.rest('POST', site, '/wp/v2/pages', { title: 'Plain HTML, classic', content: marked, status: 'publish' }),
  };

  await check("the site Editor has no unfiltered_html (WordPress's own answer when saving)", () => {
    expect(!published.blocks._links['wp:action-unfiltered-html'], 'the save response offers wp:action-unfiltered-html');
  });
  await check('kses keeps the four tags and their documented attributes for the Editor', () => {
    for (const kept of PAGES.customHtml.kept) expect(raw('customHtml').includes(kept), `lost: ${kept}\nsaved: ${raw('customHtml')}`);
    for (const kept of PAGES.blocks.kept) expect(raw('blocks').includes(kept), `lost: ${kept}\nsaved: ${raw('blocks')}`);
  });
  await check('kses still strips what is not a documented attribute or tag (event handlers, <script>)', () => {
    for (const gone of PAGES.customHtml.stripped) expect(!raw('customHtml').includes(gone), `kept: ${gone}\nsaved: ${raw('customHtml')}`);
  });

  const expected = meaningful(plain);
  for (const [where, page] of Object.entries(plainPages)) {
    await check(`the plain static form ${where}: the published page has every heading, paragraph, list item and link (tel:, sms:, https:, the exit), none lost or doubled`, async () => {
      const shown = await editor.client.request('GET', new URL(page.link).pathname);
      expect(shown.status === 200, `HTTP ${shown.status}`);
      const lines = differences(expected, meaningful(pasted(shown.text)));
      if (lines.length) writeFileSync(`${WORK}/${page.slug}.html`, shown.text);
      expect(lines.length === 0, `page kept as ${WORK}/${page.slug}.html\n${lines.slice(0, 12).join('\n')}${lines.length > 12 ? `\n… ${lines.length - 12} more` : ''}`);
      for (const scheme of ['tel:', 'sms:', 'https:']) expect(expected.some((item) => item.startsWith(`a[${scheme}`)), `the paste has no ${scheme} link to check`);
      expect(expected.find((item) => item.startsWith('a[')) === 'a[https://www.bbc.co.uk/weather] Exit this page', `the first link is not the exit: ${expected.find((item) => item.startsWith('a['))}`);
    });
  }


  for (const key of ['blocks', 'customHtml', 'classic']) {
    const { title, widgets } = PAGES[key];
    const page = await openPage(browser, published[key].link);
    await check(`${title}: every widget renders, from the plugin's files with integrity, and nothing from another origin`, async () => {
      expect(page.problems.length === 0, page.problems.join('\n'));
      const foreign = page.requests.filter((url) => !url.startsWith(`${ORIGIN}/`) && !url.startsWith('data:'));
      expect(foreign.length === 0, `requests to other origins: ${foreign.join(', ')}`);
      const script = await page.tab.$eval('script[src*="ypsi-widgets.js"]', (s) => ({ type: s.type, integrity: s.getAttribute('integrity'), src: s.src }));
      expect(script.type === 'module' && /^sha384-/.test(script.integrity) && script.src.startsWith(PLUGIN_FILES), `script tag: ${JSON.stringify(script)}`);
      const style = await page.tab.$eval('link[href*="ypsi-widgets.css"]', (l) => ({ integrity: l.getAttribute('integrity'), href: l.href, inHead: l.parentNode === document.head }));
      expect(/^sha384-/.test(style.integrity) && style.href.startsWith(PLUGIN_FILES), `style tag: ${JSON.stringify(style)}`);
      // In the <head>, so the space is reserved before anything is drawn.
      expect(style.inHead, 'the reserve-space styles are not in the <head>');
      const rendered = await page.widgets();
      expect(rendered.map((w) => w.tag).join() === widgets.map((w) => w.tag).join(), `widgets on the page: ${rendered.map((w) => w.tag).join(', ')}`);
      for (const [i, { tag, says }] of widgets.entries()) {
        const shown = rendered[i];
        expect(shown.defined && shown.height > 40, `<${tag}> not rendered (${shown.defined ? `${shown.height}px tall` : 'never defined'})`);
        for (const text of says) expect(shown.text.includes(text), `<${tag}> does not say "${text}"; it reads: ${shown.text.slice(0, 300)}`);
      }
    });
    if (PAGES[key].exitBy) await check(`${title}: the quick exit leaves by ${PAGES[key].exitBy}, with location.replace, to ${DEFAULT_EXIT}`, async () => {
      const exit = await page.quickExit(PAGES[key].exitBy);
      expect(exit.url === DEFAULT_EXIT, `left for ${exit.url}`);
      expect(exit.historyBefore === exit.historyAfter, `history grew from ${exit.historyBefore} to ${exit.historyAfter} entries: the page was left with a push, not replace()`);
    });
    // To look at the pages as a reader would: WORDPRESS_SCREENSHOTS=<folder> npm run test:wordpress
    if (process.env.WORDPRESS_SCREENSHOTS) {
      for (const width of [320, 1280]) {
        await page.tab.goto(published[key].link, { waitUntil: 'load' });
        await page.tab.setViewport({ width, height: 900 });
        await page.tab.screenshot({ path: `${process.env.WORDPRESS_SCREENSHOTS}/${key}-${width}.png`, fullPage: true });
      }
    }
    await page.tab.close();
  }

  await check('a page with no widget loads neither the script nor the styles', async () => {
    const page = await openPage(browser, published.plain.link);
    const ours = page.requests.filter((url) => url.startsWith(PLUGIN_FILES));
    expect(ours.length === 0, `requested: ${ours.join(', ')}`);
    await page.tab.close();
  });

  await check('in the block editor the blocks are valid, with their options and a live preview that follows them', async () => {
    const { editBlocks } = await import('./block-editor.mjs');
    const result = await editBlocks(browser, { site, user: editor.user, password: editor.password, postId: published.blocks.id });
    expect(result.problems.length === 0, result.problems.join('\n'));
  });
} catch (error) {
  failures.push('setup');
  console.log(`FAIL setting up WordPress: ${error.stack ?? error.message}\n     logs: ${WORK}/*.out, ${WORK}/mariadb.log`);
} finally {
  await cleanUp();
}

const seconds = ((Date.now() - started) / 1000).toFixed(0);
if (failures.length) {
  console.error(`WordPress test: ${failures.length} of ${checks} checks failed (${seconds} s).`);
  process.exit(1);
}
console.log(`WordPress test: ${checks} checks passed (${seconds} s).`);
