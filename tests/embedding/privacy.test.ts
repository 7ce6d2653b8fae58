/**
 * Nothing a child reads, chooses or taps is visible to the host page. A real session recorder (rrweb,
 * from npm), a MutationObserver on the whole document and a window click listener run on a school's
 * page before the widgets load (tests/pages/support/session-recorder.js); a child then chooses
 * "Someone is threatening to share my image", steps on to the first card and taps Call. Everything
 * those three saw is searched for anything that would tell the school what was chosen.
 *
 * The test itself keeps a private reference to each widget's closed root (wrapping attachShadow
 * before the bundle loads, in this file's own realm), so it can press buttons as the child would;
 * no host script can reach that reference.
 */
import { expect } from '@open-wc/testing';
import { SITUATIONS } from '../../src/content/situations.js';
import { closePages, openPage, settle, type HostPage } from './frame.js';

afterEach(closePages);

interface HostSaw {
  recording: unknown[];
  mutations: unknown[];
  clicks: unknown[];
}

/** Open the recorded school page, keep each closed root for the test, then load the shipped bundle. */
async function recordedPage(): Promise<{ page: HostPage; roots: WeakMap<Element, ShadowRoot> }> {
  const page = await openPage('/tests/pages/recorded.html', { width: 800, height: 900 });
  const win = page.win as HostPage['win'] & { hostSaw?: HostSaw };
  for (let i = 0; i < 100 && !win.hostSaw; i++) await new Promise((r) => setTimeout(r, 20));
  expect(win.hostSaw, 'the session recorder started').to.exist;
  const roots = new WeakMap<Element, ShadowRoot>();
  const proto = page.win.Element.prototype;
  const attach = proto.attachShadow;
  proto.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.set(this, root);
    return root;
  };
  const script = page.doc.createElement('script');
  script.type = 'module';
  script.src = '/cdn/ypsi-widgets.js?closed-roots';
  page.doc.head.append(script);
  await page.win.customElements.whenDefined('help-panel');
  return { page, roots };
}

const inside = (roots: WeakMap<Element, ShadowRoot>, host: Element): ShadowRoot => {
  const root = roots.get(host);
  expect(root, `the test's own reference to <${host.localName}>'s root`).to.exist;
  return root!;
};

describe('a host page cannot see what a child chooses', () => {
  it('rrweb, a MutationObserver and a window click listener learn nothing of the choice, the steps or the call', async () => {
    const { page, roots } = await recordedPage();
    const panel = page.doc.createElement('help-panel');
    page.doc.body.append(panel);
    await settle(panel);
    const saw = (page.win as unknown as { hostSaw: HostSaw }).hostSaw;
    const before = { recording: saw.recording.length, mutations: saw.mutations.length, clicks: saw.clicks.length };

    // The child: chooses a situation, steps on to the first card, taps Call.
    const root = inside(roots, panel);
    const choice = [...root.querySelectorAll<HTMLButtonElement>('[part~="choice"]')].find((b) => /threatening/i.test(b.textContent!))!;
    expect(choice, 'the sextortion choice').to.exist;
    choice.click();
    await settle(panel);
    const cardsShown = [...root.querySelectorAll('#answer helpline-card')];
    expect(cardsShown, 'cards for the chosen situation').to.not.be.empty;
    for (const shown of cardsShown) await settle(shown);
    // Stepping on through the cards to the first with a Call button.
    const card = cardsShown.find((shown) => inside(roots, shown).querySelector('a[href^="tel:"]'))!;
    const call = inside(roots, card).querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    expect(call, "the card's Call link").to.exist;
    call.focus();
    call.click();
    await settle(panel);
    // Let rrweb's batched mutation callbacks run.
    await new Promise((r) => setTimeout(r, 100));

    // What the child saw, in their words: none of it may reach the host.
    const shown = [root.textContent!, inside(roots, card).textContent!]
      .join('\n')
      .split(/[\n.:]/)
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter((line) => line.length >= 12);
    const sextortion = SITUATIONS.find((s) => s.id === 'sextortion')!;
    const secrets = [
      ...shown,
      ...sextortion.steps.young.map((s) => s.text),
      'sextortion',
      'threatening',
      call.getAttribute('href')!,
      'aria-pressed',
    ];

    const heard = JSON.stringify(saw);
    // The recorder really records this page (the control): the school's own words are in it.
    expect(heard).to.contain('Our pastoral team is here every weekday');
    for (const secret of secrets) expect(heard.includes(secret), `the host page saw "${secret}"`).to.be.false;

    // Nothing changed on the host element either, and only clicks and focus on the host itself were seen.
    const afterChoice = saw.mutations.slice(before.mutations);
    expect(afterChoice, 'mutations the child caused outside the widget').to.deep.equal([]);
    expect(panel.getAttribute('situation'), 'the choice is not reflected').to.equal(null);
    const clicked = JSON.stringify(saw.clicks.slice(before.clicks));
    expect(clicked).to.contain('help-panel');
    expect(clicked).not.to.contain('helpline-card');
    expect(page.doc.activeElement, 'focus outside the widget stays on the widget itself').to.equal(panel);
    expect(page.doc.title).to.equal('Hillside School: wellbeing');
    expect(page.win.location.pathname).to.equal('/tests/pages/recorded.html');
    expect(saw.recording.length, 'rrweb kept recording throughout').to.be.greaterThan(before.recording);
    expect(page.record.errors).to.deep.equal([]);
  });

  it('each widget carries the replay tools\u2019 documented "do not record" markers', async () => {
    const { page } = await recordedPage();
    for (const tag of ['helpline-card', 'help-panel', 'law-explainer', 'consequences-timeline']) {
      const el = page.doc.createElement(tag);
      if (tag === 'helpline-card') el.setAttribute('service', 'childline');
      page.doc.body.append(el);
      await settle(el);
      for (const name of ['rr-block', 'ph-no-capture', 'sentry-block', 'fs-exclude']) {
        expect(el.classList.contains(name), `<${tag}> class ${name}`).to.be.true;
      }
      for (const name of ['data-hj-suppress', 'data-sentry-block', 'data-clarity-mask', 'data-private']) {
        expect(el.hasAttribute(name), `<${tag}> ${name}`).to.be.true;
      }
    }
  });

  it('a situation given as an attribute is still a deep link, and choosing another does not write it back', async () => {
    const { page, roots } = await recordedPage();
    const panel = page.doc.createElement('help-panel');
    panel.setAttribute('situation', 'shared');
    page.doc.body.append(panel);
    await settle(panel);
    const root = inside(roots, panel);
    expect(root.querySelector('[aria-pressed="true"]')!.textContent).to.match(/shared/i);
    [...root.querySelectorAll<HTMLButtonElement>('[part~="choice"]')].find((b) => /threatening/i.test(b.textContent!))!.click();
    await settle(panel);
    expect(root.querySelector('[aria-pressed="true"]')!.textContent).to.match(/threatening/i);
    expect(panel.getAttribute('situation'), 'the host\u2019s own attribute is left as it wrote it').to.equal('shared');
  });
});
