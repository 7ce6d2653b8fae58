import { css } from '@lit/reactive-element';

export const lawExplainerStyles = css`
  :host {
    --_pad: var(--law-explainer-padding);
    --_bw: var(--law-explainer-border-width);
  }
  .place,
  .fact-ids {
    color: var(--_muted);
  }
  .controls,
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-bottom: 0.75em;
  }
  .section {
    border-top: var(--_bw, 1px) solid var(--_border);
  }
  .section .heading {
    margin: 0;
    font-size: 1.1em;
  }
  .toggle {
    display: flex;
    align-items: center;
    gap: 0.5em;
    width: 100%;
    min-height: 44px;
    padding: 0.5em 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .toggle::before {
    content: '+' / '';
    flex: none;
    width: 1.2em;
    font-size: 1.2em;
    text-align: center;
  }
  .toggle[aria-expanded='true']::before {
    content: '\\2212' / '';
  }
  .panel {
    padding-bottom: 0.5em;
  }
  ul,
  ol {
    margin: 0 0 0.75em;
    padding-inline-start: 1.5em;
  }
  .sources {
    margin-top: 0.5em;
    padding: 0.25em 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    font-size: 0.9em;
  }
  .sources-list {
    padding-inline-start: 0;
    list-style: none;
  }
  .sources-title {
    margin: 0.5em 0 0.25em;
    font-weight: 700;
  }
  summary {
    padding: 0.35em 0;
    cursor: pointer;
  }
  /* WCAG 2.2 target size: stacked source links at least 24px tall; block, so the bullet sits on the first line. */
  .sources a {
    display: block;
    min-height: 24px;
    padding-block: 2px;
  }
  .myth {
    margin-bottom: 1em;
  }
  .statement {
    font-weight: 700;
  }
  .statement,
  .choices {
    margin-bottom: 0.35em;
  }
  .button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  .answer:empty {
    margin: 0;
  }
  .right {
    color: var(--_good);
  }
  /* The pressed button needs its own colours (base .button opts out of forcing); .right's green is
     forced to CanvasText by the browser. */
  @media (forced-colors: active) {
    .button[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
    }
  }
  /* The answers on paper: the Myth / Fact buttons and the live answer carry .no-print. */
  @media not print {
    .print-answer {
      display: none;
    }
  }
  @media print {
    .explainer {
      border: 0;
      padding: 0;
    }
    .panel {
      display: block !important;
      content-visibility: visible !important;
    }
    .toggle::before {
      content: none;
    }
    /* A closed "Sources" line is inert on paper: print each section's sources open, with addresses
       (where ::details-content is not supported, the line prints closed, as before). */
    .sources::details-content {
      content-visibility: visible;
      display: contents;
    }
    .sources a::after {
      content: ' (' attr(href) ')';
      word-break: break-all;
    }
  }
`;
