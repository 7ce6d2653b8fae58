import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { YouthServiceId } from '../content/consequences.js';
import { actionLabel, actionTemplate, renderActionLink, type ActionWords } from '../core/service-action.js';
import { cardModel } from '../helpline-card/card-model.js';

/** The timeline's strings that its service links use. */
export type ServiceLinkKey = 'call' | 'text' | 'textNoKeyword' | 'newTab';

/**
 * "Who can help" as one-tap links. The links come from the same model as `<helpline-card>`
 * (card-model.ts) and are drawn the same way (core/service-action.ts), so every number and address
 * is read from the one service directory, checked by safe-link, and said by a label that holds it.
 * A list, not cards: the same service can appear at every stage. Each service's links sit in a group
 * named for it, so a screen-reader user who tabs to "Call 0800 1111" hears whose number it is.
 * `say` gives a content sentence (a number's label) in the timeline's language.
 */
export function serviceLinks(
  tag: string,
  ids: readonly YouthServiceId[],
  words: ActionWords<ServiceLinkKey>,
  say: (english: string) => string,
): TemplateResult {
  const newTab = words.current.newTab ?? words.english.newTab;
  return html`<ul part="services" class="services">
    ${ids.map((id) => {
      const m = cardModel(tag, { service: id }, new Date());
      const name = m.name ?? id;
      return html`<li>
        <div class="service" role="group" aria-label=${name}>
          ${m.website
            ? renderActionLink({ href: m.website, part: 'service', className: 'button secondary', label: name, newTabName: `${name} ${newTab}` })
            : html`<strong part="service">${name}</strong>`}
          ${m.phones.map((p) =>
            renderActionLink({
              href: p.href,
              part: 'call',
              className: 'button',
              label: html`${p.label ? `${say(p.label)}: ` : ''}${actionLabel(actionTemplate(tag, 'call', words), { number: p.display })}`,
            }),
          )}
          ${m.text
            ? renderActionLink({
                href: m.text.href,
                part: 'text',
                className: 'button',
                label: actionLabel(actionTemplate(tag, m.text.keyword ? 'text' : 'textNoKeyword', words), m.text),
              })
            : nothing}
        </div>
      </li>`;
    })}
  </ul>`;
}
