import { css } from '@lit/reactive-element';

/**
 * The outer box of the panel, explainer and timeline, in a module of its own so the card (whose box
 * has its own accent edge, compact size and print rules) does not ship it. Each element points --_pad
 * and --_bw at its own documented custom properties on :host; a nested widget's :host sets its own.
 */
export const boxStyles = css`
  .box {
    padding: var(--_pad, var(--_space));
    border: var(--_bw, 1px) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  /* No forced-colours rule: forced colours draw this border in CanvasText themselves. */
  @media print {
    .box {
      border: 1px solid #000;
    }
  }
`;
