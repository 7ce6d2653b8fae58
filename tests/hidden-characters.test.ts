/**
 * Addresses that print reversed: a website, number, keyword or exit address holding a bidi or format
 * character (U+200E–U+200F, U+202A–U+202E, U+2066–U+2069, U+FEFF) is refused, and the console says
 * which attribute held which character.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/help-panel/define.js';
import { DEFAULT_EXIT_URL, type HelpPanel } from '../src/help-panel/help-panel.js';
import type { HelplineCard } from '../src/helpline-card/helpline-card.js';
import { mailtoHref, safeWebsite, smsHref, telHref } from '../src/core/safe-link.js';
import { $, allHrefs, visibleText, warningsDuring } from './support/helpers.js';

const REVERSED = 'https://example.org/\u202egpj.exe';
const HIDDEN = ['\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\ufeff'];
const hex = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

describe('addresses with hidden direction characters', () => {
  it('safeWebsite refuses "https://example.org/" + U+202E + "gpj.exe", and every other hidden character', () => {
    expect(safeWebsite(REVERSED)).to.equal(undefined);
    for (const c of HIDDEN) {
      expect(safeWebsite(`https://example.org/a${c}b`), hex(c)).to.equal(undefined);
      expect(telHref(`0800${c}1111`), `phone ${hex(c)}`).to.equal(undefined);
      expect(smsHref(`85258${c}`), `text number ${hex(c)}`).to.equal(undefined);
      expect(smsHref('85258', `SH${c}OUT`), `keyword ${hex(c)}`).to.equal(undefined);
      expect(mailtoHref(`help${c}@example.org`), `email ${hex(c)}`).to.equal(undefined);
    }
    // The same addresses without them still pass.
    expect(safeWebsite('https://example.org/gpj.exe')).to.equal('https://example.org/gpj.exe');
    expect(telHref('0800 1111')).to.equal('tel:+448001111');
  });

  it('a card leaves out the website, and the warning names the url attribute and the character, escaped', async () => {
    let el!: HelplineCard;
    const warnings = await warningsDuring(async () => {
      el = await fixture<HelplineCard>(html`<helpline-card name="School team" phone="020 7946 0000" url=${REVERSED}></helpline-card>`);
    });
    expect($(el, 'a[part~="website"]')).to.equal(null);
    expect(allHrefs(el).join(' ')).not.to.contain('example.org');
    expect(visibleText(el)).to.contain('Call 020 7946 0000');
    const said = warnings.join('\n');
    expect(said).to.contain('url="https://example.org/\\u202Egpj.exe" is not valid');
    expect(said).to.contain('U+202E');
    expect(said, 'no raw override reaches the console').not.to.contain('\u202e');
  });

  it('a card refuses a phone number or text keyword holding one, naming phone and text-keyword', async () => {
    let el!: HelplineCard;
    const warnings = await warningsDuring(async () => {
      el = await fixture<HelplineCard>(
        html`<helpline-card name="School team" phone=${'020\u202e 7946 0000'} text-number="85258" text-keyword=${'\u2067TUOHS'}></helpline-card>`,
      );
    });
    expect($(el, 'a[part~="call"]')).to.equal(null);
    expect($(el, 'a[part~="text"]')).to.equal(null);
    const said = warnings.join('\n');
    expect(said).to.match(/phone=.* is not valid.*U\+202E/);
    expect(said).to.match(/text-keyword=.* is not valid.*U\+2067/);
  });

  it('the quick exit refuses an exit-url holding one, warns naming exit-url, and uses the default', async () => {
    let panel!: HelpPanel;
    const warnings = await warningsDuring(async () => {
      panel = await fixture<HelpPanel>(html`<help-panel exit-url=${REVERSED}></help-panel>`);
    });
    expect($(panel, 'a[part~="exit"]')!.getAttribute('href')).to.equal(DEFAULT_EXIT_URL);
    expect(warnings.join('\n')).to.match(/exit-url=.* is not valid.*U\+202E/);
  });
});
