import type { YpsiConstructor } from '../core/define-element.js';
import { HelplineCard } from '../helpline-card/helpline-card.js';

/** The panel's own name for its cards when another library owns `<helpline-card>`. */
export const SPARE_CARD_TAG = 'ypsi-helpline-card';

/**
 * The tag the panel's cards use: `helpline-card` while that name is ours (any copy of ypsi-widgets)
 * or not yet defined; when another library owns it, our card class under SPARE_CARD_TAG, defined on
 * first need, so the panel never shows a stranger's element (or an empty slot) where a service
 * should be.
 */
export function cardTag(): 'helpline-card' | typeof SPARE_CARD_TAG {
  const registry = globalThis.customElements;
  const owner = registry?.get('helpline-card') as YpsiConstructor | undefined;
  if (!owner || owner.ypsiVersion !== undefined) return 'helpline-card';
  // A subclass: one class cannot be registered under two names.
  if (!registry.get(SPARE_CARD_TAG)) registry.define(SPARE_CARD_TAG, class extends HelplineCard {});
  return SPARE_CARD_TAG;
}
