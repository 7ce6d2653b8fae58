import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import { DEFAULT_EXIT } from '../content/quick-exit.js';
import { warnOnce } from '../core/warn.js';
import { canLeaveWholePage, sandboxForbidsTopNavigation } from './exit-frame.js';
import { quickExit, type QuickExitHost } from './quick-exit.js';
import type { ShiftState } from './shift-presses.js';

/** What a panel must offer its quick exit: an element that updates. */
export type QuickExitPanel = ReactiveControllerHost & HTMLElement;

/**
 * The panel's `exit-url` and `no-quick-exit`, already normalised by its table (panel-inputs.ts):
 * undefined until its first update has read them.
 */
export type ExitInputs = () => { readonly exitUrl: string; readonly noQuickExit: boolean } | undefined;

/** The quick exit's strings: `shiftLeft` and `shiftAgain` take a count (plural-aware). */
export type ExitTextKey = 'exit' | 'shiftLeft' | 'shiftAgain' | 'shiftStopped' | 'exiting';

/** The panel's string for `key`, plural-aware when `count` is given. */
export type ExitText = (key: ExitTextKey, count?: number) => string;

/**
 * One panel's quick exit, as a Lit reactive controller: it joins the page-wide controller while its
 * panel is connected and has a quick exit, checks the destination, keeps the status line, and clears
 * the panel's choice (`forget`) before the page is hidden.
 */
export class PanelQuickExit implements ReactiveController, QuickExitHost {
  /** What the status region says about the Shift count ('' says nothing). */
  message = '';

  /** False when the exit may only clear this panel's frame: another site's frame, or a sandbox. */
  readonly wholePage: boolean;

  readonly #panel: QuickExitPanel;
  readonly #inputs: ExitInputs;
  readonly #text: ExitText;
  readonly #forget: () => void;

  constructor(panel: QuickExitPanel, inputs: ExitInputs, text: ExitText, forget: () => void) {
    this.#panel = panel;
    this.#inputs = inputs;
    this.#text = text;
    this.#forget = forget;
    this.wholePage = typeof window === 'undefined' || canLeaveWholePage();
    panel.addController(this);
  }

  get element(): Element {
    return this.#panel;
  }

  /** The destination: `exit-url` as its row checked it (an https address), else the default. */
  get href(): string {
    return this.#inputs()?.exitUrl ?? DEFAULT_EXIT.url;
  }

  get label(): string {
    return this.#text('exit');
  }

  /**
   * Every change is said in words that differ from the last: a screen reader drops a live-region
   * text identical to the one it last read, so a new attempt says the count started again.
   */
  shift(state: ShiftState): void {
    const { kind } = state;
    this.message =
      kind === 'counting'
        ? this.#text(state.again ? 'shiftAgain' : 'shiftLeft', state.left)
        : kind === 'stopped'
          ? this.#text('shiftStopped')
          : kind === 'leaving'
            ? this.#text('exiting')
            : '';
    this.#panel.requestUpdate();
  }

  forget(): void {
    this.#forget();
  }

  /** Leave now (the Exit this page link). */
  exit(): void {
    quickExit.exit(this.href, this.label);
  }

  hostConnected(): void {
    if (!this.wholePage) {
      warnOnce(
        this.#panel.localName,
        sandboxForbidsTopNavigation()
          ? 'is inside a sandboxed frame without allow-top-navigation, so its quick exit cannot leave the page around it; the panel says so. Put the panel on the page itself, or add allow-top-navigation-by-user-activation to the sandbox.'
          : 'is inside a frame from another site, so its quick exit may only clear the frame, not the page around it; the panel says so. Put the panel on the page itself.',
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

  /** The page's one Shift listener serves this panel while connected with a quick exit. */
  #join(): void {
    if (this.#panel.isConnected && !this.#inputs()?.noQuickExit) quickExit.connect(this);
    else quickExit.disconnect(this);
  }
}
