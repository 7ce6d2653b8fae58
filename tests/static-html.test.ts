import { expect } from '@open-wc/testing';
import { EXAMPLES } from './support/examples/index.js';
import { visibleText } from './support/helpers.js';

/**
 * Issue #6, "No JavaScript at all": a web editor runs `npx ypsi-widgets render <tag> …` and pastes the
 * output into a CMS that allows no script. These tests run the real command (through the test server,
 * see support/static-page.mjs) and open its output in a frame whose sandbox forbids scripts: a real
 * JS-off page, still readable from here because it is same-origin.
 */

type Upgradable = HTMLElement & { updateComplete?: Promise<unknown> };

/** The tag and `name=value` attributes of an example's pasted markup. */
function parse(markup: string): { tag: string; attrs: string[] } {
  const el = new DOMParser().parseFromString(markup, 'text/html').body.firstElementChild!;
  return { tag: el.localName, attrs: [...el.attributes].map((a) => `${a.name}=${a.value}`) };
}

function staticUrl(markup: string, bundle = false): string {
  const { tag, attrs } = parse(markup);
  const params = new URLSearchParams({ tag });
  for (const attr of attrs) params.append('attr', attr);
  if (bundle) params.set('bundle', '1');
  return `/__static?${params}`;
}

/** Open `src` in a frame; `scripts: false` sandboxes it so no script at all can run in it. */
async function openFrame(src: string, scripts: boolean): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Wait until the frame's copy of the bundle has defined and rendered `el`. */
async function upgraded(frame: HTMLIFrameElement, el: Upgradable): Promise<void> {
  await frame.contentWindow!.customElements.whenDefined(el.localName);
  await el.updateComplete;
}

/** Text in `root` that a reader cannot see: hidden, or collapsed behind a control that needs script. */
function unseenText(root: ShadowRoot): string[] {
  const unseen: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (!node.textContent!.trim() || parent.closest('style')) continue;
    // A closed <details> opens without script: its text is one tap away, not lost.
    const details = parent.closest('details');
    if (details && !details.open && !parent.closest('summary')) continue;
    if (!parent.checkVisibility()) unseen.push(node.textContent!.trim().slice(0, 60));
  }
  return unseen;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

// States that need a click or a property first cannot be pasted as static HTML.
const pasteable = EXAMPLES.filter((example) => !example.interact);

describe('static HTML with JavaScript off (npx ypsi-widgets render)', () => {
  for (const example of pasteable) {
    it(`a reader with scripts off sees ${example.tag} (${example.name}) readable and styled`, async () => {
      const frame = await openFrame(staticUrl(example.markup), false);
      frames.push(frame);
      const doc = frame.contentDocument!;
      // The page's own inline script did not run: this really is a page without JavaScript.
      expect(doc.documentElement.dataset.scriptsRan).to.equal(undefined);
      expect(frame.contentWindow!.customElements.get(example.tag)).to.equal(undefined);

      const el = doc.querySelector(example.tag)!;
      expect(el, 'the element is in the page').to.exist;
      expect(el.shadowRoot, 'the declarative shadow root was parsed').to.exist;
      expect(visibleText(el).length).to.be.greaterThan(20);
      expect(el.shadowRoot!.querySelector('h2, h3, h4, h5, h6, [part~="fallback"]')).to.exist;
      // Styled: an unknown element is inline by default; the widget's :host rule makes it a block.
      expect(getComputedStyle(el).display).to.equal('block');
      // Nothing in it depends on the time it was made.
      expect(visibleText(el)).not.to.match(/open now|closed now/i);
    });

    it(`a reader with scripts off can read all of ${example.tag} (${example.name}), with no button that needs script`, async () => {
      const frame = await openFrame(staticUrl(example.markup), false);
      frames.push(frame);
      const root = frame.contentDocument!.querySelector(example.tag)!.shadowRoot!;
      // Text left hidden until a script shows it would never be seen on a page with no script.
      // The fix lives in the element: when `isServer` (from lit), render it open (see helpline-card).
      expect(unseenText(root), 'text hidden with scripts off (render it open when isServer)').to.deep.equal([]);
      // A <button> outside a form does nothing without script: links and <details> still work.
      const deadButtons = [...root.querySelectorAll('button')].filter((b) => !b.closest('form[action]'));
      expect(deadButtons.map((b) => b.textContent!.trim()), 'buttons that need script (leave them out when isServer)').to.deep.equal([]);
    });

    it(`when the bundle is added, ${example.tag} (${example.name}) comes alive with nothing shown twice`, async () => {
      const frame = await openFrame(staticUrl(example.markup, true), true);
      frames.push(frame);
      const doc = frame.contentDocument!;
      const el = doc.querySelector<Upgradable>(example.tag)!;
      await upgraded(frame, el);

      // The same markup, rendered only by the script, is what the upgraded element must match.
      const holder = doc.createElement('div');
      holder.append(doc.createRange().createContextualFragment(example.markup));
      doc.body.append(holder);
      const fresh = holder.firstElementChild as Upgradable;
      await fresh.updateComplete;

      expect(visibleText(el)).to.equal(visibleText(fresh));
      expect(el.shadowRoot!.querySelectorAll('*').length).to.equal(fresh.shadowRoot!.querySelectorAll('*').length);
      expect(el.shadowRoot!.querySelectorAll('style').length, 'the static styles were replaced').to.equal(0);
    });
  }
});

