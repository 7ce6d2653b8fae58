import { DEFAULT_EXIT } from '../content/quick-exit.js';
import { ExitCover, WAY_ON_AFTER } from './exit-cover.js';
import { documentOrder, reachableTop, sandboxForbidsTopNavigation } from './exit-frame.js';
import { ShiftPresses, type ShiftState } from './shift-presses.js';

export { EXITING_CLASS, WAY_ON_AFTER } from './exit-cover.js';
export { canLeaveWholePage } from './exit-frame.js';
export { SHIFT_WINDOW, type ShiftState } from './shift-presses.js';

/**
 * The quick exit's page-wide half: one Shift listener and one way of leaving for every panel on the
 * page (the panel's own half is panel-quick-exit.ts).
 *
 * Reference behaviour (facts "Quick exit"): GOV.UK Frontend's Exit this page. Shift pressed three
 * times, each within 5 seconds of the last, Shift used with another key not counting; the page is
 * blanked while it goes. We go further: the reader's choice is cleared first; `location.replace`, so
 * the page leaves this tab's back-button history; the top layer (modal dialogs, popovers, fullscreen)
 * is closed and covered too; inside a frame the whole top page leaves where the browser allows it; a
 * page brought back by Back stays covered. It cannot clear the browser's history, and the panel says so.
 */

/** What a panel gives the page-wide controller. */
export interface QuickExitHost {
  /** The panel element, to find the first panel in document order. */
  readonly element: Element;
  /** The checked https destination. */
  readonly href: string;
  /** What the one visible link says if the page is still here after leaving was asked for. */
  readonly label: string;
  /** What the Shift count is doing; only the first panel in document order hears anything but idle. */
  shift(state: ShiftState): void;
  /** Clear what the reader chose or opened, now, before the page is hidden. */
  forget(): void;
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
        /* a frame from another site, or a sandboxed one, may not navigate its top: this frame still leaves */
      }
    }
    location.replace(url);
  };

  readonly #hosts = new Set<QuickExitHost>();
  readonly #cover = new ExitCover();
  readonly #presses = new ShiftPresses((state) => this.#shiftChanged(state));

  /** The clock for the 5-second window. Replace it in tests to press slowly without waiting. */
  get now(): () => number {
    return this.#presses.now;
  }

  set now(clock: () => number) {
    this.#presses.now = clock;
  }

  /** True while at least one panel has a quick exit (the Shift listener does nothing otherwise). */
  get listening(): boolean {
    return this.#hosts.size > 0;
  }

  /** A panel with a quick exit joins. Joining twice is harmless. */
  connect(host: QuickExitHost): void {
    this.#hosts.add(host);
  }

  /** A panel leaves; with the last one gone, the count starts from nothing. */
  disconnect(host: QuickExitHost): void {
    if (this.#hosts.delete(host) && !this.#hosts.size) this.#presses.clear();
  }

  /**
   * Clear every panel's choice, hide everything readable at once (this page, the top page it is
   * framed in when reachable, and their top layers), then leave without a back-button entry. If the
   * page is still here a moment later, the blank cover offers one link on (`label`), so it is never a
   * dead blank page; in a frame whose sandbox forbids leaving the top page, the link shows at once.
   */
  exit(url: string, label = 'Exit this page'): void {
    for (const host of this.#hosts) {
      try {
        host.forget();
      } catch {
        /* nothing here may stop the exit */
      }
    }
    const top = reachableTop();
    this.#cover.hide([document, top?.document ?? document], url, label, sandboxForbidsTopNavigation() ? 0 : WAY_ON_AFTER);
    try {
      this.navigate(url);
    } catch {
      try {
        location.href = url;
      } catch {
        this.#cover.offerWayOn();
      }
    }
  }

  /** Back to the ordinary page: previews and tests (Back after an exit never does this). */
  reset(): void {
    this.#cover.restore();
    this.#presses.clear();
  }

  /** Keys, heard on `window` before anything on the page (see the listeners below). */
  keydown(event: KeyboardEvent): void {
    if (this.listening) this.#presses.keydown(event);
  }

  keyup(event: KeyboardEvent): void {
    if (this.listening) this.#presses.keyup(event);
  }

  /**
   * Back (or Forward) brought a page that had left out of the back/forward cache: it stays covered,
   * its choices already cleared, and the link on is offered at once. The reader asked for it to go.
   */
  pageshow(event: PageTransitionEvent): void {
    if (!event.persisted || !this.#cover.active) return;
    this.#presses.clear();
    this.#cover.offerWayOn();
  }

  /** The panels, first in document order first (the one Shift ×3 uses and the one that speaks). */
  #inOrder(): QuickExitHost[] {
    return [...this.#hosts].sort((a, b) => documentOrder(a.element, b.element));
  }

  /** One announcement, from the first panel, so three panels do not speak three times. */
  #shiftChanged(state: ShiftState): void {
    const hosts = this.#inOrder();
    hosts.forEach((host, i) => host.shift(i ? { kind: 'idle' } : state));
    if (state.kind !== 'leaving') return;
    let href = DEFAULT_EXIT.url;
    let label: string | undefined;
    try {
      ({ href, label } = hosts[0]);
    } catch {
      /* an odd panel never stops the exit: the default destination still works */
    }
    this.exit(href, label);
  }
}

/** The page's one controller. */
export const quickExit = new QuickExitController();

// Heard on `window`, in the capture phase, from the moment this script runs, for the life of the page:
// `window` is the first stop of every key event, and listeners on one target run in the order they
// were added, so a page listener added after this one cannot stop Shift from reaching it (not even
// with stopImmediatePropagation). Added once for the page, never per panel: a listener added later,
// when a panel appears, would run after the page's own. What one added before this script can still
// do is said in the README ("Quick exit") and SECURITY.md.
if (typeof window !== 'undefined') {
  addEventListener('keydown', (event) => quickExit.keydown(event), true);
  addEventListener('keyup', (event) => quickExit.keyup(event), true);
  addEventListener('pageshow', (event) => quickExit.pageshow(event));
}
