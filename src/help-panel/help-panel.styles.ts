import { css } from '@lit/reactive-element';
import { schemeColours } from '../styles/scheme-colours.js';

export const helpPanelStyles = css`
  ${schemeColours('.exit-button', {
    '--_accent': ['--help-panel-exit-colour', '#a4231a', '#ffb4ab'],
    '--_accent-text': ['--help-panel-exit-text', '#fff', '#3b0300'],
  })}
  :host {
    container-type: inline-size;
    --_pad: var(--help-panel-padding);
  }
  .reassurance {
    font-weight: 700;
  }
  /* The exit comes first in the DOM (first Tab stop) and shows at the top right; full width on phones. */
  .top {
    display: flex;
    flex-flow: row-reverse wrap;
    align-items: flex-start;
    gap: 0 1em;
  }
  .intro {
    flex: 1 1 20rem;
  }
  .exit {
    flex: none;
    margin-bottom: 0.75em;
  }
  .exit-button {
    width: 100%;
  }
  .exit-note {
    font-size: 0.9em;
    color: var(--_muted);
  }
  .exit-status {
    max-width: 16rem;
    margin: 0.35em 0 0;
    font-size: 0.9em;
    font-weight: 700;
  }
  .choices,
  .cards {
    display: grid;
    gap: 0.5em;
    margin: 0 0 1em;
    padding: 0;
    list-style: none;
  }
  /* Choices are the shared .button, secondary until chosen, laid out as full-width rows. */
  .choice {
    justify-content: flex-start;
    gap: 0.6em;
    width: 100%;
    padding: 0.5em 0.75em;
    text-align: start;
  }
  /* A filled dot, not colour alone, marks the chosen situation (it survives forced colours). */
  .choice::before {
    content: '';
    flex: none;
    width: 0.9em;
    height: 0.9em;
    border: 2px solid; /* currentColor, by default */
    border-radius: 50%;
  }
  .choice[aria-pressed='true']::before {
    background: currentColor;
    box-shadow: inset 0 0 0 2px var(--_accent);
  }
  .steps {
    margin: 0 0 1em;
    padding: 0.75em;
    /* The numbers' room is on the side the text starts from, so they stay inside the box right to left too. */
    padding-inline-start: 2.25em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .steps li + li {
    margin-top: 0.4em;
  }
  .cards {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
  }
  @container (max-width: 30rem) {
    .exit {
      flex-basis: 100%;
    }
  }
  @media (forced-colors: active) {
    /* Unchosen choices take the base .button system colours; the chosen one is highlighted. */
    .choice[aria-pressed='true'] {
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
    .choice[aria-pressed='true']::before {
      box-shadow: none;
    }
  }
  /* On paper the choice buttons do nothing: print only the chosen one, and with none chosen, neither
     the list nor its "What's happening?" heading (an empty heading and gap otherwise). Static HTML
     (no .choices, a <details> per situation) prints as it is. */
  @media print {
    .choices li:not(:has([aria-pressed='true'])),
    .box:has(.choices):not(:has([aria-pressed='true'])) :is(#chooser-heading, .choices) {
      display: none;
    }
  }
`;

/**
 * Static HTML only (no script), where each situation is a <details>. A function, so that the browser
 * build, which never calls it (isServer is false there), leaves it out.
 */
export const helpPanelStaticStyles = () => css`
  .situation {
    margin-bottom: 0.5em;
  }
  .situation > .steps {
    margin-top: 0.5em;
  }
  details[open] > .choice::before {
    background: currentColor;
  }
`;
