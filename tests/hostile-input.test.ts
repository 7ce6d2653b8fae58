/**
 * Hostile input, for every element: a web editor, a CMS or an attacker who controls an attribute, a
 * property (of any type: numbers, objects, booleans, null, Symbols, arrays, functions), a content
 * override or the slotted text must never break the page, blank the widget, produce a link other than
 * https/tel/sms/mailto, or run script; and no such value may make a widget show its fallback line or
 * fail to render unless nothing valid is left (a card with neither a known service nor a name).
 *
 * Generic over the four tags: the fuzz walks every row of each element's own table of inputs (its
 * attributes, properties and valid values, the same table the element reads and the manifest is
 * written from), with slots from custom-elements.json; a tag that is not defined yet is skipped. One element per tag is reused across the cases, so
 * 1,000 cases per element stay cheap.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/ypsi-widgets.js';
import { setStrings } from '../src/core/strings.js';
import { hasVisibleText } from '../src/core/visible-text.js';
import { SERVICE_IDS } from '../src/content/services.js';
import { TAGS } from './support/examples/index.js';
import { XSS_PAYLOADS } from './support/xss-payloads.js';
import { warningsDuring } from './support/helpers.js';
import { loadManifest, surfaceOf as manifestSurfaceOf, type Surface } from './support/element-surface.js';
import { ELEMENT_INPUTS } from '../src/element-inputs.js';
import { page, problems } from './support/render-checks.js';

const RUNS = 1000;

type Widget = HTMLElement & { updateComplete?: Promise<unknown>; defaultStrings?: Record<string, string> };

before(loadManifest);

/**
 * What the fuzz sets on `tag`: every row of its table (an attribute unless it is a property only),
 * each row's values as an attribute writes them, and its slots from the manifest.
 */
function surfaceOf(tag: string): Surface {
  const table = ELEMENT_INPUTS[tag as keyof typeof ELEMENT_INPUTS];
  const rows = Object.entries(table);
  return {
    attributes: rows.filter(([, row]) => !row.propertyOnly).map(([, row]) => row.attribute),
    properties: rows.map(([property]) => property),
    slots: manifestSurfaceOf(tag).slots,
    valid: Object.fromEntries(rows.map(([, row]) => [row.attribute, (row.values ?? []).map(String)])),
    attributeOf: Object.fromEntries(rows.map(([property, row]) => [property, row.attribute])),
  };
}

// Page-wide strings a CMS can paste as data (read when the first widget connects): one hostile block
// and one that is not JSON. Made with the DOM as data blocks, so the test itself never runs them; the
// first widget connects here, so what it tells a web editor about them is read by a test below.
let pageWideWarnings: string[] = [];
before(async () => {
  for (const text of [
    '{"__proto__":{"polluted":"yes"},"fallback":"<img src=x onerror=__xss()><script>__xss()</script>"}',
    `{<script>__xss()</script>`,
  ]) {
    const block = document.createElement('script');
    block.type = 'application/json';
    block.setAttribute('data-ypsi-strings', '');
    block.textContent = text;
    document.head.append(block);
  }
  const first = document.createElement('helpline-card') as unknown as Widget;
  first.setAttribute('service', 'childline');
  pageWideWarnings = await warningsDuring(async () => {
    document.body.append(first);
    await first.updateComplete;
    // Page-wide keys are checked against every widget once this round of renders is over.
    await new Promise((done) => setTimeout(done, 20));
  });
  first.remove();
});

describe('page-wide strings pasted as data blocks', () => {
  it('a block that is not JSON, and a "__proto__" key, are named in the console and not used', () => {
    const said = pageWideWarnings.join('\n');
    expect(said).to.match(/data-ypsi-strings> block is not valid JSON/);
    expect(said).to.match(/unknown key "__proto__"/);
    expect(Object.prototype).not.to.have.property('polluted');
  });
});

// ---- arbitraries -------------------------------------------------------------------------------

const payload = fc.constantFrom(...XSS_PAYLOADS);

