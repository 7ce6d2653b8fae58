import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_EXIT } from '../content/quick-exit.js';
import { hiddenFormatReason, safeWebsite } from '../core/safe-link.js';
import { warnAttribute, warnOnce } from '../core/warn.js';

/**
 * The quick exit: one page-wide controller (`quickExit`, the Shift listener and the leaving) and one
 * Lit reactive controller per panel (`PanelQuickExit`, its destination and its Shift count).
 *
 * Reference behaviour (FACTS.md "Quick exit"): GOV.UK Frontend's Exit this page. Shift pressed three
 * times, each within 5 seconds of the last, Shift used with another key not counting; the page is
 * blanked while it goes. We go further: `location.replace`, so the page leaves this tab's back-button
 * history; the top layer (modal dialogs, popovers, fullscreen) is closed and covered too; inside a
 * frame the whole top page leaves where the browser allows it. It cannot clear the browser's history,
 * and the panel says so.
 */

/** What a panel gives the page-wide controller. */
export interface QuickExitHost {
  /** The panel element, to find the first panel in document order. */
  readonly element: Element;
  /** The checked https destination. */
  readonly href: string;
  /** What the one visible link says if the page is still here after leaving was asked for. */
  readonly label: string;
  /** Called with 0 (reset), 1 or 2 Shift presses so far, or 3 when leaving. */
  pressed(count: number): void;
}

/** Presses must come within this many milliseconds of each other (GOV.UK's 5 seconds). */
export const SHIFT_WINDOW = 5000;
const PRESSES = 3;
/**
 * If the page is still here this long after leaving was asked for (an "unsaved changes" guard, a
 * cancelled navigation, a very slow network), the blank cover shows one link on instead of nothing.
 */
export const WAY_ON_AFTER = 1000;
/** The class put on the host page's own `<body>` while leaving, for host CSS that wants it. */
export const EXITING_CLASS = 'ypsi-quick-exit';

/** The top window when this script may read it (same origin), else null. */
function reachableTop(): Window | null {
  try {
    const top = window.top;
    // Reading the location throws for a top page from another origin.
    return top && top.location.href !== undefined ? top : null;
  } catch {
    return null;
  }
}

/** True when the quick exit can clear the whole tab: not framed, or framed by a same-origin page. */
export function canLeaveWholePage(): boolean {
  return window.top === window || reachableTop() !== null;
}