describe('helpline-card as static HTML', () => {
  it('shows the opening hours and Call link, but no stale "Open now" and no Copy button that needs script', async () => {
    const frame = await openFrame(staticUrl('<helpline-card service="samaritans"></helpline-card>'), false);
    frames.push(frame);
    const el = frame.contentDocument!.querySelector('helpline-card')!;
    const root = el.shadowRoot!;
    expect(root.querySelector('[part~="hours"]')!.textContent).to.contain('Every day, day and night');
    expect(root.querySelector('[part~="status"]')).to.equal(null);
    expect(root.querySelector('[part~="copy"]')).to.equal(null);
    const call = root.querySelector<HTMLAnchorElement>('[part~="call"]')!;
    expect(call.getAttribute('href')).to.equal('tel:116123');
    const style = frame.contentWindow!.getComputedStyle(call);
    expect(style.minHeight).to.equal('44px');
    expect(style.backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
  });

  it('gets "Open now" or "Closed now" and Copy number back once the bundle loads', async () => {
    const frame = await openFrame(staticUrl('<helpline-card service="samaritans"></helpline-card>', true), true);
    frames.push(frame);
    const el = frame.contentDocument!.querySelector<Upgradable>('helpline-card')!;
    await upgraded(frame, el);
    expect(el.shadowRoot!.querySelector('[part~="status"]')!.textContent).to.match(/open now|closed now/i);
    expect(el.shadowRoot!.querySelectorAll('[part~="copy"]')).to.have.length(1);
    expect(el.shadowRoot!.querySelectorAll('[part~="heading"]')).to.have.length(1);
  });

  it('keeps the host strings in static HTML', async () => {
    const markup = `<helpline-card service="samaritans" strings='{"call":"Ring {number}"}'></helpline-card>`;
    const frame = await openFrame(staticUrl(markup), false);
    frames.push(frame);
    expect(visibleText(frame.contentDocument!.querySelector('helpline-card')!)).to.contain('Ring 116 123');
  });
});

describe('the render command', () => {
  const raw = async (tag: string, ...attrs: string[]) => {
    const params = new URLSearchParams({ tag });
    for (const attr of attrs) params.append('attr', attr);
    return (await (await fetch(`/__static-raw?${params}`)).json()) as { code: number; stdout: string; stderr: string };
  };

  it('a web editor who mistypes the tag gets one line listing the valid tags, and exit code 1', async () => {
    const result = await raw('helpline-crad', 'service=childline');
    expect(result.code).to.equal(1);
    expect(result.stdout).to.equal('');
    expect(result.stderr.trim().split('\n')).to.have.length(1);
    expect(result.stderr).to.contain('"helpline-crad" is not a widget. Valid tags:').and.contain('helpline-card');
  });

  it('says what the output is and how to make it live, and escapes attribute values', async () => {
    const result = await raw('helpline-card', 'name=Tom & "Jerry" <b>', 'phone=020 7946 0000');
    expect(result.code).to.equal(0);
    expect(result.stdout).to.match(/^<!-- Static HTML of helpline-card \(name="Tom & "Jerry" b" phone="020 7946 0000"\), made by ypsi-widgets [\d.]+\./);
    expect(result.stdout).to.contain('cdn/ypsi-widgets.js');
    expect(result.stdout).to.contain('name="Tom &amp; &quot;Jerry&quot; &lt;b&gt;"');
    expect(result.stdout).to.contain('<template shadowroot="open" shadowrootmode="open">');
    expect(result.stdout).not.to.contain('lit-part');
  });

  it('warns about an attribute the element does not have, naming the real ones', async () => {
    const result = await raw('helpline-card', 'servce=childline');
    expect(result.code).to.equal(0);
    expect(result.stderr).to.contain('has no attribute "servce"').and.contain('service, name');
  });
});

describe('static HTML on a browser without declarative shadow DOM', () => {
  const rendered = async (tag: string, ...attrs: string[]) => {
    const params = new URLSearchParams({ tag });
    for (const attr of attrs) params.append('attr', attr);
    return (await (await fetch(`/__static-raw?${params}`)).json()) as { code: number; stdout: string; stderr: string };
  };

  /**
   * The output as a browser that cannot attach declarative shadow roots sees it: DOMParser leaves the
   * template inert, as Chromium 106 or Safari 16.3 do, so only the tag's light DOM shows.
   */
  function withoutShadowRoot(html: string): HTMLElement {
    const parsed = new DOMParser().parseFromString(`<main>${html}</main>`, 'text/html');
    const holder = document.adoptNode(parsed.querySelector('main')!);
    document.body.append(holder);
    cleanups.push(() => holder.remove());
    return holder.lastElementChild as HTMLElement;
  }
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((undo) => undo()));

  it('a helpline card still shows its name, its number as a tel: link and its website', async () => {
    const { stdout } = await rendered('helpline-card', 'service=childline');
    const el = withoutShadowRoot(stdout);
    expect(el.shadowRoot, 'no shadow root attached here').to.equal(null);
    expect(el.innerText).to.contain('Childline').and.contain('0800 1111').and.contain('childline.org.uk');
    const links = [...el.querySelectorAll<HTMLAnchorElement>(':scope > p a')].filter((a) => a.checkVisibility());
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:+448001111', 'https://www.childline.org.uk']);
  });

  it("a host's own card falls back to the host's own name and number", async () => {
    const { stdout } = await rendered('helpline-card', 'name=School nurse', 'phone=020 7946 0000');
    const el = withoutShadowRoot(stdout);
    expect(el.innerText).to.contain('School nurse');
    expect(el.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:+442079460000');
  });

  it("help-panel still shows the quick exit and Childline's number", async () => {
    const { stdout } = await rendered('help-panel', 'exit-url=https://www.google.co.uk');
    const el = withoutShadowRoot(stdout);
    const exit = [...el.querySelectorAll('a')].find((a) => a.textContent === 'Exit this page')!;
    expect(exit.getAttribute('href')).to.equal('https://www.google.co.uk');
    expect(el.querySelector('a[href="tel:+448001111"]')!.textContent).to.equal('0800 1111');
  });

  for (const tag of ['law-explainer', 'consequences-timeline']) {
    it(`${tag} still says where to get help now`, async () => {
      const el = withoutShadowRoot((await rendered(tag)).stdout);
      expect(el.innerText).to.contain('Childline');
      expect(el.querySelector('a[href="tel:+448001111"]')).to.exist;
    });
  }

  it('where the template is attached, the plain copy is hidden (nothing is shown twice)', async () => {
    const frame = await openFrame(staticUrl('<helpline-card service="childline"></helpline-card>'), false);
    frames.push(frame);
    const el = frame.contentDocument!.querySelector('helpline-card')!;
    expect(el.shadowRoot).to.exist;
    const plain = el.querySelector(':scope > p')!;
    expect(plain, 'the plain copy is in the page').to.exist;
    expect(plain.checkVisibility(), 'and not shown').to.equal(false);
    // The reader sees the number once: in the styled card, not again in the plain copy.
    expect(visibleText(el)).to.contain('0800 1111');
    expect([...el.querySelectorAll(':scope > p a')].filter((a) => a.checkVisibility())).to.have.length(0);
  });
});

describe('static HTML a CMS field accepts', () => {
  it('help-panel is under 40 KB, and looks the same: each card styled, and named by its own heading', async () => {
    const params = new URLSearchParams({ tag: 'help-panel' });
    const { stdout } = (await (await fetch(`/__static-raw?${params}`)).json()) as { stdout: string };
    expect(new Blob([stdout]).size).to.be.lessThan(40 * 1024);

    const frame = await openFrame(staticUrl('<help-panel></help-panel>'), false);
    frames.push(frame);
    const root = frame.contentDocument!.querySelector('help-panel')!.shadowRoot!;
    const cards = [...root.querySelectorAll('helpline-card')];
    expect(cards.length).to.be.greaterThan(3);
    for (const card of cards) {
      const article = card.querySelector('article')!;
      // The card's own rules reach it: its accent border, and its name heading.
      expect(getComputedStyle(article).borderInlineStartWidth).to.equal('6px');
      const heading = root.getElementById(article.getAttribute('aria-labelledby')!)!;
      expect(article.contains(heading), 'the card is named by its own heading').to.equal(true);
    }
  });
});

describe('the render command refuses script in attributes', () => {
  it('leaves out an on… attribute, naming it in a warning', async () => {
    const params = new URLSearchParams({ tag: 'helpline-card' });
    for (const attr of ['service=childline', 'onclick=alert(1)', 'onMouseOver=steal()']) params.append('attr', attr);
    const result = (await (await fetch(`/__static-raw?${params}`)).json()) as { code: number; stdout: string; stderr: string };
    expect(result.code).to.equal(0);
    expect(result.stderr).to.contain('"onclick" is left out').and.contain('"onmouseover" is left out');
    expect(result.stdout).not.to.match(/\son\w+=/i);
    expect(result.stdout).to.contain('service="childline"');
  });
});

describe('what a site that only uses the elements installs', () => {
  it('the server-rendering packages are an optional peer of the render command, not a dependency', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as {
      dependencies: Record<string, string>;
      peerDependencies?: Record<string, string>;
      peerDependenciesMeta?: Record<string, { optional?: boolean }>;
    };
    // Lit and its two parts, which the widgets import directly (lit installs them anyway); nothing else.
    expect(Object.keys(pkg.dependencies)).to.deep.equal(['@lit/reactive-element', 'lit', 'lit-html']);
    expect(pkg.peerDependencies?.['@lit-labs/ssr']).to.match(/^\^4/);
    expect(pkg.peerDependenciesMeta?.['@lit-labs/ssr']?.optional).to.equal(true);
  });
});

