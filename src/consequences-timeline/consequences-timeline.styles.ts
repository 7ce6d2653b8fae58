import { css } from '@lit/reactive-element';

/**
 * Stacked with the time line down the start edge; from a 60rem-wide container, stages side by side with
 * the line across the top. The width is the host's (a container query), not the viewport's, because the
 * element sits in someone else's layout. Print is always stacked, with every stage open.
 */
export const consequencesTimelineStyles = css`
  :host {
    container-type: inline-size;
    --_m: var(--consequences-timeline-marker-size,2rem);
    --_lw: var(--consequences-timeline-line-width,3px);
  }
  .lead,
  .label,
  .closing,
  .marker {
    font-weight: 700;
  }
  .nyf,
  .group {
    padding: 0.75em 1em;
    border-radius: var(--_radius);
  }
  .nyf {
    border-inline-start: 6px solid var(--_good);
    background: var(--_surface-alt);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-end: var(--_space);
  }
  .toggle {
    margin-inline-start: auto;
  }
  .button[aria-disabled='true'] {
    border-style: dashed;
    background: var(--_surface);
    color: var(--_muted);
    cursor: not-allowed;
  }
  .toggle[aria-pressed='true']::before {
    content: '✓';
  }
  .stages,
  .services {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .stages {
    display: flex;
    flex-flow: column;
  }
  .stage {
    position: relative;
    min-width: 0;
    padding-block-end: var(--_space);
    padding-inline-start: calc(var(--_m) + 0.75rem);
  }
  /* The time line from this stage's dot to the next one. A border, so forced colours keep it. */
  .stage:not(:last-child)::before {
    content: '';
    position: absolute;
    inset-block: var(--_m) 0;
    inset-inline-start: calc((var(--_m) - var(--_lw)) / 2);
    border-inline-start: var(--_lw) solid var(--_border);
  }
  .marker {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    display: grid;
    place-items: center;
    width: var(--_m);
    height: var(--_m);
    border: 2px solid var(--_accent);
    border-radius: 50%;
    background: var(--_surface);
    color: var(--_accent);
    line-height: 1;
  }
  .one .current .marker {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  .stage .heading {
    display: flex;
    align-items: center;
    min-height: var(--_m);
    font-size: 1.1em;
  }
  .body {
    container-type: inline-size;
  }
  .groups {
    display: grid;
    align-items: start;
    gap: 0.75rem;
  }
  .happen {
    /* Transparent, so that only forced colours (which drop the background) draw it. */
    border: 1px solid transparent;
    background: var(--consequences-timeline-happen-bg, var(--_surface-alt));
  }
  .can {
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--consequences-timeline-can-accent, var(--_good));
  }
  .label {
    margin: 0 0 0.25em;
  }
  .points {
    margin: 0 0 0.75em;
    padding-inline-start: 1.25em;
  }
  .points li + li {
    margin-block-start: 0.35em;
  }
  .services {
    display: grid;
    gap: 0.5em;
  }
  .service {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em;
  }
  .services .button {
    padding: 0.35em 0.8em;
  }
  .closing {
    margin: 0;
  }
  @container (min-width: 34rem) {
    .groups {
      grid-template-columns: 1fr 1fr;
    }
  }
  @media screen {
    @container (min-width: 60rem) {
      .stages {
        flex-flow: row;
        gap: var(--_space);
      }
      .stage {
        flex: 1 1 0;
        padding-inline-start: 0;
        padding-block-start: calc(var(--_m) + 0.75rem);
      }
      .one .stage:not(.current) {
        flex: 0 0 9rem;
      }
      /* Across the top: from this dot to the next stage's, over the gap between them. */
      .stage:not(:last-child)::before {
        inset-block: calc((var(--_m) - var(--_lw)) / 2) auto;
        inset-inline: var(--_m) calc(-1 * var(--_space));
        /* The start border left from the stacked layout is a lw-square inside this line: no reset. */
        border-block-start: var(--_lw) solid var(--_border);
      }
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .one .current .body {
      animation: ypsi-stage-in 0.3s ease-out;
    }
    @keyframes ypsi-stage-in {
      from {
        opacity: 0;
        transform: translateY(0.5rem);
      }
    }
  }
  /* Forced colours already draw every other border (and the transparent one on .happen) in CanvasText. */
  @media (forced-colors: active) {
    .one .current .marker {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
    .button[aria-disabled='true'] {
      border-color: GrayText;
      color: GrayText;
    }
  }
  @media print {
    .body[hidden] {
      display: block;
    }
    .stage {
      break-inside: avoid;
    }
  }
`;
