import { VERSION } from '../version.js';
import { warnOnce } from './warn.js';

/** What our classes carry so a second copy of the bundle can recognise the first. */
export interface YpsiConstructor extends CustomElementConstructor {
  ypsiVersion?: string;
}

// An older copy owns every tag, not one: a web editor needs one line about it, not four.
let versionClashSaid = false;

/**
 * Register a tag once, safely. A CMS may load the CDN bundle twice, or the npm build beside it, or
 * another library may own the name already: none of that may throw into the host page. The same
 * version loaded twice is silent; a different version, or a stranger's element, warns once.
 */
export function defineElement(tag: string, ctor: YpsiConstructor): void {
  try {
    const registry = globalThis.customElements;
    if (!registry) return;
    const existing = registry.get(tag) as YpsiConstructor | undefined;
    if (!existing) {
      registry.define(tag, ctor);
      return;
    }
    if (existing === ctor) return;
    const theirs = existing.ypsiVersion;
    if (theirs === undefined) {
      warnOnce(
        tag,
        `another script already defines <${tag}>, so ypsi-widgets left it alone. The other widgets still work. To use this one under another name: customElements.define('my-${tag}', ${exportName(tag)}).`,
      );
    } else if (theirs !== VERSION && !versionClashSaid) {
      versionClashSaid = true;
      warnOnce(
        tag,
        `ypsi-widgets ${theirs} is already loaded on this page, so ${VERSION} kept the first copy. Load the bundle once.`,
      );
    }
  } catch (error) {
    warnOnce(tag, `could not be registered (${String(error)}).`);
  }
}

// The exported class name (helpline-card → HelplineCard): the minified bundle renames the class itself.
const exportName = (tag: string): string => tag.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase());
