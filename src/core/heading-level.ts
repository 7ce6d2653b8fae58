import { html, type TemplateResult } from 'lit/html.js';

/** Headings run from h2 to h6: h1 belongs to the host page's title. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** The level for headings inside a widget: one below its own, never past h6. */
export const levelBelow = (level: HeadingLevel): HeadingLevel => Math.min(level + 1, 6) as HeadingLevel;

/**
 * A real <hN> element (not role="heading") so the outline is right even in static, server-rendered
 * HTML. One template per level keeps Lit's static templates (and their bytes) out of the bundle.
 */
export function heading(
  level: HeadingLevel,
  content: unknown,
  part = 'heading',
  id = 'heading',
): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 part=${part} id=${id} class="heading">${content}</h2>`;
    case 4:
      return html`<h4 part=${part} id=${id} class="heading">${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${id} class="heading">${content}</h5>`;
    case 6:
      return html`<h6 part=${part} id=${id} class="heading">${content}</h6>`;
    default:
      return html`<h3 part=${part} id=${id} class="heading">${content}</h3>`;
  }
}
