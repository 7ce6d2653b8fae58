/**
 * The quick exit's cover: what hides a page at once while it leaves, and the one link on that the
 * cover offers if the page is still there a moment later.
 */

/**
 * If the page is still here this long after leaving was asked for (an "unsaved changes" guard, a
 * cancelled navigation, a very slow network), the blank cover shows one link on instead of nothing.
 */
export const WAY_ON_AFTER = 1000;

/** The class put on the host page's own `<body>` while leaving, for host CSS that wants it. */
export const EXITING_CLASS = 'ypsi-quick-exit';

/** One document hidden under a cover: what was changed, to put back, and its waiting link. */
interface Covered {
  doc: Document;
  overlay: HTMLElement;
  link: HTMLAnchorElement;
  visibility: string;
  title: string;
  /** The timer that focuses the link when it shows (cleared on restore). */
  timer?: ReturnType<typeof setTimeout>;
}

/** Close everything in the top layer: modal dialogs, popovers, fullscreen. None of it may stay readable. */
function closeTopLayer(doc: Document): void {
  for (const dialog of doc.querySelectorAll('dialog[open]')) {
    try {
      (dialog as HTMLDialogElement).close();
    } catch {
      /* keep going: the cover below still hides it */
    }
  }
  try {
    for (const popover of doc.querySelectorAll<HTMLElement>(':popover-open')) popover.hidePopover();
  } catch {
    /* an engine without popovers has none open */
  }
  try {
    if (doc.fullscreenElement) doc.exitFullscreen().catch(() => undefined);
  } catch {
    /* no fullscreen API */
  }
}

/** The link on, made now and shown later: a plain link still leaves where a guard stopped `location.replace`. */
function wayOnLink(doc: Document, url: string, label: string, framed: boolean): HTMLAnchorElement {
  const link = doc.createElement('a');
  link.href = url;
  link.rel = 'nofollow noreferrer';
  link.textContent = label;
  link.style.cssText = 'font:1.25rem/1.5 system-ui,sans-serif;color:LinkText';
  if (framed) link.target = '_top';
  return link;
}

/** Hide one document at once: top layer closed, body hidden, a blank cover on top of everything. */
function cover(doc: Document, url: string, label: string): Covered | undefined {
  const body = doc.body;
  if (!body) return undefined;
  closeTopLayer(doc);
  const overlay = doc.createElement('div');
  const covered: Covered = {
    doc,
    overlay,
    link: wayOnLink(doc, url, label, doc !== document),
    visibility: body.style.visibility,
    title: doc.title,
  };
  body.classList.add(EXITING_CLASS);
  // Hidden, not just covered: screen readers and Tab cannot reach the page behind the cover.
  body.style.visibility = 'hidden';
  overlay.className = `${EXITING_CLASS}-overlay`;
  // CSSOM, not a style attribute, so it works under a strict style-src CSP. The z-index is the highest
  // browsers allow (2^31 - 1); the popover puts the cover in the top layer too, above any dialog left.
  overlay.style.cssText = `position:fixed;inset:0;z-index:${2 ** 31 - 1};background:Canvas;color:CanvasText;visibility:visible;width:auto;height:auto;max-width:none;max-height:none;margin:0;border:0;padding:2rem`;
  body.append(overlay);
  try {
    overlay.popover = 'manual';
    overlay.showPopover();
  } catch {
    /* no popovers: the z-index cover still hides everything but the top layer, which is closed */
  }
  // The tab's title can be seen across a room while the next page loads.
  doc.title = '\u200b';
  return covered;
}

/** Show the link now, and focus it (focus is a help, not a need: it is the cover's only content). */
function reveal(link: HTMLAnchorElement): void {
  for (const animation of link.getAnimations?.() ?? []) animation.cancel();
  link.style.visibility = 'visible';
  link.focus();
}

/**
 * Put the link on the cover, shown `delay` ms later by an animation of the cover's own document, not
 * only by a timer of this script: a frame that leaves takes its timers with it (browsers run no
 * callback once its caller's document is gone), which would leave the top page blank for good. The
 * timer here still runs on the page itself, to move focus to the link when it shows.
 */
function showLinkAfter(covered: Covered, delay: number): void {
  const { overlay, link } = covered;
  if (!link.isConnected) overlay.append(link);
  if (delay <= 0) return reveal(link);
  link.style.visibility = 'hidden';
  try {
    link.animate([{ visibility: 'hidden' }, { visibility: 'visible' }], { delay, duration: 1, fill: 'forwards' });
  } catch {
    link.style.visibility = 'visible'; // no Web Animations: a link shown at once beats none
  }
  covered.timer = setTimeout(() => reveal(link), delay);
}

/** The documents hidden while leaving, and their links on. */
export class ExitCover {
  readonly #covered: Covered[] = [];

  /** True while a page is hidden by the quick exit (it stays hidden until restored). */
  get active(): boolean {
    return this.#covered.length > 0;
  }

  /** Hide each document (this one and the top page, when reachable); the link on shows `after` ms later. */
  hide(docs: Iterable<Document>, url: string, label: string, after = WAY_ON_AFTER): void {
    if (!this.active) {
      for (const doc of new Set(docs)) {
        try {
          const covered = cover(doc, url, label);
          if (covered) this.#covered.push(covered);
        } catch {
          /* nothing here may stop the exit */
        }
      }
    }
    this.offerWayOn(after);
  }

  /** Offer the link on after `after` ms (0: now), on every cover that has none yet. */
  offerWayOn(after = 0): void {
    for (const covered of this.#covered) {
      try {
        clearTimeout(covered.timer);
        showLinkAfter(covered, after);
      } catch {
        covered.overlay.append(covered.link);
      }
    }
  }

  /** Put every page back as it was (previews and tests). */
  restore(): void {
    for (const covered of this.#covered.splice(0)) {
      const { doc, overlay, visibility, title } = covered;
      clearTimeout(covered.timer);
      overlay.remove();
      doc.body?.classList.remove(EXITING_CLASS);
      if (doc.body) doc.body.style.visibility = visibility;
      doc.title = title;
    }
  }
}
