/**
 * Security headers and privacy on real host pages (issue #6): every widget under a strict CSP with
 * Trusted Types, the quick exit included; and no request, cookie or storage from any widget, seen by
 * Chromium itself (every request of every kind from every frame), not by wrapping fetch().
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { visibleText } from '../support/helpers.js';
import {
  closePages,
  definedTags,
  examplesOf,
  openPage,
  pasteExample,
  settle,
  shadowElements,
  type HostPage,
} from './frame.js';

/** Issue #6's policy, plus the one Trusted Types policy name the README documents (Lit's). */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

afterEach(closePages);

/** Everything a visitor can press without leaving the page: every button, in every shadow root. */
async function pressEveryButton(el: HTMLElement): Promise<void> {
  for (const button of shadowElements(el)) {
    if (button.localName !== 'button' && button.localName !== 'summary') continue;
    if (!button.isConnected) continue;
    (button as HTMLElement).click();
    await settle(el);
  }
}

/** Render every example of every tag the page's bundle defines, in its state, and press everything. */
async function useEveryWidget(page: HostPage): Promise<string[]> {
  const tags = definedTags(page);
  expect(tags, 'the bundle defines at least <helpline-card>').to.include('helpline-card');
  for (const example of examplesOf(tags)) {
    const el = await pasteExample(page, example);
    expect(visibleText(el), `${example.tag} (${example.name}) rendered`).not.to.equal('');
    await pressEveryButton(el);
    el.remove();
  }
  return tags;
}

describe('Embedding: a page with a strict Content-Security-Policy and Trusted Types', () => {
  const url = '/tests/pages/strict-csp.html?csp=strict';

  it('the test page really is served with the strict policy, and the recorder notices a violation', async () => {
    const response = await fetch(url);
    expect(response.headers.get('content-security-policy')).to.equal(STRICT_CSP);
    // Control: an inline style attribute is what style-src 'self' forbids; the recorder must see it.
    const page = await openPage(url);
    page.doc.body.setAttribute('style', 'color: red');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(page.record.violations.join('\n')).to.contain('style-src');
  });

  it('every element renders in every state, with no CSP violation and no error', async function () {
    this.timeout(60_000);
    const page = await openPage(url);
    await useEveryWidget(page);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(page.record.violations, 'CSP violations').to.deep.equal([]);
    expect(page.record.errors, 'errors').to.deep.equal([]);
    expect(page.record.consoleErrors, 'console errors').to.deep.equal([]);
  });

  it('the quick exit hides the page and leaves, by click and by Shift three times, with no CSP violation', async function () {
    const page = await openPage(url);
    if (!definedTags(page).includes('help-panel')) {
      // Runs as soon as <help-panel> is in the bundle (src/ypsi-widgets.ts).
      this.skip();
    }
    const ypsi = page.win.ypsi as {
      quickExit: { navigate: (url: string) => void; reset: () => void };
      DEFAULT_EXIT_URL: string;
    };
    const went: string[] = [];
    ypsi.quickExit.navigate = (to) => went.push(to);

    const panel = await pasteExample(page, { tag: 'help-panel', name: 'default', markup: '<help-panel></help-panel>' });
    const exit = panel.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="exit"]')!;
    expect(exit.getAttribute('href'), 'a real link first').to.equal(ypsi.DEFAULT_EXIT_URL);
    exit.click();
    expect(went).to.deep.equal([ypsi.DEFAULT_EXIT_URL]);
    expect(page.win.getComputedStyle(page.doc.body).visibility, 'the page is hidden while it goes').to.equal('hidden');

    ypsi.quickExit.reset();
    // A press is a Shift keydown and its keyup with no other key between (heard on window, capturing).
    for (let press = 0; press < 3; press++) {
      for (const type of ['keydown', 'keyup']) page.doc.dispatchEvent(new page.win.KeyboardEvent(type, { key: 'Shift', bubbles: true }));
    }
    expect(went).to.deep.equal([ypsi.DEFAULT_EXIT_URL, ypsi.DEFAULT_EXIT_URL]);
    ypsi.quickExit.reset();

    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(page.record.violations, 'CSP violations').to.deep.equal([]);
    expect(page.record.errors, 'errors').to.deep.equal([]);
  });

  it("a page that may load the bundle twice works with the documented 'allow-duplicates'", async function () {
    this.timeout(60_000);
    const page = await openPage('/tests/pages/double-load.html?csp=strict-twice');
    await useEveryWidget(page);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(page.record.violations, 'CSP violations').to.deep.equal([]);
    expect(page.record.errors, 'errors').to.deep.equal([]);
  });
});