/** Element order in the document; a panel inside another shadow tree sorts by its host there. */
function documentOrder(a: Element, b: Element): number {
  const outermost = (el: Element): Element => {
    let node: Element = el;
    for (let root = node.getRootNode(); root instanceof ShadowRoot; root = node.getRootNode()) node = root.host;
    return node;
  };
  const [first, second] = [outermost(a), outermost(b)];
  if (first === second) return 0;
  return first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** What was changed in one document while leaving, to put back. */
interface Hidden {
  doc: Document;
  overlay: HTMLElement;
  visibility: string;
  title: string;
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

/** Hide one document at once: top layer closed, body hidden, a blank cover on top of everything. */
function hide(doc: Document): Hidden | undefined {
  const body = doc.body;
  if (!body) return undefined;
  closeTopLayer(doc);
  const overlay = doc.createElement('div');
  const hidden = { doc, overlay, visibility: body.style.visibility, title: doc.title };
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
  return hidden;
}

export class QuickExitController {
  /**
   * How the page leaves: the top page when this script may navigate it (same origin, or a frame the
   * browser lets navigate its top), then this document. Replace it in tests to observe the URL.
   */
  navigate: (url: string) => void = (url) => {
    if (window.top !== window) {
      try {
        window.top!.location.replace(url);
      } catch {
        /* a frame from another site may not navigate its top: this frame still leaves */
      }
    }
    location.replace(url);
  };

  /** The clock for the 5-second window. Replace it in tests to press slowly without waiting. */
  now: () => number = () => Date.now();

  readonly #hosts = new Set<QuickExitHost>();
  #count = 0;
  #lastPress = 0;
  // GOV.UK's trick: Shift+A fires keyup A (shiftKey true) and then keyup Shift; skip that Shift.
  #lastKeyWasModified = false;
  /** While leaving: what was hidden, in this document and the top one, to put back. */
  #hidden: Hidden[] = [];
  #wayOnTimer?: ReturnType<typeof setTimeout>;

  /** True while at least one panel listens for Shift (one listener, however many panels). */
  get listening(): boolean {
    return this.#hosts.size > 0;
  }

  /** A panel with a quick exit joins; the first one adds the document listener. Joining twice is harmless. */
  connect(host: QuickExitHost): void {
    if (!this.#hosts.size) {
      // Capture, so a host page that stops key events cannot switch the shortcut off.
      document.addEventListener('keyup', this.#onKeyup, true);
      addEventListener('pageshow', this.#onPageshow);
    }
    this.#hosts.add(host);
  }

  /** A panel leaves; the last one removes the listeners so nothing outlives the widgets. */
  disconnect(host: QuickExitHost): void {
    if (!this.#hosts.delete(host) || this.#hosts.size) return;
    document.removeEventListener('keyup', this.#onKeyup, true);
    removeEventListener('pageshow', this.#onPageshow);
    this.#count = 0;
  }

  /**
   * Hide everything readable at once (this page, the top page it is framed in when reachable, and
   * their top layers), then leave without a back-button entry. If the page is still here a moment
   * later, the blank cover offers one link on (`label`), so it is never a dead blank page.
   */
  exit(url: string, label = 'Exit this page'): void {
    if (!this.#hidden.length) {
      const top = reachableTop();
      for (const doc of new Set([document, top?.document ?? document])) {
        try {
          const hidden = hide(doc);
          if (hidden) this.#hidden.push(hidden);
        } catch {
          /* nothing here may stop the exit */
        }
      }
    }
    clearTimeout(this.#wayOnTimer);
    this.#wayOnTimer = setTimeout(() => this.#offerWayOn(url, label), WAY_ON_AFTER);
    try {
      this.navigate(url);
    } catch {
      try {
        location.href = url;
      } catch {
        this.#offerWayOn(url, label);
      }
    }
  }

  /** The page did not leave (cancelled, guarded, or slow): one visible link on, on the blank cover. */
  #offerWayOn(url: string, label: string): void {
    for (const { doc, overlay } of this.#hidden) {
      if (overlay.firstChild) continue;
      const link = doc.createElement('a');
      link.href = url;
      link.rel = 'nofollow noreferrer';
      link.textContent = label;
      link.style.cssText = 'font:1.25rem/1.5 system-ui,sans-serif;color:LinkText';
      // Where a guard stopped `location.replace`, a plain link still leaves, now in the child's hands.
      if (doc !== document) link.target = '_top';
      overlay.append(link);
      try {
        link.focus();
      } catch {
        /* focus is a help, not a need */
      }
    }
  }

  /** Back to the ordinary page: after a restore from the back/forward cache, or in tests. */
  reset(): void {
    clearTimeout(this.#wayOnTimer);
    for (const { doc, overlay, visibility, title } of this.#hidden.splice(0)) {
      overlay.remove();
      doc.body?.classList.remove(EXITING_CLASS);
      if (doc.body) doc.body.style.visibility = visibility;
      doc.title = title;
    }
    this.#press(0);
  }

  /** The panels, first in document order first (the one Shift ×3 uses and the one that speaks). */
  #inOrder(): QuickExitHost[] {
    return [...this.#hosts].sort((a, b) => documentOrder(a.element, b.element));
  }

  /** Count so far; one announcement, from the first panel, so three panels do not speak three times. */
  #press(count: number): void {
    this.#count = count;
    this.#inOrder().forEach((host, i) => host.pressed(i ? 0 : count));
  }

  readonly #onKeyup = (event: KeyboardEvent): void => {
    if (event.key === 'Shift' && !this.#lastKeyWasModified) {
      const now = this.now();
      const count = this.#count && now - this.#lastPress <= SHIFT_WINDOW ? this.#count + 1 : 1;
      this.#lastPress = now;
      this.#press(count);
      if (count >= PRESSES) {
        this.#count = 0;
        const [first] = this.#inOrder();
        let href = DEFAULT_EXIT.url;
        let label: string | undefined;
        try {
          ({ href, label } = first);
        } catch {
          /* an odd panel never stops the exit: the default destination still works */
        }
        this.exit(href, label);
      }
    } else if (this.#count) {
      this.#press(0);
    }
    this.#lastKeyWasModified = event.shiftKey;
  };

  readonly #onPageshow = (event: PageTransitionEvent): void => {
    if (event.persisted) this.reset();
  };
}

/** The page's one controller. */
export const quickExit = new QuickExitController();

/** What a panel must offer its quick exit: its public `exit-url` and `no-quick-exit`. */
export interface QuickExitPanel extends ReactiveControllerHost, HTMLElement {
  exitUrl?: unknown;
  noQuickExit: boolean;
}

/** The panel's string for `key`, plural-aware when `count` is given. */
export type ExitText = (key: string, count?: number) => string;

/**
 * One panel's quick exit, as a Lit reactive controller: it joins the page-wide Shift listener while
 * its panel is connected and has a quick exit, checks the destination, and keeps the status line.
 */
export class PanelQuickExit implements ReactiveController, QuickExitHost {
  /** What the status region says while Shift is pressed. */
  message = '';

  /** False when the panel sits in a frame from another site, so the exit can only clear this box. */
  readonly wholePage: boolean;

  readonly #panel: QuickExitPanel;
  readonly #text: ExitText;

  constructor(panel: QuickExitPanel, text: ExitText) {
    this.#panel = panel;
    this.#text = text;
    this.wholePage = typeof window === 'undefined' || canLeaveWholePage();
    panel.addController(this);
  }

  get element(): Element {
    return this.#panel;
  }

  /** The checked destination: `exit-url` when it is an https address, else the default. Never throws. */
  get href(): string {
    let given: unknown;
    try {
      given = this.#panel.exitUrl;
    } catch {
      return DEFAULT_EXIT.url;
    }
    if (given === undefined || given === null || given === '') return DEFAULT_EXIT.url;
    const href = safeWebsite(given);
    if (!href) warnAttribute(this.#panel.localName, 'exit-url', given, 'an https:// address', `Using ${DEFAULT_EXIT.url}.${hiddenFormatReason(given)}`);
    return href ?? DEFAULT_EXIT.url;
  }

  get label(): string {
    return this.#text('exit');
  }

  pressed(count: number): void {
    const left = PRESSES - count;
    this.message = !count ? '' : left > 0 ? this.#text('shiftLeft', left) : this.#text('exiting');
    this.#panel.requestUpdate();
  }

  /** Leave now (the Exit this page link). */
  exit(): void {
    quickExit.exit(this.href, this.label);
  }

  hostConnected(): void {
    if (!this.wholePage) {
      warnOnce(
        this.#panel.localName,
        'is inside a frame from another site, so its quick exit may only clear the frame, not the page around it; the panel says so. Put the panel on the page itself.',
      );
    }
    this.#join();
  }

  hostUpdated(): void {
    this.#join();
  }

  hostDisconnected(): void {
    quickExit.disconnect(this);
  }

  /** The page's one Shift listener, joined while connected with a quick exit (joining twice is harmless). */
  #join(): void {
    if (this.#panel.isConnected && !this.#panel.noQuickExit) quickExit.connect(this);
    else quickExit.disconnect(this);
  }
}
