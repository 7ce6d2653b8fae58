/**
 * On a real page the widgets' shadow roots are closed, so the host page's scripts cannot read what a
 * child is shown. (The rest of the suite opens them with the test-only switch; these pages do not.)
 *
 * Every way into a closed root that Lit or the platform could leave open is tried the way a page's own script would: every
 * property and getter of every widget (own, inherited and symbol-keyed, three levels down), every
 * method a widget's classes define, `renderRoot`, Lit's parts and `attachInternals()`. The test keeps
 * its own reference to each closed root (wrapping attachShadow in the page before the bundle loads, in
 * this file's realm) only to press buttons as a child would and to know which nodes are inside.
 */
import { expect } from '@open-wc/testing';
import { SITUATION_IDS } from '../../src/content/situations.js';
import '../../src/helpline-card/define.js';
import { closePages, openPage, settle, type HostPage } from './frame.js';

afterEach(closePages);

const TAGS = ['helpline-card', 'help-panel', 'law-explainer', 'consequences-timeline'];

describe('closed shadow roots on a host page', () => {
  it('every widget renders, and the host page gets no shadowRoot to read', async () => {
    const page = await openPage('/tests/pages/privacy.html', { width: 800, height: 600 });
    await page.win.customElements.whenDefined('consequences-timeline');
    for (const tag of TAGS) {
      const el = page.doc.querySelector(tag)!;
      await settle(el);
      expect(el.shadowRoot, `<${tag}>.shadowRoot`).to.equal(null);
      // Still shown: a widget that rendered into its closed root has a box with height.
      expect(el.getBoundingClientRect().height, `<${tag}> has rendered`).to.be.greaterThan(40);
    }
    expect(page.record.errors).to.deep.equal([]);
    expect(page.record.warnings).to.deep.equal([]);
  });

  it('the test-only switch opens them for this suite', () => {
    const el = document.createElement('helpline-card');
    el.setAttribute('service', 'childline');
    document.body.append(el);
    expect(el.shadowRoot, 'opened by src/testing.ts, loaded before every test file').to.not.equal(null);
    el.remove();
  });
});

// ---- a host page with the shipped bundle, and the test's own way in ---------------------------------

interface Widgets {
  page: HostPage;
  /** Every closed root the bundle attached (nested cards' too), in the test's hands only. */
  roots: Set<ShadowRoot>;
  rootOf: (host: Element) => ShadowRoot;
  widgets: HTMLElement[];
}

async function shippedBundle(): Promise<Widgets> {
  const page = await openPage('/tests/pages/closed-roots.html', { width: 800, height: 900 });
  const roots = new Set<ShadowRoot>();
  const byHost = new WeakMap<Element, ShadowRoot>();
  const proto = page.win.Element.prototype;
  const attach = proto.attachShadow;
  proto.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.add(root);
    byHost.set(this, root);
    return root;
  };
  const script = page.doc.createElement('script');
  script.type = 'module';
  script.src = '/cdn/ypsi-widgets.js?closed-roots';
  page.doc.head.append(script);
  // The wrapper stays, for the cards a choice brings: a page's walk finds the function, never its closure.
  await page.win.customElements.whenDefined('consequences-timeline');
  const widgets = TAGS.map((tag) => page.doc.querySelector<HTMLElement>(tag)!);
  for (const el of widgets) await settle(el);
  const rootOf = (host: Element) => {
    const root = byHost.get(host);
    expect(root, `the test's own reference to <${host.localName}>'s root`).to.exist;
    return root!;
  };
  return { page, roots, rootOf, widgets };
}

/** Settle a widget and every card inside it. */
async function settleAll({ rootOf }: Widgets, el: Element): Promise<void> {
  await settle(el);
  for (const card of rootOf(el).querySelectorAll('helpline-card')) await settle(card);
}