/** An object of string overrides: real keys with hostile values, and hostile keys. */
const hostileObject = (keys: string[]) =>
  fc.dictionary(
    fc.oneof(fc.constantFrom(...keys, '__proto__', 'constructor', 'toString'), fc.string({ maxLength: 12 })),
    fc.oneof(payload, fc.string(), fc.constant(''), fc.integer(), fc.constant(null), fc.array(payload, { maxLength: 2 })),
    { maxKeys: 6 },
  );

/** Any attribute value: random text, a payload, a valid value, JSON, or an edge case. */
const attributeValue = (valid: string[], keys: string[]) =>
  fc.oneof(
    { weight: 3, arbitrary: payload },
    { weight: 2, arbitrary: fc.string({ maxLength: 80 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 2, arbitrary: valid.length ? fc.constantFrom(...valid) : fc.constant('') },
    // Lists of valid values, for attributes that take a comma list (sections="who,myths").
    { weight: 1, arbitrary: valid.length ? fc.array(fc.constantFrom(...valid), { maxLength: 4 }).map((v) => v.join(',')) : fc.constant('') },
    { weight: 1, arbitrary: hostileObject(keys).map((o) => JSON.stringify(o)) },
    { weight: 1, arbitrary: fc.json({ maxDepth: 2 }) },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n\t', '0', '1', '2', '4', '7', '2.5', '-0', 'true', 'false', 'null') },
  );

/** A value whose conversion to text throws: host code can pass anything. */
const throwsOnText = () => ({ toString: () => { throw new Error('toString'); }, valueOf: () => { throw new Error('valueOf'); } });

/** Any property value, including types an attribute can never carry. */
const propertyValue = (keys: string[], valid: string[]) =>
  fc.oneof(
    payload,
    fc.string(),
    valid.length ? fc.constantFrom(...valid) : fc.constant(''),
    fc.oneof(fc.integer({ min: -2, max: 8 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined)),
    fc.constantFrom(NaN, Infinity, -0, 10n, new Date(NaN), new Date(0), Symbol('x'), () => 'fn', Object.create(null), new Map(), /x/),
    hostileObject(keys),
    fc.array(fc.oneof(payload, fc.integer()), { maxLength: 3 }),
    fc.constant(throwsOnText()),
  );

interface Case {
  attributes: Record<string, string>;
  properties: Record<string, unknown>;
  slotted: { slot: string; text: string }[];
}

function caseFor(surface: Surface, keys: string[]): fc.Arbitrary<Case> {
  const attributes = fc.record(
    Object.fromEntries(surface.attributes.map((name) => [name, attributeValue(surface.valid[name] ?? [], keys)])),
    { requiredKeys: [] },
  ) as fc.Arbitrary<Record<string, string>>;
  const properties = fc.oneof(
    { weight: 4, arbitrary: fc.constant({}) },
    {
      weight: 2,
      arbitrary: fc.record(
        Object.fromEntries(surface.properties.map((name) => [name, propertyValue(keys, surface.valid[attributeOf(surface, name)] ?? [])])),
        { requiredKeys: [] },
      ) as fc.Arbitrary<Record<string, unknown>>,
    },
  );
  const slotted = fc.array(
    fc.record({ slot: fc.constantFrom('', ...surface.slots), text: fc.oneof(payload, fc.string({ maxLength: 60 })) }),
    { maxLength: surface.slots.length ? 3 : 0 },
  );
  return fc.record({ attributes, properties, slotted });
}

// ---- applying a case and checking what rendered -------------------------------------------------

function apply(el: Widget, surface: Surface, c: Case): void {
  for (const name of [...el.getAttributeNames()]) el.removeAttribute(name);
  for (const name of surface.properties) (el as unknown as Record<string, unknown>)[name] = undefined;
  for (const name of surface.attributes) {
    // A property set by an earlier case would otherwise shadow the attribute.
    if (name in c.attributes) el.setAttribute(name, c.attributes[name]);
  }
  for (const [name, value] of Object.entries(c.properties)) (el as unknown as Record<string, unknown>)[name] = value;
  el.replaceChildren();
  for (const { slot, text } of c.slotted) {
    // Slotted content is text a CMS put there: set as text, so the test itself never parses HTML.
    const span = document.createElement('span');
    if (slot) span.slot = slot;
    span.textContent = text;
    el.append(span, document.createTextNode(text));
  }
}

async function settle(el: Widget): Promise<void> {
  // Twice: an element may request a second update from `updated` (focus, announcements).
  await el.updateComplete;
  await el.updateComplete;
}

/** The warnings since the last `takeWarnings()`: hostile input rightly warns thousands of times. */
let heard: string[] = [];
const takeWarnings = (): string[] => heard.splice(0);

/** Run `body` with console.warn kept off the test's output but written down, so each case can read its own. */
async function quietly<T>(body: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  heard = [];
  console.warn = (...args: unknown[]) => {
    heard.push(args.map(String).join(' '));
  };
  try {
    return await body();
  } finally {
    console.warn = warn;
  }
}

/** The attribute a reactive property is set from (as warnings name it). */
function attributeOf(surface: Surface, property: string): string {
  return surface.attributeOf[property] ?? property.toLowerCase();
}

/**
 * Whether a card has anything valid left to show: a built-in service's id or a visible name, as an
 * attribute or as a string property. Without either it rightly shows the fallback line (a card with
 * only a phone number that is not valid has nothing to show).
 */
function cardHasSomething(el: Widget): boolean {
  const card = el as unknown as { service?: unknown; name?: unknown };
  const known = (value: unknown) => typeof value === 'string' && SERVICE_IDS.includes(value.trim().toLowerCase() as never);
  const named = (value: unknown) => typeof value === 'string' && hasVisibleText(value);
  return known(card.service) || named(card.name);
}

/**
 * What is wrong beyond the render checks: a fallback line where something valid was left, or a
 * render error (the element's own "could not render" / "could not update" warning).
 */
function fallbackOrError(el: Widget, warnings: string[]): string {
  const failed = warnings.find((line) => /could not (render|update)/.test(line));
  if (failed) return `render error: ${failed.slice(0, 160)}`;
  const fellBack = !!el.shadowRoot?.querySelector('[part~="fallback"]');
  const nested = [...(el.shadowRoot?.querySelectorAll('helpline-card') ?? [])].some((card) => card.shadowRoot?.querySelector('[part~="fallback"]'));
  if (nested) return 'a card inside shows its fallback line';
  const isCard = el instanceof (customElements.get('helpline-card') as CustomElementConstructor);
  if (fellBack && !(isCard && !cardHasSomething(el))) return 'shows its fallback line, though something valid was set';
  return '';
}

function defaultKeys(el: Widget): string[] {
  try {
    return Object.keys(el.defaultStrings ?? {});
  } catch {
    return [];
  }
}

// ---- the suites --------------------------------------------------------------------------------

for (const tag of TAGS) {
  describe(`<${tag}> under hostile input`, function () {
    this.timeout(120_000);

    beforeEach(function () {
      if (!customElements.get(tag)) this.skip();
      page.xss = 0;
      page.errors = [];
    });

    it(`a web editor pastes ${RUNS} random and hostile attribute sets, overrides and slotted text into one ${tag}: it never throws, blanks, links unsafely or runs script`, async () => {
      const el = document.createElement(tag) as unknown as Widget;
      // A card made bare has no service yet: its warning is expected here, not news for the log.
      await quietly(async () => {
        document.body.append(el);
        await settle(el);
      });
      const surface = surfaceOf(tag);
      expect(surface.attributes.length, 'attributes found for the fuzz').to.be.greaterThan(0);
      // Every widget has at least heading-level's 2–6 from its table, so the fuzz reaches real states.
      expect(surface.valid['heading-level'], 'heading-level values from the table').to.deep.equal(['2', '3', '4', '5', '6']);
      try {
        await quietly(() =>
          fc.assert(
            fc.asyncProperty(caseFor(surface, defaultKeys(el)), async (c) => {
              takeWarnings();
              apply(el, surface, c);
              await settle(el);
              const wrong = problems(el) || fallbackOrError(el, takeWarnings());
              if (wrong) throw new Error(wrong);
            }),
            { numRuns: RUNS },
          ),
        );
      } finally {
        el.remove();
      }
    });

    it(`a CMS creates 100 fresh ${tag}s with hostile attributes set before they connect`, async () => {
      const surface = surfaceOf(tag);
      const host = document.createElement('div');
      document.body.append(host);
      try {
        await quietly(() =>
          fc.assert(
            fc.asyncProperty(caseFor(surface, []), async (c) => {
              const el = document.createElement(tag) as unknown as Widget;
              takeWarnings();
              apply(el, surface, c);
              host.replaceChildren(el);
              await settle(el);
              const wrong = problems(el) || fallbackOrError(el, takeWarnings());
              if (wrong) throw new Error(wrong);
            }),
            { numRuns: 100 },
          ),
        );
      } finally {
        host.remove();
      }
    });

    it(`every known XSS payload in every attribute and every string of ${tag} stays text`, async () => {
      const el = document.createElement(tag) as unknown as Widget;
      // A card made bare has no service yet: its warning is expected here, not news for the log.
      await quietly(async () => {
        document.body.append(el);
        await settle(el);
      });
      const surface = surfaceOf(tag);
      const keys = defaultKeys(el);
      try {
        await quietly(async () => {
          for (const value of XSS_PAYLOADS) {
            const c: Case = {
              attributes: Object.fromEntries(surface.attributes.map((name) => [name, value])),
              properties: { strings: Object.fromEntries(keys.map((key) => [key, value])) },
              slotted: surface.slots.map((slot) => ({ slot, text: value })),
            };
            takeWarnings();
            apply(el, surface, c);
            await settle(el);
            const wrong = problems(el) || fallbackOrError(el, takeWarnings());
            expect(wrong, `${JSON.stringify(value).slice(0, 60)}: ${wrong}`).to.equal('');
          }
        });
      } finally {
        el.remove();
      }
    });

    it(`page-wide setStrings() with hostile values cannot break ${tag}`, async () => {
      const el = document.createElement(tag) as unknown as Widget;
      // A card made bare has no service yet: its warning is expected here, not news for the log.
      await quietly(async () => {
        document.body.append(el);
        await settle(el);
      });
      const keys = defaultKeys(el);
      try {
        await quietly(async () => {
          for (const value of XSS_PAYLOADS.slice(0, 20)) {
            setStrings(Object.fromEntries(keys.map((key) => [key, value])), tag);
            await settle(el);
            const wrong = problems(el);
            expect(wrong, `${JSON.stringify(value).slice(0, 60)}: ${wrong}`).to.equal('');
          }
        });
      } finally {
        // Put the English back for any suite that runs after this one on the page.
        const english = Object.fromEntries(keys.map((key) => [key, el.defaultStrings?.[key] ?? key]));
        setStrings(english, tag);
        el.remove();
      }
    });
  });
}

describe('the hostile-input checks themselves', () => {
  it('catch a blank render, an unsafe link, an event handler and a script element', () => {
    const el = document.createElement('div') as Widget;
    const root = el.attachShadow({ mode: 'open' });
    document.body.append(el);
    try {
      expect(problems(el)).to.contain('empty render');
      const cases: [string, string][] = [
        ['<a href="javascript:void 0">Call</a>', 'script URL'],
        ['<a href="http://example.org">Call</a>', 'unsafe link'],
        ['<a href="/relative">Call</a>', 'unsafe link'],
        ['<p onclick="void 0">Text</p>', 'event-handler'],
        ['<p>Text</p><iframe></iframe>', 'forbidden element'],
      ];
      for (const [markup, problem] of cases) {
        // Test-owned markup with no payloads: it only proves the checks can fail.
        root.innerHTML = markup;
        expect(problems(el), markup).to.contain(problem);
      }
      root.innerHTML = '<a href="https://example.org">Visit</a> <a href="tel:+448001111">Call</a>';
      expect(problems(el)).to.equal('');
    } finally {
      el.remove();
    }
  });
});

let fresh = 0;

/**
 * A widget under a tag of its own (a subclass, as a host may register one), so its warnings are new
 * lines: the fuzz above has said most lines already, and each is said once per page.
 */
function freshTag(tag: string): string {
  const ctor = customElements.get(tag)! as unknown as new () => HTMLElement;
  const name = `typed-${tag}-${++fresh}`;
  customElements.define(name, class extends ctor {});
  return name;
}

const freshWidget = (tag: string): Widget => document.createElement(freshTag(tag)) as unknown as Widget;


// ---- every property, set to a value of every type ------------------------------------------------

/** One value of each type a framework, a plugin or a script can set a property to. */
const EVERY_TYPE: [string, () => unknown][] = [
  ['5', () => 5],
  ['0', () => 0],
  ['-1', () => -1],
  ['2.5', () => 2.5],
  ['NaN', () => NaN],
  ['10n', () => 10n],
  ['true', () => true],
  ['false', () => false],
  ['null', () => null],
  ['undefined', () => undefined],
  ["''", () => ''],
  ['{}', () => ({})],
  ['an object without a prototype', () => Object.create(null)],
  ['[]', () => []],
  ["['young', 'teen']", () => ['young', 'teen']],
  ['a Symbol', () => Symbol('x')],
  ['a function', () => () => 'fn'],
  ['a Date', () => new Date(0)],
  ['a Map', () => new Map()],
  ['an object whose toString throws', throwsOnText],
];

/** Values no property takes (the `strings` object aside): each must warn, naming its attribute. */
const NEVER_VALID = ['NaN', '10n', '[]', "['young', 'teen']", 'a Symbol', 'a function'];

/** Something valid to start from, so a fallback line can only come from the value under test. */
const VALID_ATTRIBUTES: Record<string, [string, string][]> = { 'helpline-card': [['service', 'childline']] };

for (const tag of TAGS) {
  describe(`<${tag}>'s properties set to values of every type`, function () {
    this.timeout(60_000);

    beforeEach(function () {
      if (!customElements.get(tag)) this.skip();
      page.xss = 0;
      page.errors = [];
    });

    it('each renders what is valid (never the fallback line, never a render error), and a value of the wrong type warns with the attribute and its valid values', async () => {
      const surface = surfaceOf(tag);
      const failures: string[] = [];
      await quietly(async () => {
        for (const property of surface.properties) {
          // A tag of its own for each property, so every warning below is a line not said before.
          const name = freshTag(tag);
          for (const [label, make] of EVERY_TYPE) {
            const el = document.createElement(name) as unknown as Widget;
            for (const [attribute, value] of VALID_ATTRIBUTES[tag] ?? []) el.setAttribute(attribute, value);
            takeWarnings();
            (el as unknown as Record<string, unknown>)[property] = make();
            document.body.append(el);
            await settle(el);
            const warnings = takeWarnings();
            const wrong = problems(el) || fallbackOrError(el, warnings);
            if (wrong) failures.push(`${property} = ${label}: ${wrong}`);
            const attribute = attributeOf(surface, property);
            const named = warnings.some((line) => line.includes(`${attribute}=`) && line.includes('Valid values:'));
            if (NEVER_VALID.includes(label) && !named) failures.push(`${property} = ${label}: no warning naming ${attribute} and its valid values`);
            el.remove();
          }
        }
      });
      expect(failures).to.deep.equal([]);
    });
  });
}

describe('values of the wrong type from a framework or plugin', () => {
  const cases: [string, string, unknown, string][] = [
    ['help-panel', 'situation', 5, 'situation=5 is not valid. Valid values: shared, sextortion'],
    ['help-panel', 'audience', {}, 'audience=[object Object] is not valid. Valid values: young-person, parent, professional'],
  ];
  for (const [tag, property, value, warning] of cases) {
    it(`${tag}.${property} = ${String(value)} warns, shows the panel as if unset, and keeps the quick exit`, async () => {
      const el = freshWidget(tag);
      (el as unknown as Record<string, unknown>)[property] = value;
      const warnings = await quietly(async () => {
        document.body.append(el);
        await settle(el);
        return takeWarnings();
      });
      try {
        expect(warnings.join('\n')).to.contain(warning);
        const root = el.shadowRoot!;
        expect(root.querySelector('[part~="fallback"]'), 'no fallback line').to.equal(null);
        expect(root.querySelector<HTMLAnchorElement>('a[part~="exit"]')?.href, 'the quick exit').to.match(/^https:/);
        expect(root.querySelectorAll('[part~="choice"]').length, 'the choices').to.be.greaterThan(3);
        expect(root.querySelector('[aria-pressed="true"]'), 'none chosen').to.equal(null);
      } finally {
        el.remove();
      }
    });
  }

  it('law-explainer.open = true warns with the section ids and shows the explainer with every section closed', async () => {
    const el = freshWidget('law-explainer');
    (el as unknown as { open: unknown }).open = true;
    const warnings = await quietly(async () => {
      document.body.append(el);
      await settle(el);
      return takeWarnings();
    });
    try {
      expect(warnings.join('\n')).to.contain('open=true is not valid. Valid values: who, what');
      const root = el.shadowRoot!;
      expect(root.querySelector('[part~="fallback"]')).to.equal(null);
      expect(root.querySelectorAll('[part~="toggle"]').length).to.be.greaterThan(3);
      expect(root.querySelectorAll('[part~="toggle"][aria-expanded="true"]').length, 'none opened').to.equal(0);
    } finally {
      el.remove();
    }
  });
});

describe('the fallback check itself', () => {
  it('fails a widget that shows its fallback line while something valid is set, and a render error', async () => {
    const el = document.createElement('helpline-card') as unknown as Widget;
    el.setAttribute('service', 'childline');
    document.body.append(el);
    await settle(el);
    try {
      expect(fallbackOrError(el, [])).to.equal('');
      expect(fallbackOrError(el, ['[ypsi-widgets] <helpline-card>: could not render its content (TypeError)'])).to.contain('render error');
      // Test-owned markup: the fallback line, put where the card's content was.
      el.shadowRoot!.innerHTML = '<p part="fallback">If you need help now, call Childline free on 0800 1111.</p>';
      expect(fallbackOrError(el, [])).to.contain('fallback line');
      const warnings = await warningsDuring(async () => {
        (el as unknown as { service: string }).service = '';
        await settle(el);
      });
      // The test broke the card's markup itself, so the update that follows cannot use it.
      expect(warnings.join('\n')).to.match(/needs a service|could not update/);
      el.shadowRoot!.innerHTML = '<p part="fallback">If you need help now, call Childline free on 0800 1111.</p>';
      expect(fallbackOrError(el, []), 'a card with nothing valid left may show it').to.equal('');
    } finally {
      el.remove();
    }
  });
});

describe('the tables the fuzz walks', () => {
  it('are each element\'s whole contract: its Lit properties are exactly its rows, and none reflects', () => {
    for (const [tag, table] of Object.entries(ELEMENT_INPUTS)) {
      const ctor = customElements.get(tag) as unknown as { elementProperties: Map<string, { attribute?: unknown; reflect?: boolean }> };
      const properties = [...ctor.elementProperties].filter(([, options]) => !(options as { state?: boolean }).state);
      expect(properties.map(([name]) => name).sort(), tag).to.deep.equal(Object.keys(table).sort());
      for (const [name, options] of properties) {
        const row = table[name as keyof typeof table] as { attribute: string; propertyOnly?: true };
        expect(options.attribute, `${tag}.${name}'s attribute`).to.equal(row.propertyOnly ? false : row.attribute);
        expect(options.reflect, `${tag}.${name} reflects`).to.not.equal(true);
      }
    }
  });

  it('are what custom-elements.json says: every attribute with its table\'s values', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const declarations = manifest.modules.flatMap((m: { declarations?: unknown[] }) => m.declarations ?? []) as {
      tagName?: string;
      attributes?: { name: string; fieldName: string; input?: { values?: unknown[]; reflects: boolean } }[];
    }[];
    for (const [tag, table] of Object.entries(ELEMENT_INPUTS)) {
      const attributes = declarations.find((d) => d.tagName === tag)?.attributes ?? [];
      const rows = Object.entries(table).filter(([, row]) => !(row as { propertyOnly?: true }).propertyOnly);
      expect(attributes.map((a) => a.fieldName), tag).to.deep.equal(rows.map(([property]) => property));
      for (const [property, row] of rows) {
        const listed = attributes.find((a) => a.fieldName === property)!;
        expect(listed.name).to.equal(row.attribute);
        expect(listed.input?.values ?? [], `${tag} ${row.attribute}`).to.deep.equal([...((row as { values?: unknown[] }).values ?? [])]);
        expect(listed.input?.reflects).to.equal(false);
      }
    }
  });
});
