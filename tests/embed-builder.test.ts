import { expect } from '@open-wc/testing';
import { TAGS } from './support/examples/index.js';
import { visibleText } from './support/helpers.js';

/**
 * Issue #6, "Embed builder": a web editor opens demo/builder.html (served under the strict CSP with
 * Trusted Types, as `npm start` serves it), picks a widget and its options, and copies the code. The code must work when pasted
 * into a blank page: here the published CDN address is pointed at the local build of the same file.
 */

type Upgradable = HTMLElement & { updateComplete?: Promise<unknown> };

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

async function waitFor<T>(check: () => T | undefined | null | false, what: string, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function frame(setup: (frame: HTMLIFrameElement) => void): Promise<HTMLIFrameElement> {
  const el = document.createElement('iframe');
  el.style.width = '1000px';
  el.style.height = '700px';
  const loaded = new Promise((resolve) => el.addEventListener('load', resolve, { once: true }));
  setup(el);
  document.body.append(el);
  frames.push(el);
  await loaded;
  return el;
}

/** The builder in a frame, with a record of every CSP violation it causes. */
async function openBuilder(query = '') {
  const violations: string[] = [];
  const el = await frame((f) => {
    f.src = `/demo/builder.html?csp=builder${query}`;
  });
  const doc = el.contentDocument!;
  doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  await waitFor(() => doc.documentElement.dataset.builder === 'ready', 'the builder to start');
  const snippet = doc.getElementById('snippet') as HTMLTextAreaElement;
  const ready = () => waitFor(() => snippet.dataset.state === 'ready' && snippet.value, 'the code');
  /** Set a form control as a person would, firing the input event the builder listens to. */
  const set = async (id: string, value: string | boolean) => {
    const input = doc.getElementById(id) as HTMLInputElement;
    if (typeof value === 'boolean') input.checked = value;
    else input.value = value;
    input.dispatchEvent(new Event(input.tagName === 'SELECT' && id === 'tag' ? 'change' : 'input', { bubbles: true }));
    return ready();
  };
  await ready();
  return { doc, snippet, set, violations, ready };
}

/** Paste `code` into a blank page (the CDN address pointed at this build), as the only content. */
async function pasteIntoBlankPage(code: string, scripts = true): Promise<HTMLIFrameElement> {
  const local = code.replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/ypsi-widgets@[\d.]+\/cdn\//g, '/cdn/');
  return frame((f) => {
    if (!scripts) f.setAttribute('sandbox', 'allow-same-origin');
    f.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body>${local}</body></html>`;
  });
}

describe('the embed builder', () => {
  it('offers every documented widget, with option controls made from custom-elements.json', async () => {
    const { doc, violations } = await openBuilder();
    const offered = [...doc.querySelectorAll<HTMLOptionElement>('#tag option')].map((o) => o.value);
    for (const tag of offered) expect(TAGS as readonly string[]).to.include(tag);
    expect(offered).to.include('helpline-card');
    expect((doc.getElementById('tag') as HTMLSelectElement).value).to.equal('helpline-card');
    // service is a choice list taken from its union type; compact is a checkbox; no internal state.
    const service = doc.getElementById('opt-service') as HTMLSelectElement;
    expect([...service.options].map((o) => o.value)).to.include.members(['childline', 'shout', 'nspcc']);
    expect((doc.getElementById('opt-compact') as HTMLInputElement).type).to.equal('checkbox');
    expect(doc.getElementById('opt-announcement')).to.equal(null);
    // Every control has a label in words (not the attribute name), its description and its error line.
    for (const input of doc.querySelectorAll('#options [data-attribute]')) {
      const label = input.localName === 'fieldset' ? input.querySelector('legend') : doc.querySelector(`label[for="${input.id}"]`);
      expect(label, input.id).to.exist;
      expect(input.getAttribute('aria-describedby')).to.equal(`${input.id}-hint ${input.id}-error`);
    }
    const label = (id: string) => doc.querySelector(`label[for="${id}"]`)!.textContent;
    expect(label('opt-heading-level')).to.equal('Heading level');
    expect(label('opt-text-number')).to.equal('Number to text');
    expect(label('opt-url')).to.equal('Website');
    expect(violations).to.deep.equal([]);
    // The control: the strict CSP really is on, so the empty list above means something.
    doc.body.setAttribute('style', 'color: red');
    await waitFor(() => violations.length, 'the control violation');
    expect(violations[0]).to.match(/^style-src/);
  });

  it('an editor picks Shout, compact, and sees it live and in the code', async () => {
    const { doc, snippet, set, violations } = await openBuilder();
    await set('opt-service', 'shout');
    const code = await set('opt-compact', true);
    expect(code).to.match(/^<link rel="stylesheet" href="https:\/\/cdn\.jsdelivr\.net\/npm\/ypsi-widgets@[\d.]+\/cdn\/ypsi-widgets\.css">\n/);
    expect(code).to.contain('<script type="module" src="https://cdn.jsdelivr.net/npm/ypsi-widgets@');
    expect(code).to.contain('<helpline-card service="shout" compact></helpline-card>');
    const live = doc.querySelector<Upgradable>('#preview helpline-card')!;
    await live.updateComplete;
    expect(live.getAttribute('service')).to.equal('shout');
    expect(visibleText(live)).to.contain('85258');
    expect(snippet.readOnly).to.equal(true);
    expect(violations).to.deep.equal([]);
  });

  it('quotes JSON strings so the pasted code still parses, and marks half-typed JSON and leaves it out', async () => {
    const { doc, set } = await openBuilder();
    let code = await set('opt-strings', '{"call": "Ring {number}');
    expect(code).not.to.contain('strings=');
    const field = doc.getElementById('opt-strings')!;
    const error = doc.getElementById('opt-strings-error')!;
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(error.checkVisibility()).to.equal(true);
    expect(error.textContent).to.contain('not valid JSON');
    expect(doc.getElementById('code-hint')!.textContent).to.contain('Left out of the code').and.contain('Your own words');
    code = await set('opt-strings', '{"call": "Ring {number}"}');
    expect(code).to.contain(`strings='{"call": "Ring {number}"}'`);
    expect(field.hasAttribute('aria-invalid')).to.equal(false);
    expect(error.checkVisibility()).to.equal(false);
  });

  it('an exit address that is not https is marked, said why, and never copied', async () => {
    const { doc, set } = await openBuilder();
    await set('tag', 'help-panel');
    let code = await set('opt-exit-url', 'http://example.com');
    expect(code).to.contain('<help-panel></help-panel>');
    expect(code).not.to.contain('example.com');
    const error = doc.getElementById('opt-exit-url-error')!;
    expect(error.checkVisibility()).to.equal(true);
    expect(error.textContent).to.contain('https://');
    expect(doc.getElementById('opt-exit-url')!.getAttribute('aria-invalid')).to.equal('true');
    // The preview shows what is copied: the default exit, not the refused one.
    const live = doc.querySelector<Upgradable>('#preview help-panel')!;
    expect(live.hasAttribute('exit-url')).to.equal(false);
    // The static HTML leaves it out too.
    code = await set('kind-static', true);
    expect(code).not.to.contain('example.com');
    // Fixed, it is copied.
    await set('kind-script', true);
    code = await set('opt-exit-url', 'https://www.google.co.uk');
    expect(code).to.contain('exit-url="https://www.google.co.uk"');
    expect(error.checkVisibility()).to.equal(false);
  });

  it('a phone number the card cannot dial is marked and left out', async () => {
    const { doc, set } = await openBuilder();
    const code = await set('opt-phone', 'call me');
    expect(code).not.to.contain('phone=');
    expect(doc.getElementById('opt-phone-error')!.checkVisibility()).to.equal(true);
  });

  it("law-explainer's sections are ticked from a list and open is a choice, so no misspelt id is copied", async () => {
    const { doc, set } = await openBuilder();
    await set('tag', 'law-explainer');
    const sections = doc.getElementById('opt-sections')!;
    expect(sections.localName).to.equal('fieldset');
    const boxes = [...sections.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(boxes.map((box) => box.value)).to.include.members(['who', 'illegal', 'police', 'myths']);
    // Values come from the manifest's union types, not the description's prose (which names `level` itself).
    const level = doc.getElementById('opt-level') as HTMLSelectElement;
    expect([...level.options].map((o) => o.value)).to.deep.equal(['', 'young', 'teen', 'adult']);
    const open = doc.getElementById('opt-open') as HTMLSelectElement;
    expect(open.localName).to.equal('select');
    expect([...open.options].map((o) => o.value)).to.include.members(['illegal', 'police']);
    for (const box of boxes.filter((b) => b.value === 'illegal' || b.value === 'police')) box.checked = true;
    boxes[0].dispatchEvent(new Event('input', { bubbles: true }));
    const code = await set('opt-open', 'police');
    expect(code).to.match(/<law-explainer sections="(illegal,police|police,illegal)" open="police"><\/law-explainer>/);
  });

  it('at 1280 px the preview of a tall widget never covers the code box', async () => {
    const el = document.createElement('iframe');
    el.style.width = '1280px';
    el.style.height = '800px';
    const loaded = new Promise((resolve) => el.addEventListener('load', resolve, { once: true }));
    el.src = '/demo/builder.html?tag=law-explainer';
    document.body.append(el);
    frames.push(el);
    await loaded;
    const doc = el.contentDocument!;
    await waitFor(() => doc.documentElement.dataset.builder === 'ready', 'the builder to start');
    const level = doc.getElementById('opt-level') as HTMLSelectElement;
    level.value = 'adult';
    level.dispatchEvent(new Event('input', { bubbles: true }));
    await waitFor(() => (doc.getElementById('snippet') as HTMLTextAreaElement).value.includes('adult'), 'the code');
    const code = doc.getElementById('snippet')!;
    const preview = doc.querySelector('.builder-preview')!;
    // Scrolled so the code box is in view, as an editor about to copy it would be.
    code.scrollIntoView({ block: 'center' });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const a = code.getBoundingClientRect();
    const b = preview.getBoundingClientRect();
    const overlap = Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
    expect(b.height, 'a tall widget').to.be.greaterThan(500);
    expect(overlap, 'pixels of the code box under the preview').to.equal(0);
    // And the code box is what is on top at its centre.
    const top = doc.elementFromPoint(a.left + a.width / 2, a.top + a.height / 2);
    expect(top).to.equal(code);
  });

  for (const tag of TAGS) {
    it(`the code for ${tag} works when pasted into a blank page`, async () => {
      const { doc, set } = await openBuilder();
      if (![...doc.querySelectorAll<HTMLOptionElement>('#tag option')].some((o) => o.value === tag)) return;
      const code = await set('tag', tag);
      const page = await pasteIntoBlankPage(code);
      const win = page.contentWindow!;
      await waitFor(() => win.customElements.get(tag), `${tag} to be defined in the pasted page`);
      const el = page.contentDocument!.querySelector<Upgradable>(tag)!;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="fallback"]'), 'not the fallback').to.equal(null);
      expect(visibleText(el).length).to.be.greaterThan(40);
    });
  }

  it('the static HTML option gives code that shows the widget in a page with no script', async () => {
    const { set, violations } = await openBuilder();
    await set('opt-service', 'samaritans');
    const code = await set('kind-static', true);
    expect(code).to.contain('<template shadowroot="open" shadowrootmode="open">');
    const page = await pasteIntoBlankPage(code, false);
    const el = page.contentDocument!.querySelector('helpline-card')!;
    expect(page.contentWindow!.customElements.get('helpline-card')).to.equal(undefined);
    expect(el.shadowRoot, 'the declarative shadow root').to.exist;
    expect(visibleText(el)).to.contain('Call 116 123');
    expect(page.contentWindow!.getComputedStyle(el).display).to.equal('block');
    expect(violations).to.deep.equal([]);
  });

  it('static HTML for several options at once, free text too, is made in the browser: no command, no Node', async () => {
    const { doc, set, violations } = await openBuilder();
    await set('opt-service', '');
    await set('opt-name', 'School nurse');
    await set('opt-phone', '020 7946 0000');
    await set('opt-compact', true);
    const code = await set('kind-static', true);
    expect(code).to.match(/^<!-- Static HTML of helpline-card \(name="School nurse" phone="020 7946 0000" compact\), made by ypsi-widgets/);
    expect(code).to.contain('name="School nurse"').and.contain('compact');
    const hint = doc.getElementById('code-hint')!.textContent!;
    for (const text of [code, hint, doc.body.innerText]) expect(text).not.to.match(/\bnpx\b|terminal|Node\.js/);
    // The same code the render command prints for these options.
    const params = new URLSearchParams({ tag: 'helpline-card' });
    for (const attr of ['name=School nurse', 'phone=020 7946 0000', 'compact']) params.append('attr', attr);
    const command = (await (await fetch(`/__static-raw?${params}`)).json()) as { stdout: string };
    expect(code).to.equal(command.stdout.trim());
    const page = await pasteIntoBlankPage(code, false);
    const el = page.contentDocument!.querySelector('helpline-card')!;
    expect(visibleText(el)).to.contain('School nurse').and.contain('Call 020 7946 0000');
    expect(violations).to.deep.equal([]);
  });

  it('plain HTML, for an editor that strips styles and tags, keeps the quick exit as a plain link first', async () => {
    const { doc, set, violations } = await openBuilder();
    await set('tag', 'help-panel');
    await set('opt-exit-url', 'https://www.google.co.uk');
    const code = await set('kind-plain', true);
    expect(code).to.match(/^<!-- ypsi-widgets [\d.]+: help-panel \(exit-url="https:\/\/www\.google\.co\.uk"\) as plain HTML/);
    expect(code).not.to.match(/<style|<template|<help-panel|\spart=/);
    expect(doc.getElementById('code-hint')!.textContent).to.contain('removes styles and unknown tags');
    const page = await pasteIntoBlankPage(code, false);
    const first = page.contentDocument!.querySelector('a')!;
    expect(first.textContent).to.equal('Exit this page');
    expect(first.getAttribute('href')).to.equal('https://www.google.co.uk');
    expect(page.contentDocument!.querySelector('a[href="tel:+448001111"]')).to.exist;
    expect(violations).to.deep.equal([]);
  });

  it('asks the server for nothing it does not have: every request the builder makes succeeds', async () => {
    const { doc, set } = await openBuilder();
    await set('kind-static', true);
    await set('kind-plain', true);
    const entries = doc.defaultView!.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    expect(entries.map((entry) => entry.name)).to.include(new URL('/demo/build/render-worker.js', location.href).href);
    expect(entries.filter((entry) => entry.responseStatus >= 400).map((entry) => `${entry.responseStatus} ${entry.name}`)).to.deep.equal([]);
  });

  it('Copy code says what happened, in a status region', async () => {
    const { doc, snippet } = await openBuilder();
    const status = doc.getElementById('copy-status')!;
    expect(status.getAttribute('role')).to.equal('status');
    (doc.getElementById('copy') as HTMLButtonElement).click();
    const said = await waitFor(() => status.textContent, 'the copy announcement');
    // Headless Chromium may refuse the clipboard: then the code is selected for Ctrl+C instead.
    if (said.startsWith("Couldn't")) {
      expect(snippet.selectionEnd - snippet.selectionStart).to.equal(snippet.value.length);
    } else {
      expect(said).to.equal('Code copied. Paste it into your page.');
    }
  });
});