/** The child's choices, with the mouse: a situation, a law section, a myth answer, a step in the timeline. */
async function childChooses(w: Widgets): Promise<void> {
  const [, panel, explainer, timeline] = w.widgets;
  const buttons = (el: Element, selector: string) => [...w.rootOf(el).querySelectorAll<HTMLButtonElement>(selector)];
  const sextortion = buttons(panel, '[part~="choice"]').find((b) => /threatening to share my image/i.test(b.textContent!));
  expect(sextortion, 'the choice "Someone is threatening to share my image"').to.exist;
  sextortion!.click();
  await settleAll(w, panel);
  expect(w.rootOf(panel).querySelector('[aria-pressed="true"]')!.textContent).to.match(/threatening/i);

  const toggle = buttons(explainer, '[part~="toggle"]')[1];
  toggle.click();
  await settle(explainer);
  expect(toggle.getAttribute('aria-expanded'), 'a law section opened').to.equal('true');
  buttons(explainer, '[part~="toggle"]').find((b) => /myth/i.test(b.textContent!))?.click();
  await settle(explainer);
  buttons(explainer, '[part~="choice"]')[0]?.click();
  await settle(explainer);

  buttons(timeline, '[part~="next"]')[0].click();
  await settle(timeline);
  expect(w.rootOf(timeline).querySelector('[aria-current="step"]')!.getAttribute('data-stage'), 'the timeline moved on').to.equal('hours');
}

/** Everything the page's script can reach from `starts`, `depth` steps down. */
function reachable(win: Window, starts: object[], depth = 3): { value: unknown; path: string }[] {
  const found: { value: unknown; path: string }[] = [];
  const expanded = new Set<unknown>();
  const queue = starts.map((value) => ({ value: value as unknown, path: `<${(value as Element).localName}>`, level: 0 }));
  const toString = Object.prototype.toString;
  while (queue.length) {
    const { value, path, level } = queue.shift()!;
    found.push({ value, path });
    if (level >= depth || value === null || (typeof value !== 'object' && typeof value !== 'function') || expanded.has(value)) continue;
    expanded.add(value);
    const next = (child: unknown, key: string) => queue.push({ value: child, path: `${path}.${key}`, level: level + 1 });
    // Own and inherited, string- and symbol-keyed: each getter is called on the object itself.
    for (let owner: object | null = value; owner; owner = Object.getPrototypeOf(owner)) {
      for (const key of Reflect.ownKeys(owner)) {
        try {
          next(Reflect.get(owner, key, value), String(key));
        } catch {
          /* a getter that refuses this object (an Illegal invocation) gives nothing */
        }
      }
    }
    // What a Map or a Set holds is not a property: read its entries too (Lit keeps controllers in one).
    const kind = toString.call(value);
    try {
      if (kind === '[object Map]') for (const [k, v] of (win as unknown as typeof globalThis).Map.prototype.entries.call(value)) next(k, 'key'), next(v, `get(${String(k)})`);
      if (kind === '[object Set]') for (const v of (win as unknown as typeof globalThis).Set.prototype.values.call(value)) next(v, 'has');
    } catch {
      /* not iterable after all */
    }
  }
  return found;
}

/** Whether `value` is a node inside one of the widgets' roots (or a root itself). */
function insideAWidget(win: Window, roots: Set<ShadowRoot>, value: unknown): boolean {
  const { Node, ShadowRoot } = win as unknown as typeof globalThis;
  if (!(value instanceof Node)) return false;
  let root: Node;
  try {
    root = value.getRootNode();
  } catch {
    return false; // a prototype (Node.prototype itself), not a node
  }
  for (; ; root = (root as ShadowRoot).host.getRootNode()) {
    if (roots.has(root as ShadowRoot)) return true;
    if (!(root instanceof ShadowRoot)) return false;
  }
}

/** The lines of text the widgets show (every closed root, nested cards too), 12 characters or longer. */
function shownLines(w: Widgets): Set<string> {
  const lines = new Set<string>();
  for (const root of w.roots) {
    const walker = w.page.doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const line = node.textContent!.replace(/\s+/g, ' ').trim();
      if (line.length >= 12) lines.add(line);
    }
  }
  return lines;
}