describe('static HTML as shipped: closed shadow roots, like the live widgets', () => {
  for (const markup of ['<helpline-card service="childline"></helpline-card>', '<help-panel></help-panel>', '<law-explainer></law-explainer>']) {
    const tag = parse(markup).tag;
    it(`${tag}'s declarative root is closed, the shipped bundle takes it over without an error, and the plain copy stays hidden`, async () => {
      const shipped = `${staticUrl(markup)}&shipped=1`;
      const raw = (await (await fetch(shipped.replace('/__static?', '/__static-raw?'))).json()) as { stdout: string };
      // The mode the live element attaches must be the template's: a mismatch throws in attachShadow.
      expect(raw.stdout).to.contain(`<${tag}`).and.contain('shadowrootmode="closed"');
      expect(raw.stdout).not.to.contain('shadowrootmode="open"');

      const frame = await openFrame(`${shipped}&bundle=1`, true);
      frames.push(frame);
      const win = frame.contentWindow!;
      const el = frame.contentDocument!.querySelector<Upgradable>(tag)!;
      const Widget = await win.customElements.whenDefined(tag);
      // An upgrade whose attachShadow threw (a mode mismatch) leaves the element not an instance.
      expect(el instanceof Widget, 'the element upgraded').to.equal(true);
      await el.updateComplete;
      expect(el.shadowRoot, 'closed: the page cannot read it').to.equal(null);
      expect(el.getBoundingClientRect().height).to.be.greaterThan(60);
      const plain = [...el.querySelectorAll(':scope > p')];
      expect(plain.length).to.be.greaterThan(0);
      expect(plain.filter((p) => p.checkVisibility()), 'plain copy not shown as well').to.deep.equal([]);
    });
  }
});

