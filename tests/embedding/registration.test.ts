/**
 * Registration on real host pages (issue #6): the bundle pasted twice, the npm build beside the CDN
 * bundle, an older copy already loaded, another library owning one of our names, and a host that
 * registers our classes under its own names. Each case is a page under tests/pages/.
 */
import { expect } from '@open-wc/testing';
import { VERSION } from '../../src/version.js';
import { visibleText } from '../support/helpers.js';
import {
  className,
  closePages,
  definedTags,
  examplesOf,
  openPage,
  ours,
  paste,
  pasteExample,
  type HostPage,
} from './frame.js';

/** The tags the CDN bundle defines today, read from a clean page. */
let bundleTags: string[] = [];

before(async () => {
  bundleTags = definedTags(await openPage('/tests/pages/embed.html'));
  closePages();
  expect(bundleTags, 'the CDN bundle defines at least <helpline-card>').to.include('helpline-card');
});

afterEach(closePages);

/** Every defined tag's examples render something readable on this page. */
async function everyWidgetWorks(page: HostPage, tags = bundleTags): Promise<void> {
  for (const example of examplesOf(tags)) {
    const el = await pasteExample(page, example);
    expect(el.shadowRoot, `${example.tag} (${example.name}) rendered`).to.exist;
    expect(visibleText(el), `${example.tag} (${example.name}) has text`).not.to.equal('');
    expect(visibleText(el), `${example.tag} (${example.name}) is not the fallback`).not.to.match(/^old /);
    el.remove();
  }
}

function nothingThrown(page: HostPage): void {
  expect(page.record.errors, 'uncaught errors').to.deep.equal([]);
  expect(page.record.consoleErrors, 'console errors').to.deep.equal([]);
}

describe('Embedding: the bundle loaded more than once', () => {
  it('a CMS that pastes the CDN script three times (two module copies and the classic one) gets working widgets and a quiet console', async () => {
    const page = await openPage('/tests/pages/double-load.html');
    expect(definedTags(page)).to.deep.equal(bundleTags);
    await everyWidgetWorks(page);
    nothingThrown(page);
    expect(page.record.warnings, 'the same version twice is not worth a warning').to.deep.equal([]);
  });

  it('a site with the npm build and the CDN script in its template gets working widgets and no warning from us', async () => {
    const page = await openPage('/tests/pages/npm-and-cdn.html');
    expect(definedTags(page)).to.deep.equal(bundleTags);
    await everyWidgetWorks(page);
    nothingThrown(page);
    expect(ours(page.record.warnings)).to.deep.equal([]);
  });

  it('when an older copy is already on the page, a web editor sees one warning naming both versions, and nothing breaks', async () => {
    const page = await openPage('/tests/pages/old-version.html');
    nothingThrown(page);
    const warnings = ours(page.record.warnings);
    expect(warnings, warnings.join('\n')).to.have.length(1);
    expect(warnings[0]).to.contain('0.0.1').and.to.contain(VERSION).and.to.contain('Load the bundle once');
    // The first copy keeps its tags and keeps working.
    for (const tag of bundleTags) {
      const el = await paste(page, `<${tag}></${tag}>`);
      expect(visibleText(el)).to.equal(`old ${tag}`);
    }
  });
});

describe('Embedding: another library already owns one of our tag names', () => {
  it('covers every tag the bundle defines', () => {
    expect(bundleTags.length).to.be.greaterThan(0);
  });

  // Run per tag the bundle defines when the suite starts (the list grows as elements land).
  for (const tag of ['helpline-card', 'help-panel', 'law-explainer', 'consequences-timeline']) {
    it(`<${tag}> taken: one warning that names it and says how to use ours under another name; the others still work`, async function () {
      if (!bundleTags.includes(tag)) this.skip();
      const page = await openPage(`/tests/pages/name-clash.html?tag=${tag}`);
      nothingThrown(page);
      const warnings = ours(page.record.warnings);
      expect(warnings, warnings.join('\n')).to.have.length(1);
      expect(warnings[0]).to.contain(`<${tag}>`).and.to.contain('another script').and.to.contain('customElements.define');
      const theirs = await paste(page, `<${tag}></${tag}>`);
      expect(theirs.textContent, 'the other library keeps its element').to.equal(`stranger's ${tag}`);
      await everyWidgetWorks(
        page,
        bundleTags.filter((other) => other !== tag),
      );
      nothingThrown(page);
    });
  }
});

describe('Embedding: a host registers our classes under its own names', () => {
  it('importing the npm classes defines nothing, so every name is free for the host', async () => {
    const page = await openPage('/tests/pages/own-names.html');
    expect(definedTags(page)).to.deep.equal([]);
    for (const tag of bundleTags) expect(page.win.ypsi?.[className(tag)], `${className(tag)} is exported`).to.be.a('function');
  });

  it('every element works the same under a school’s own name: same words, same links and buttons, same warnings', async function () {
    // Every example of every element, pasted twice: more than the default 10 s on a busy 2-core machine.
    this.timeout(60_000);
    const reference = await openPage('/tests/pages/embed.html');
    const page = await openPage('/tests/pages/own-names.html');
    for (const tag of bundleTags) {
      page.win.customElements.define(`school-${tag}`, page.win.ypsi![className(tag)] as CustomElementConstructor);
    }
    for (const example of examplesOf(bundleTags)) {
      const renamed = { ...example, markup: example.markup.replaceAll(`<${example.tag}`, `<school-${example.tag}`).replaceAll(`</${example.tag}>`, `</school-${example.tag}>`) };
      const before = [reference.record.warnings.length, page.record.warnings.length];
      const ours = await pasteExample(reference, example);
      const theirs = await pasteExample(page, renamed);
      const label = `${example.tag} (${example.name})`;
      expect(theirs.localName).to.equal(`school-${example.tag}`);
      // The npm build keeps template whitespace that the CDN build minifies away: compare the words.
      const words = (el: HTMLElement) => visibleText(el).replace(/\s+/g, '');
      expect(words(theirs), label).to.equal(words(ours));
      const controls = (el: HTMLElement) =>
        [...el.shadowRoot!.querySelectorAll('a, button, summary, input, select, textarea')].map(
          (c) => `${c.localName} ${c.getAttribute('href') ?? ''} ${c.textContent?.replace(/\s+/g, '')}`,
        );
      expect(controls(theirs), label).to.deep.equal(controls(ours));
      const newWarnings = (record: string[], from: number, name: string) =>
        record.slice(from).map((line) => line.replaceAll(`<${name}>`, '<TAG>'));
      expect(newWarnings(page.record.warnings, before[1], `school-${example.tag}`), label).to.deep.equal(
        newWarnings(reference.record.warnings, before[0], example.tag),
      );
    }
    nothingThrown(page);
  });

  it('with the CDN bundle on the page, a subclass of the exported class works under the host’s name too', async () => {
    const page = await openPage('/tests/pages/own-names-cdn.html');
    for (const tag of bundleTags) {
      const Ours = page.win.ypsi![className(tag)] as CustomElementConstructor;
      expect(page.win.customElements.get(tag), `the CDN bundle defined <${tag}>`).to.equal(Ours);
      // The same constructor cannot take a second name in one registry: a subclass can (README).
      page.win.customElements.define(`school-${tag}`, class extends (Ours as typeof HTMLElement) {});
      const example = examplesOf([tag])[0]!;
      const el = await paste(page, example.markup.replaceAll(tag, `school-${tag}`));
      const original = await paste(page, example.markup);
      expect(visibleText(el)).not.to.equal('');
      expect(visibleText(el)).to.equal(visibleText(original));
    }
    nothingThrown(page);
  });
});
