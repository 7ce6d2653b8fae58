import type { ComplexAttributeConverter } from 'lit';
import { warnOnce } from './warn.js';

/**
 * A converter for attributes that hold JSON (such as `strings`). Lit's own Object converter throws on
 * bad JSON, which would surface as an exception in the host page; this one warns and ignores it.
 */
export const jsonAttribute: ComplexAttributeConverter<unknown> = {
  // No toAttribute: a JSON property (such as `strings`) is never reflected back to its attribute.
  fromAttribute(value: string | null) {
    if (value?.trim()) {
      try {
        return JSON.parse(value);
      } catch {
        warnOnce('ypsi-widgets', `an attribute holds text that is not valid JSON: ${value.slice(0, 60)}`);
      }
    }
    return undefined;
  },
};
