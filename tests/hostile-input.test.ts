/**
 * Hostile input, for every element (issue #7): a web editor, a CMS or an attacker who controls an
 * attribute, a content override or the slotted text must never break the page, blank the widget,
 * produce a link other than https/tel/sms/mailto, or run script.
 *
 * Generic over the four tags: each tag's attributes and slots come from custom-elements.json (plus the
 * class's own reactive properties, so an element is fuzzed even before the manifest is regenerated),
 * and a tag that is not defined yet is skipped. One element per tag is reused across the cases, so
 * 1,000 cases per element stay cheap.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/ypsi-widgets.js';
import { setStrings } from '../src/core/strings.js';
import { TAGS } from './support/examples/index.js';
import { XSS_PAYLOADS } from './support/xss-payloads.js';
import { loadManifest, surfaceOf, type Surface } from './support/element-surface.js';
import { page, problems } from './support/render-checks.js';

const RUNS = 1000;

type Widget = HTMLElement & { updateComplete?: Promise<unknown>; defaultStrings?: Record<string, string> };

before(loadManifest);

// Page-wide strings a CMS can paste as data (read when the first widget connects): one hostile block
// and one that is not JSON. Made with the DOM as data blocks, so the test itself never runs them.
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

/** Any property value, including types an attribute can never carry. */
const propertyValue = (keys: string[]) =>
  fc.oneof(
    payload,
    fc.string(),
    fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined)),
    fc.constantFrom(NaN, Infinity, new Date(NaN), new Date(0), Symbol('x'), () => 'fn'),
    hostileObject(keys),
    fc.array(payload, { maxLength: 3 }),
    // A value whose conversion to text throws: host code can pass anything.
    fc.constant({ toString: () => { throw new Error('toString'); }, valueOf: () => { throw new Error('valueOf'); } }),
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
      weight: 1,
      arbitrary: fc.record(
        Object.fromEntries(surface.properties.map((name) => [name, propertyValue(keys)])),
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

/** Run `body` with console.warn silenced: hostile input rightly warns thousands of times. */
async function quietly<T>(body: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return await body();
  } finally {
    console.warn = warn;
  }
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
      document.body.append(el);
      await settle(el);
      const surface = surfaceOf(tag);
      expect(surface.attributes.length, 'attributes found for the fuzz').to.be.greaterThan(0);
      // Every widget has at least heading-level's 2–6 from its type, so the fuzz reaches real states.
      expect(surface.valid['heading-level'], 'heading-level values from the manifest type').to.deep.equal(['2', '3', '4', '5', '6']);
      try {
        await quietly(() =>
          fc.assert(
            fc.asyncProperty(caseFor(surface, defaultKeys(el)), async (c) => {
              apply(el, surface, c);
              await settle(el);
              const wrong = problems(el);
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
              apply(el, surface, c);
              host.replaceChildren(el);
              await settle(el);
              const wrong = problems(el);
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
      document.body.append(el);
      await settle(el);
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
            apply(el, surface, c);
            await settle(el);
            const wrong = problems(el);
            expect(wrong, `${JSON.stringify(value).slice(0, 60)}: ${wrong}`).to.equal('');
          }
        });
      } finally {
        el.remove();
      }
    });

    it(`page-wide setStrings() with hostile values cannot break ${tag}`, async () => {
      const el = document.createElement(tag) as unknown as Widget;
      document.body.append(el);
      await settle(el);
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