/** Wait for `promise`, but not for ever: Lit's own promises may wait for an update nobody asks for. */
const atMost = (promise: unknown, ms = 200) => Promise.race([promise, new Promise((resolve) => setTimeout(resolve, ms))]);

/**
 * Call every method the widgets' classes define (Lit's ReactiveElement's too), on each widget, with no
 * arguments, as a page's script could, and walk what each returns. Lifecycle callbacks and controller
 * registration are left out: they change the element rather than read it.
 */
async function callEveryMethod(w: Widgets): Promise<{ called: string[]; found: { value: unknown; path: string }[] }> {
  const skip = new Set(['constructor', 'connectedCallback', 'disconnectedCallback', 'attributeChangedCallback', 'addController', 'removeController']);
  const HTMLElementProto = (w.page.win as unknown as typeof globalThis).HTMLElement.prototype;
  const results: object[] = [];
  const called: string[] = [];
  for (const el of w.widgets) {
    for (let owner = Object.getPrototypeOf(el); owner && owner !== HTMLElementProto; owner = Object.getPrototypeOf(owner)) {
      for (const key of Reflect.ownKeys(owner)) {
        const method = Object.getOwnPropertyDescriptor(owner, key)?.value;
        if (typeof method !== 'function' || skip.has(String(key))) continue;
        called.push(`<${el.localName}>.${String(key)}()`);

        try {
          let result: unknown = method.call(el);
          if (result && typeof (result as Promise<unknown>).then === 'function') result = await atMost(result);
          // A method that returns the element itself (createRenderRoot) gives what the walk above already covers.
          if (!w.widgets.includes(result as HTMLElement)) results.push({ [String(key)]: result });
        } catch {
          /* a method that refuses to run without its arguments gives nothing */
        }
      }
    }
    await atMost((el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete);
  }
  return { called, found: reachable(w.page.win, results) };
}

const strings = (found: { value: unknown }[]) => new Set(found.map((f) => f.value).filter((v): v is string => typeof v === 'string'));

describe('no way into a closed root from the host page', () => {
  it('after a child chooses, every property and getter of every widget, three levels down, reaches no node inside and no situation', async function () {
    this.timeout(60_000);
    const w = await shippedBundle();
    const before = strings(reachable(w.page.win, w.widgets));
    const shownBefore = shownLines(w);
    await childChooses(w);
    // The string tables hold every situation's words, so it is what becomes reachable that must be nothing.
    expect([...shownLines(w)].some((line) => !shownBefore.has(line) && /blackmail/i.test(line)), 'the sextortion steps are on screen').to.be.true;

    const after = reachable(w.page.win, w.widgets);
    const into = after.filter(({ value }) => insideAWidget(w.page.win, w.roots, value)).map(({ path }) => path);
    expect(into, 'paths from a widget to a node inside a closed root').to.deep.equal([]);
    const ids = after.filter(({ value }) => typeof value === 'string' && (SITUATION_IDS as readonly string[]).includes(value.trim().toLowerCase()));
    expect(ids.map(({ path }) => path), 'paths to a situation id').to.deep.equal([]);
    // Nothing the page can reach tells it more after the child's choices than before them.
    // (document.lastModified is the clock's time when the server sends no date: the page's, not ours.)
    const learnt = after
      .filter(({ value, path }) => typeof value === 'string' && !before.has(value) && !path.endsWith('.lastModified'))
      .map(({ value, path }) => `${path}: ${String(value).slice(0, 60)}`);
    expect(learnt, 'text reachable only after the child chose').to.deep.equal([]);
    // The walk really walked: it reached the page's own document and the widgets' public members.
    expect(after.some(({ value }) => value === w.page.doc)).to.be.true;
    expect(after.some(({ path }) => path.endsWith('.headingLevel'))).to.be.true;
  });

  it('no method of a widget, called with nothing after a child chose, hands back a node inside or what the child was shown', async function () {
    this.timeout(60_000);
    const w = await shippedBundle();
    const shownBefore = shownLines(w);
    await childChooses(w);
    // What the choices brought on screen: the sextortion steps, the open law section, the next stage.
    const secrets = [...shownLines(w)].filter((line) => !shownBefore.has(line));
    expect(secrets.some((line) => /blackmail/i.test(line)), 'the sextortion steps are on screen').to.be.true;
    const { called, found } = await callEveryMethod(w);
    expect(called, 'the widgets\u2019 own methods were called').to.include('<help-panel>.render()');
    const into = found.filter(({ value }) => insideAWidget(w.page.win, w.roots, value)).map(({ path }) => path);
    expect(into, 'a method result that holds a node inside').to.deep.equal([]);
    const told = found.filter(({ value }) => typeof value === 'string' && secrets.some((secret) => value.includes(secret)));
    expect(told.map(({ path }) => path), 'what the child was shown, handed back by a method').to.deep.equal([]);
  });

  it('renderRoot is the element, Lit keeps no part in public view, and attachInternals() is refused', async () => {
    const w = await shippedBundle();
    await childChooses(w);
    for (const el of w.widgets) {
      const lit = el as HTMLElement & { renderRoot?: unknown; renderOptions?: unknown; render?: () => unknown };
      expect(lit.renderRoot, `<${el.localName}>.renderRoot`).to.equal(el);
      expect(lit.renderOptions, `<${el.localName}>.renderOptions`).to.equal(undefined);
      expect(() => el.attachInternals(), `<${el.localName}>.attachInternals()`).to.throw();
      expect((el as unknown as { renderContent?: unknown }).renderContent, 'the template method').to.equal(undefined);
      // What render() gives in a browser is Lit's "nothing", not a template.
      expect(typeof lit.render?.()).to.equal('symbol');
    }
    expect(w.page.record.errors).to.deep.equal([]);
  });
});

describe('no reader action writes outside the shadow roots', () => {
  it('every button, toggle and key a reader can use changes no attribute on any widget and nothing else in the page', async function () {
    this.timeout(60_000);
    const w = await shippedBundle();
    const seen: MutationRecord[] = [];
    const observer = new w.page.win.MutationObserver((records) => seen.push(...records));
    observer.observe(w.page.doc, { subtree: true, attributes: true, childList: true, characterData: true });
    const attributesBefore = w.widgets.map((el) => el.getAttributeNames().map((name) => `${name}=${el.getAttribute(name)}`));

    await childChooses(w);
    // Then everything else a reader can press, in every widget and in the cards inside the panel,
    // twice (on and off again). The quick exit is a link, and leaving is not a reader's choice here.
    const pressed: string[] = [];
    const pressAll = async (host: Element) => {
      const root = w.rootOf(host);
      for (const round of [1, 2]) {
        for (const control of root.querySelectorAll<HTMLElement>('button, summary')) {
          if (!control.isConnected) continue;
          control.click();
          await settle(host);
          if (round === 1) pressed.push(`<${host.localName}> ${control.textContent!.trim().slice(0, 30)}`);
        }
      }
      for (const key of ['ArrowRight', 'ArrowLeft', 'End', 'Home']) {
        root.querySelector('[part~="stages"]')?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
        await settle(host);
      }
      for (const card of root.querySelectorAll('helpline-card')) await pressAll(card);
    };
    for (const el of w.widgets) await pressAll(el);
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(pressed.some((p) => p.includes('Show all stages')), 'Show all stages was pressed').to.be.true;
    expect(pressed.some((p) => p.includes('Copy number')), 'a card\u2019s Copy number was pressed').to.be.true;
    const outside = seen.map((r) => `${r.type} on <${(r.target as Element).localName ?? r.target.nodeName}> ${r.attributeName ?? ''}`);
    expect(outside, 'changes the reader made outside the shadow roots').to.deep.equal([]);
    expect(w.widgets.map((el) => el.getAttributeNames().map((name) => `${name}=${el.getAttribute(name)}`))).to.deep.equal(attributesBefore);
    expect(w.page.record.errors).to.deep.equal([]);
    observer.disconnect();
  });
});