describe('plain static HTML, for a CMS that strips styles and unknown tags (render --plain)', () => {
  /** The elements and attributes that WordPress's kses (for an Editor), Drupal and SharePoint keep. */
  const KEPT_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'details', 'summary', 'a']);
  const KEPT_ATTRIBUTES: Record<string, string[]> = { a: ['href', 'class', 'rel'], details: ['class', 'open'] };
  const NEW_TAB = '(opens in a new tab)';

  const plainOutput = async (markup: string) => {
    const params = new URL(staticUrl(markup), location.href).searchParams;
    params.append('attr', '--plain');
    return (await (await fetch(`/__static-raw?${params}`)).json()) as { code: number; stdout: string; stderr: string };
  };

  /** The plain HTML in a page with no styles and no script, as a filtered CMS page shows it. */
  async function plainPage(markup: string): Promise<HTMLElement> {
    const frame = await openFrame(`${staticUrl(markup)}&attr=--plain`, false);
    frames.push(frame);
    return frame.contentDocument!.querySelector('main')!;
  }

  /** What a reader hears of an element: its text less what is hidden from screen readers. */
  const spoken = (el: Element) => {
    const copy = el.cloneNode(true) as Element;
    for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
    return copy.textContent!;
  };

  /** The words of `text` as a reader meets them, with no spacing or dashes between them. */
  const words = (text: string) => text.split(NEW_TAB).join('').replace(/[\s–]+/g, '');

  for (const example of pasteable) {
    it(`${example.tag} (${example.name}) uses only the tags and attributes a filter keeps`, async () => {
      const { code, stdout } = await plainOutput(example.markup);
      expect(code).to.equal(0);
      expect(stdout).to.match(/^<!-- ypsi-widgets [\d.]+: /);
      // wpautop (WordPress's classic editor) turns line breaks into <br> and <p>: the HTML is one line.
      const [note, html, ...rest] = stdout.trim().split('\n');
      expect(note).to.match(/-->$/);
      expect(note.slice(4, -3)).not.to.match(/<|>|--/);
      expect(rest).to.deep.equal([]);
      expect(html).not.to.match(/<style|<template|\spart=|<bdi|<span|<div|<button|\sstyle=|\sid=|\saria-|\starget=/);
      const body = new DOMParser().parseFromString(html, 'text/html').body;
      const elements = [...body.querySelectorAll('*')];
      expect(elements.length).to.be.greaterThan(3);
      for (const el of elements) {
        expect(KEPT_TAGS.has(el.localName), `<${el.localName}> is kept by a filter`).to.equal(true);
        const allowed = KEPT_ATTRIBUTES[el.localName] ?? ['class'];
        for (const attribute of el.getAttributeNames()) expect(allowed, `${el.localName}[${attribute}]`).to.include(attribute);
      }
      for (const link of body.querySelectorAll('a')) expect(link.getAttribute('href')).to.match(/^(https:\/\/|tel:|sms:|mailto:)/);
    });

    it(`${example.tag} (${example.name}) reads with no styles: every word visible, in the same order as the styled widget, with the same links`, async () => {
      const main = await plainPage(example.markup);
      const styledFrame = await openFrame(staticUrl(example.markup), false);
      frames.push(styledFrame);
      const styled = styledFrame.contentDocument!.querySelector(example.tag)!.shadowRoot!;
      // No words hidden with no styles: nothing is visually hidden or waits for a script to show.
      const walker = main.ownerDocument.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        const details = parent.closest('details');
        if (!node.textContent!.trim() || (details && !details.open && !parent.closest('summary'))) continue;
        expect(parent.checkVisibility(), `"${node.textContent!.trim().slice(0, 40)}" is visible`).to.equal(true);
      }
      // The same headings, the same links and every line of words, in the styled widget's order.
      const headings = (root: ParentNode) => [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => words(spoken(h)));
      expect(headings(main)).to.deep.equal(headings(styled));
      const hrefs = (root: ParentNode) => [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs(main)).to.deep.equal(hrefs(styled));
      const plainWords = words(main.textContent!);
      let from = 0;
      for (const line of styled.querySelectorAll('p, li, summary, h1, h2, h3, h4, h5, h6')) {
        if (line.querySelector('p, li, ul, ol, details')) continue;
        const text = words(spoken(line));
        if (!text) continue;
        const at = plainWords.indexOf(text, from);
        expect(at, `"${line.textContent!.trim().slice(0, 60)}" is in the plain HTML, in order`).to.be.greaterThan(-1);
        from = at + text.length;
      }
    });
  }

  it('a helpline card: its name as a heading, Call as a working tel: link, said once, and its website', async () => {
    const main = await plainPage('<helpline-card service="childline" heading-level="2"></helpline-card>');
    expect(main.querySelector('h2')!.textContent).to.equal('Childline');
    const call = main.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    expect(call.getAttribute('href')).to.equal('tel:+448001111');
    expect(call.textContent).to.equal('Call 0800 1111');
    expect(main.textContent!.split('0800 1111')).to.have.length(2);
    const site = main.querySelector<HTMLAnchorElement>('a[href^="https:"]')!;
    expect(site.getAttribute('href')).to.equal('https://www.childline.org.uk');
    // Unstyled, the words a screen reader heard after "Visit website" say whose it is.
    expect(site.textContent).to.equal('Visit website: Childline');
  });

  it('a text service keeps its sms: link', async () => {
    const main = await plainPage('<helpline-card service="shout"></helpline-card>');
    const text = main.querySelector<HTMLAnchorElement>('a[href^="sms:"]')!;
    expect(text.getAttribute('href')).to.equal('sms:85258?&body=SHOUT');
    expect(text.textContent).to.contain('85258');
  });

  it('help-panel: the quick exit is the first thing, a plain link to the exit address that sends no referrer', async () => {
    const main = await plainPage('<help-panel exit-url="https://www.google.co.uk"></help-panel>');
    const first = main.querySelector('a')!;
    expect(first.textContent).to.equal('Exit this page');
    expect(first.getAttribute('href')).to.equal('https://www.google.co.uk');
    expect(first.relList.contains('noreferrer')).to.equal(true);
    expect(first.compareDocumentPosition(main.querySelector('h3')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    // Each situation is a <details> that opens with no script.
    const situations = main.querySelectorAll('details > summary');
    expect(situations.length).to.be.greaterThan(3);
  });

  it('help-panel with no-quick-exit has no exit link', async () => {
    const main = await plainPage('<help-panel no-quick-exit></help-panel>');
    expect([...main.querySelectorAll('a')].map((a) => a.textContent)).not.to.include('Exit this page');
  });

  it('side-by-side links are kept apart in words, so "Childline" and "Call 0800 1111" never run together', async () => {
    const main = await plainPage('<consequences-timeline></consequences-timeline>');
    expect(main.textContent).not.to.contain('ChildlineCall');
    expect(main.textContent).to.contain('Childline – Call 0800 1111');
  });
});
