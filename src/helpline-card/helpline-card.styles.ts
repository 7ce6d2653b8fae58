import { css } from '@lit/reactive-element';

export const helplineCardStyles = css`
  .card {
    padding: var(--helpline-card-padding, var(--_space));
    border: var(--helpline-card-border-width, 1px) solid var(--_border);
    border-inline-start: var(--helpline-card-accent-width, 6px) solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  /* The two lists (meta and actions) are rows that wrap. */
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .meta {
    gap: 0.35em;
    margin-bottom: 0.75em;
    font-size: 0.9em;
  }
  .meta li {
    padding: 0.1em 0.6em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface-alt);
  }
  .hours {
    color: var(--_muted);
  }
  .status {
    display: inline-block;
    font-weight: 700;
    color: var(--_text);
  }
  .open {
    color: var(--_good);
  }
  .open::before {
    content: '●\\00a0';
  }
  .phone-label {
    flex-basis: 100%;
    margin-top: 0.25em;
    font-weight: 700;
  }
  .compact {
    padding: calc(var(--_space) * 0.6);
  }
  .compact .heading {
    font-size: 1.05em;
    margin-bottom: 0.35em;
  }
  .compact .button {
    padding: 0.35em 0.75em;
  }
  /* In a narrow card (a phone, a sidebar column) each action takes a row of its own, so no button is
     squeezed beside another. The list's own width decides, not the viewport's: below 18rem (a card of
     about 20rem) the min-width is the whole row, above it 0. No container query: that needs size
     containment on every card, and the browser then recalculates each card's styles inside layout,
     which slows a page of many cards by about a third (npm run bench). */
  .actions > li {
    min-width: clamp(0px, (18rem - 100%) * 999, 100%);
  }
  /* No forced-colours rules: forced colours draw the card's borders, accent edge included, and .open's
     green in CanvasText themselves; the buttons take the base .button system colours. */
  @media print {
    .card {
      border: 1px solid #000;
      break-inside: avoid;
    }
    /* Paper outlives the moment: a status that depends on the time of day would be wrong by the time
       it is read, so only the 24/7 one prints. */
    .status:not(.openAlways) {
      display: none;
    }
  }
`;
