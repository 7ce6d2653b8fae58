import { html, type TemplateResult } from 'lit/html.js';
import { isServer } from 'lit-html/is-server.js';
import type { Myth } from '../content/myths.js';

/**
 * The "Myth or fact?" check. Each statement is a labelled group of two real buttons (aria-pressed
 * shows the choice), and the answer appears in a polite live region that is there from the start, so
 * a screen reader announces it. A reader can change their mind: nothing is locked or scored.
 * On paper (a teacher's handout) the buttons cannot be pressed, so print shows every answer instead.
 */
export function renderMyths(
  t: (key: 'myth' | 'fact' | 'mythIntro' | 'isMyth' | 'isFact' | 'right' | 'wrong') => string,
  myths: readonly Myth[],
  answers: ReadonlyMap<string, boolean>,
  onAnswer: (id: string, saidMyth: boolean) => void,
): TemplateResult {
  const choice = (m: Myth, saidMyth: boolean, given: boolean | undefined) =>
    html`<button part="choice" class="button secondary" type="button"
      aria-pressed=${given === saidMyth}
      @click=${() => onAnswer(m.id, saidMyth)}>${t(saidMyth ? 'myth' : 'fact')}</button>`;
  return html`<p>${t('mythIntro')}</p>
    <ol part="myths" class="myths">
      ${myths.map((m) => {
        const given = answers.get(m.id);
        const is = t(m.myth ? 'isMyth' : 'isFact');
        const answer = given === undefined ? '' : `${t(given === m.myth ? 'right' : 'wrong')} ${is} ${m.why}`;
        // Static HTML (no script): the answer sits in a <details>, which opens without script. Tested
        // on isServer itself, so the browser build drops this branch.
        if (isServer) {
          return html`<li part="myth" class="myth" data-myth=${m.id}>
            <p class="statement">${m.text}</p>
            <details><summary>${t('myth')} / ${t('fact')}?</summary>
              <p part="answer" class="answer">${is} ${m.why}</p>
            </details>
          </li>`;
        }
        return html`<li part="myth" class="myth" data-myth=${m.id}>
          <p class="statement" id="m-${m.id}">${m.text}</p>
          <div class="choices no-print" role="group" aria-labelledby="m-${m.id}">
            ${choice(m, true, given)} ${choice(m, false, given)}
          </div>
          <p part="answer" class="answer no-print ${given === m.myth ? 'right' : ''}" aria-live="polite">${answer}</p>
          <p class="print-answer">${is} ${m.why}</p>
        </li>`;
      })}
    </ol>`;
}
