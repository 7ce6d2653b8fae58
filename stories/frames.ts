import { html } from 'lit';
import type { Decorator } from '@storybook/web-components-vite';

/** A dark host page: the widgets follow the page's color-scheme. */
export const darkFrame: Decorator = (story) =>
  html`<div style="color-scheme: dark; background: #121017; color: #ece8f2; padding: 1rem">${story()}</div>`;

/** The narrowest phone the widgets support. */
export const narrowFrame: Decorator = (story) =>
  html`<div style="width: 320px; outline: 1px dashed #888">${story()}</div>`;

/** Forced colours cannot be switched on from a page; the test suite emulates them for real. */
export const forcedColoursNote: Decorator = (story) => html`
  <p style="font: 14px sans-serif; max-width: 40em">
    To see this in forced colours (Windows High Contrast), open DevTools › Rendering › "Emulate CSS
    media feature forced-colors: active". The axe suite checks this state in Chromium on every test run.
  </p>
  ${story()}`;
