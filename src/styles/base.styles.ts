import { css } from '@lit/reactive-element';
import { schemeColours } from './scheme-colours.js';

/**
 * What every widget shares. Three theming layers: global `--ypsi-*` tokens (set once on the page),
 * per-element custom properties, and `::part`s. Font is inherited from the host page; colours follow
 * the page's `color-scheme` through light-dark() where the engine has it (plain light colours where it
 * does not), so a page that supports dark mode gets dark widgets and a light-only page never gets a
 * surprise dark box. Forced colours and print are handled here too.
 */
export const baseStyles = css`
  ${schemeColours(':host', {
    '--_accent': ['--ypsi-accent', '#0b5394', '#9ccaff'],
    '--_accent-text': ['--ypsi-accent-text', '#fff', '#0a1a2b'],
    '--_surface': ['--ypsi-surface', '#fff', '#1c1f24'],
    '--_surface-alt': ['--ypsi-surface-alt', '#f3f5f8', '#262a31'],
    '--_text': ['--ypsi-text', '#1b1d21', '#f1f3f5'],
    '--_muted': ['--ypsi-muted', '#4a5160', '#c3c8d0'],
    '--_border': ['--ypsi-border', '#8a93a3', '#6f7886'],
    '--_good': ['--ypsi-good', '#0f6b35', '#7fdca0'],
  })}
  :host {
    --_focus: var(--ypsi-focus,#fd0);
    --_radius: var(--ypsi-radius,0.5rem);
    --_space: var(--ypsi-space,1rem);
    display: block;
    /* The panel and the timeline use inline-size containment for @container, which leaves them no
       width of their own: without this, a host's flex row, float or inline-block would shrink them to
       nothing. (It does nothing where there is no containment, as on the card.) */
    contain-intrinsic-inline-size: min(20rem, 100vw - 2rem);
    box-sizing: border-box;
    font-family: var(--ypsi-font, inherit);
    line-height: 1.5;
    color: var(--_text);
    text-align: start;
    overflow-wrap: break-word;
    -webkit-text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .heading {
    margin: 0 0 0.5em;
    font-size: var(--ypsi-heading-size, 1.25em);
    line-height: 1.25;
  }
  p {
    margin: 0 0 0.75em;
  }
  a {
    color: var(--_accent);
  }
  /* Links, buttons, summaries and [tabindex] targets: the only things here that take focus. */
  :focus-visible {
    outline: 3px solid var(--_text);
    outline-offset: 2px;
    box-shadow: 0 0 0 6px var(--_focus);
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    font: inherit;
    font-weight: 700;
    text-decoration: none;
    cursor: pointer;
    /* A long email address or a host's long word wraps inside the button instead of pushing it past
       the screen edge at 320 px (WCAG 1.4.10); ordinary words never break. */
    overflow-wrap: anywhere;
  }
  .button.secondary {
    background: var(--_surface);
    color: var(--_accent);
  }
  /* No !important needed: page CSS cannot reach into the shadow root, and no widget rule is more
     specific than this one for the spans and status paragraphs that carry it (none of which has a
     padding or border to reset). clip-path alone hides it: every browser we support has it. */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .button,
    .button.secondary {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
      forced-color-adjust: none;
    }
    /* Every link drawn as a button, secondary ones too, reads as a link in the user's own colours. */
    a.button,
    a.button.secondary {
      color: LinkText;
      border-color: LinkText;
    }
    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media print {
    :host {
      --_accent: #000;
      --_surface: #fff;
      --_surface-alt: #fff;
      --_text: #000;
      --_muted: #000;
    }
    .no-print {
      display: none !important;
    }
    /* A printed website button shows where it goes (every https link drawn as a button is one), as
       text that wraps after the name: as a flex item the address squeezed the name to a letter wide. */
    .button[href^='https'] {
      display: inline-block;
    }
    .button[href^='https']::after {
      content: ' (' attr(href) ')';
      font-weight: 400;
      word-break: break-all;
    }
  }
`;
