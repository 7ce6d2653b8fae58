// One WordPress page in headless Chromium, watched as the test needs: every request (another origin is
// never fetched: it is recorded and refused, and a navigation there gets a blank stand-in page, so
// the quick exit can be followed without the network), console and page errors, and what each
// widget shows, read from the accessibility tree (the widgets' shadow roots are closed).
import { ORIGIN } from './site.mjs';

const TAGS = ['helpline-card', 'help-panel', 'law-explainer', 'consequences-timeline'];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every name and value in an accessibility subtree, as one string. */
function textOf(node) {
  if (!node) return '';
  return [node.name, node.value, ...(node.children ?? []).map(textOf)].filter((x) => typeof x === 'string' && x).join(' ');
}

export async function openPage(browser, url) {
  const tab = await browser.newPage();
  const requests = [];
  const problems = [];
  const left = [];
  await tab.setRequestInterception(true);
  tab.on('request', (request) => {
    const address = request.url();
    requests.push(address);
    if (address.startsWith(`${ORIGIN}/`) || address.startsWith('data:')) return request.continue();
    if (request.isNavigationRequest() && request.frame() === tab.mainFrame()) {
      left.push(address);
      return request.respond({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Somewhere else</title><p>Somewhere else</p>' });
    }
    return request.abort('blockedbyclient');
  });
  const local = (address) => address.startsWith(`${ORIGIN}/`);
  tab.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  tab.on('requestfailed', (request) => local(request.url()) && problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  tab.on('response', (response) => response.status() >= 400 && !response.url().endsWith('/favicon.ico') && problems.push(`HTTP ${response.status()}: ${response.url()}`));
  await tab.setViewport({ width: 1280, height: 900 });
  await tab.goto(url, { waitUntil: 'load', timeout: 60000 });

  return {
    tab,
    requests,
    problems,

    /** Each widget on the page in order: defined, its height, and everything it shows as text. */
    async widgets() {
      await tab.evaluate(async (tags) => {
        const found = [...document.querySelectorAll(tags.join(','))];
        await Promise.race([Promise.all(found.map((el) => customElements.whenDefined(el.localName))), new Promise((resolve) => setTimeout(resolve, 10000))]);
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      }, TAGS);
      const shown = [];
      for (const handle of await tab.$$(TAGS.join(','))) {
        const facts = await handle.evaluate((el) => ({ tag: el.localName, defined: Boolean(customElements.get(el.localName)), height: el.getBoundingClientRect().height }));
        const tree = await tab.accessibility.snapshot({ root: handle, interestingOnly: false });
        shown.push({ ...facts, text: textOf(tree) });
      }
      return shown;
    },

    /**
     * Leaves by the quick exit ('its link': a click on "Exit this page"; else Shift pressed alone three
     * times). Returns where the tab went and the history length before and after.
     */
    async quickExit(by) {
      const historyBefore = await tab.evaluate(() => history.length);
      // Settled either way, so a failure before the exit is reported as that failure.
      const navigated = tab.waitForNavigation({ timeout: 15000 }).then(() => undefined, (error) => error);
      if (by === 'its link') {
        const link = await tab.waitForSelector('aria/Exit this page[role="link"]', { timeout: 10000 });
        await link.click();
      } else {
        for (let i = 0; i < 3; i++) {
          await tab.keyboard.press('Shift');
          await sleep(150);
        }
      }
      const failed = await navigated;
      if (failed) throw new Error(`the page did not leave: ${failed.message}`);
      return { url: left.at(-1) ?? tab.url(), historyBefore, historyAfter: await tab.evaluate(() => history.length) };
    },
  };
}
