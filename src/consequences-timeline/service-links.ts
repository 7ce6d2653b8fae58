import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { YouthServiceId } from '../content/consequences.js';
import { cardModel } from '../helpline-card/card-model.js';

/** The element's `t()`: "call", "text" and "newTab" are read through it. */
export type Translate = (key: 'call' | 'text' | 'newTab', values?: Record<string, string>) => string;

/**
 * "Who can help" as one-tap links. The links come from the same model as `<helpline-card>`
 * (card-model.ts), so every number and address is read from the one service directory and checked by
 * safe-link; nothing is copied here. A list, not cards: the same service can appear at every stage.
 */
export function serviceLinks(tag: string, ids: readonly YouthServiceId[], t: Translate): TemplateResult {
  return html`<ul part="services" class="services">
    ${ids.map((id) => {
      const m = cardModel(tag, { service: id }, new Date());
      return html`<li>
        ${m.website
          ? html`<a part="service" class="button secondary" href=${m.website} target="_blank"
              rel="noopener noreferrer">${m.name}<span class="visually-hidden"> ${t('newTab')}</span></a>`
          : html`<strong part="service">${m.name}</strong>`}
        ${m.phones.map(
          (p) => html`<a part="call" class="button" href=${p.href}
            >${p.label ? `${p.label}: ` : ''}${t('call', { number: p.display })}</a>`,
        )}
        ${m.text
          ? html`<a part="text" class="button" href=${m.text.href}
              >${t('text', { keyword: m.text.keyword ?? '', number: m.text.number })}</a>`
          : nothing}
      </li>`;
    })}
  </ul>`;
}
