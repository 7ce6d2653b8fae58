import { expect } from '@open-wc/testing';
// @ts-expect-error: plain JavaScript data shared with the apps' build (no types needed)
import { CASES } from './frameworks/cases.mjs';

type Case = { id: string; tag: string; attrs: Record<string, string | true> };
type Rendered = Record<string, string>;

/**
 * Every case's rendered content in one of the built pages (scripts/build-framework-apps.mjs), keyed
 * by case id: the shadow root's markup without Lit's comment markers, whitespace folded.
 */
async function renderedIn(page: string): Promise<{ rendered: Rendered; errors: string[] }> {
  const built = await fetch(`/.cache/frameworks/${page}.html`, { method: 'HEAD' });
  if (!built.ok) throw new Error(`The ${page} app is not built: run node scripts/build-framework-apps.mjs first (npm test does).`);
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.src = `/.cache/frameworks/${page}.html`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & typeof globalThis;
  const errors: string[] = [];
  win.addEventListener('error', (e) => errors.push(e.message));
  const read = (): Rendered => {
    const out: Rendered = {};
    for (const el of win.document.querySelectorAll<HTMLElement>('[data-case]')) {
      const markup = el.shadowRoot?.innerHTML ?? '';
      out[el.dataset.case!] = markup.replace(/<!--[^]*?-->/g, '').replace(/\s+/g, ' ').trim();
    }
    return out;
  };
  for (let i = 0; i < 200 && Object.values(read()).filter(Boolean).length < CASES.length; i++) {
    await new Promise((r) => setTimeout(r, 20));
  }
  // One more frame, so a late property set (a framework's second pass) has rendered too.
  await new Promise((r) => win.requestAnimationFrame(() => setTimeout(r, 50)));
  const rendered = read();
  frame.remove();
  return { rendered, errors };
}

/** Where two renderings part, with some context each side; '' when they are the same. */
function firstDifference(actual = '', expected = ''): string {
  if (actual === expected) return '';
  let i = 0;
  while (actual[i] === expected[i]) i++;
  const from = Math.max(0, i - 80);
  return `at ${i}: shows …${actual.slice(from, i + 80)}… where plain HTML shows …${expected.slice(from, i + 80)}…`;
}

describe('React 19 and Vue 3 apps show what the same tags show in plain HTML', () => {
  let plain: Rendered;
  before(async () => {
    plain = (await renderedIn('plain')).rendered;
  });

  it('the cases use every attribute the manifest documents, with values that change what is shown', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const missing: string[] = [];
    for (const mod of manifest.modules) {
      for (const d of mod.declarations ?? []) {
        if (!d.customElement || !d.tagName) continue;
        for (const a of d.attributes ?? []) {
          if (!(CASES as Case[]).some((c) => c.tag === d.tagName && a.name in c.attrs)) missing.push(`${d.tagName} ${a.name}`);
        }
      }
    }
    expect(missing, 'attributes no framework case sets').to.deep.equal([]);
    // Every case shows something, and an attribute's value is seen: the compared markup is not blank.
    for (const c of CASES as Case[]) expect(plain[c.id], c.id).to.have.length.above(100);
    expect(plain['law-scotland']).to.contain('The law');
    expect(plain['panel-young']).to.contain('Need help?');
  });

  for (const app of ['react', 'vue']) {
    it(`${app === 'react' ? 'React 19' : 'Vue 3'}: every element, every attribute, the same content and no error`, async () => {
      const { rendered, errors } = await renderedIn(app);
      expect(errors).to.deep.equal([]);
      for (const c of CASES as Case[]) expect(firstDifference(rendered[c.id], plain[c.id]), c.id).to.equal('');
    });
  }
});