describe('Embedding: no requests, no cookies, no storage', () => {
  interface Seen {
    url: string;
    type: string;
    frame: string;
  }

  it('a visitor who uses every widget causes no request but the page and the bundle, and leaves no trace', async function () {
    this.timeout(60_000);
    const cookiesBefore = document.cookie;
    await executeServerCommand('network-log', { action: 'start' });
    let seen: Seen[] = [];
    let page: HostPage;
    try {
      page = await openPage('/tests/pages/embed.html');
      await useEveryWidget(page);
      await new Promise((resolve) => setTimeout(resolve, 500));
    } finally {
      seen = (await executeServerCommand('network-log', { action: 'stop' })) as Seen[];
    }
    // The test server (not the widgets) adds its own live-reload script to every HTML page it serves.
    const fromTestServer = (s: Seen) => new URL(s.url).pathname.startsWith('/__web-dev-server');
    const paths = seen.filter((s) => !fromTestServer(s)).map(({ url, type }) => {
      const where = new URL(url);
      return where.origin === location.origin ? `${type} ${where.pathname}` : `${type} ${url}`;
    });
    // The proof that the log sees the page load at all, then the rule: nothing else.
    expect(paths, paths.join('\n')).to.include('script /cdn/ypsi-widgets.js');
    expect([...new Set(paths)].sort(), paths.join('\n')).to.deep.equal(
      ['document /tests/pages/embed.html', 'script /cdn/ypsi-widgets.js', 'script /tests/pages/support/record.js'].sort(),
    );

    expect(page!.record.storage, 'touches of cookies or storage').to.deep.equal([]);
    expect(page!.record.errors).to.deep.equal([]);
    // Same origin as the page, so the test reads the same jar and stores without tripping its wires.
    expect(document.cookie).to.equal(cookiesBefore);
    expect(localStorage.length, 'localStorage').to.equal(0);
    expect(sessionStorage.length, 'sessionStorage').to.equal(0);
    expect(await indexedDB.databases(), 'IndexedDB').to.deep.equal([]);
    expect(await caches.keys(), 'Cache Storage').to.deep.equal([]);
    expect(await navigator.serviceWorker.getRegistrations(), 'service workers').to.deep.equal([]);
  });

  it('the request log would catch a widget that phoned home, however it did it', async () => {
    await executeServerCommand('network-log', { action: 'start' });
    let seen: Seen[] = [];
    try {
      const page = await openPage('/tests/pages/embed.html');
      // What a careless widget might do: an image beacon, a CSS background and a sendBeacon.
      const img = page.doc.createElement('img');
      img.src = '/tracking-pixel.gif';
      page.doc.body.append(img);
      page.win.navigator.sendBeacon('/beacon', 'x');
      const styled = page.doc.createElement('div');
      styled.style.backgroundImage = 'url(/background.png)';
      page.doc.body.append(styled);
      await new Promise((resolve) => setTimeout(resolve, 300));
    } finally {
      seen = (await executeServerCommand('network-log', { action: 'stop' })) as Seen[];
    }
    const urls = seen.map((s) => new URL(s.url).pathname);
    expect(urls).to.include.members(['/tracking-pixel.gif', '/beacon', '/background.png']);
  });
});
