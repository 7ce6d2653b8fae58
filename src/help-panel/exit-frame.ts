/**
 * Where the panel sits, for the quick exit: on the page itself, in a frame of the same site (whose
 * top page it can hide and leave), in a frame of another site, or in a frame whose sandbox forbids
 * navigating the top page.
 */

/** The top window when this script may read it (same origin), else null. */
export function reachableTop(): Window | null {
  try {
    const top = window.top;
    // Reading the location throws for a top page from another origin.
    return top && top.location.href !== undefined ? top : null;
  } catch {
    return null;
  }
}

/** The sandbox tokens that let a frame navigate its top page (`-to-custom-protocols` does not, for https). */
const TOP_NAVIGATION = ['allow-top-navigation', 'allow-top-navigation-by-user-activation'];

/**
 * True when a frame between this window and the top one is sandboxed without allow-top-navigation,
 * so `top.location` cannot be changed from here. Seen only where each frame element may be read
 * (same origin); a sandbox set by another site cannot be seen, and its frame counts as another site.
 */
export function sandboxForbidsTopNavigation(): boolean {
  try {
    for (let win: Window = window; win !== win.parent; win = win.parent) {
      const sandbox = win.frameElement?.getAttribute('sandbox');
      if (typeof sandbox !== 'string') continue;
      const tokens = sandbox.toLowerCase().split(/\s+/);
      if (!TOP_NAVIGATION.some((token) => tokens.includes(token))) return true;
    }
  } catch {
    /* a frame element of another origin cannot be read */
  }
  return false;
}

/** True when the quick exit can clear the whole tab: not framed, or framed by a same-origin page that it may navigate. */
export function canLeaveWholePage(): boolean {
  return (window.top === window || reachableTop() !== null) && !sandboxForbidsTopNavigation();
}

/** Element order in the document; a panel inside another shadow tree sorts by its host there. */
export function documentOrder(a: Element, b: Element): number {
  const outermost = (el: Element): Element => {
    let node: Element = el;
    for (let root = node.getRootNode(); root instanceof ShadowRoot; root = node.getRootNode()) node = root.host;
    return node;
  };
  const [first, second] = [outermost(a), outermost(b)];
  if (first === second) return 0;
  return first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
