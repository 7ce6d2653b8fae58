/**
 * The one document-level quick-exit controller, shared by every `<help-panel>` on the page.
 *
 * Reference behaviour (FACTS.md "Quick exit"): GOV.UK Frontend's Exit this page. Shift pressed three
 * times, each within 5 seconds of the last, Shift used with another key not counting; the page is
 * blanked while it goes. We go further in one way: `location.replace`, so the page leaves this tab's
 * back-button history. It cannot clear the browser's history, and the panel says so.
 */

/** What a panel gives the controller: where to go, and a way to say how many presses are left. */
export interface QuickExitHost {
  /** The checked https destination. */
  readonly exitHref: string;
  /** Called with 0 (reset), 1 or 2 Shift presses so far, or 3 when leaving. */
  shiftCount(count: number): void;
}

/** Presses must come within this many milliseconds of each other (GOV.UK's 5 seconds). */
export const SHIFT_WINDOW = 5000;
const PRESSES = 3;
/** The class put on the host page's own `<body>` while leaving, for host CSS that wants it. */
export const EXITING_CLASS = 'ypsi-quick-exit';

export class QuickExitController {
  /** How the page leaves. Replace it in tests to observe the URL without leaving. */
  navigate: (url: string) => void = (url) => location.replace(url);

  /** The clock for the 5-second window. Replace it in tests to press slowly without waiting. */
  now: () => number = () => Date.now();

  readonly #hosts = new Set<QuickExitHost>();
  #count = 0;
  #lastPress = 0;
  // GOV.UK's trick: Shift+A fires keyup A (shiftKey true) and then keyup Shift; skip that Shift.
  #lastKeyWasModified = false;
  /** While leaving: the overlay, and the body's own visibility and the page title, to put back. */
  #saved?: [overlay: HTMLElement, visibility: string, title: string];

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

  /** Hide the whole host page at once, then leave without a back-button entry. */
  exit(url: string): void {
    const body = document.body;
    if (body && !this.#saved) {
      const overlay = document.createElement('div');
      this.#saved = [overlay, body.style.visibility, document.title];
      body.classList.add(EXITING_CLASS);
      // Hidden, not just covered: screen readers and Tab cannot reach the page behind the overlay.
      body.style.visibility = 'hidden';
      overlay.className = `${EXITING_CLASS}-overlay`;
      // CSSOM, not a style attribute, so it works under a strict style-src CSP. The z-index is the
      // highest browsers allow (2^31 - 1, written so, the minifier folds it): above anything the host has.
      overlay.style.cssText = `position:fixed;inset:0;z-index:${2 ** 31 - 1};background:Canvas;visibility:visible`;
      body.append(overlay);
      // The tab's title can be seen across a room while the next page loads.
      document.title = '\u200b';
    }
    try {
      this.navigate(url);
    } catch {
      location.href = url;
    }
  }

  /** Back to the ordinary page: after a restore from the back/forward cache, or in tests. */
  reset(): void {
    if (this.#saved) {
      const [overlay, visibility, title] = this.#saved;
      overlay.remove();
      document.body?.classList.remove(EXITING_CLASS);
      if (document.body) document.body.style.visibility = visibility;
      document.title = title;
      this.#saved = undefined;
    }
    this.#press(0);
  }

  /** Count so far; one announcement, from the first panel, so three panels do not speak three times. */
  #press(count: number): void {
    this.#count = count;
    [...this.#hosts].forEach((host, i) => host.shiftCount(i ? 0 : count));
  }

  readonly #onKeyup = (event: KeyboardEvent): void => {
    if (event.key === 'Shift' && !this.#lastKeyWasModified) {
      const now = this.now();
      const count = this.#count && now - this.#lastPress <= SHIFT_WINDOW ? this.#count + 1 : 1;
      this.#lastPress = now;
      this.#press(count);
      if (count >= PRESSES) {
        this.#count = 0;
        this.exit([...this.#hosts][0].exitHref);
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
