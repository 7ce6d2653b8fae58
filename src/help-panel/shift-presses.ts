/**
 * The Shift count of the quick exit: Shift pressed and released on its own, three times, each within
 * 5 seconds of the last (GOV.UK Exit this page's rule). It only counts; what is said, and leaving, are
 * the page-wide controller's.
 */

/** Presses must come within this many milliseconds of each other (GOV.UK's 5 seconds). */
export const SHIFT_WINDOW = 5000;

/** How many presses leave the page. */
export const PRESSES = 3;

/** What the count is doing, for the status line. */
export type ShiftState =
  /** Nothing to say (the status region stays empty). */
  | { kind: 'idle' }
  /** `left` presses to go; `again` on the first press of an attempt after an earlier one stopped. */
  | { kind: 'counting'; left: number; again: boolean }
  /** The count ran out (5 seconds without a press) or another key ended it. */
  | { kind: 'stopped' }
  /** The third press: the page is leaving. */
  | { kind: 'leaving' };

const isShift = (event: KeyboardEvent): boolean => event.key === 'Shift';

export class ShiftPresses {
  /** The clock for the 5-second window. Replace it in tests to press slowly without waiting. */
  now: () => number = () => Date.now();

  #count = 0;
  #lastPress = 0;
  #attempts = 0;
  // True from a Shift keydown until any other key goes down: only then does its keyup count. Shift+Tab
  // with Shift let go first (keydown Shift, keydown Tab, keyup Shift) is not a press on its own.
  #shiftAlone = false;
  #shiftDown = false;
  #expiry?: ReturnType<typeof setTimeout>;
  #quiet?: ReturnType<typeof setTimeout>;

  /** `changed` hears every change of state, in order. */
  constructor(private readonly changed: (state: ShiftState) => void) {}

  /** Any key went down. */
  keydown(event: KeyboardEvent): void {
    if (isShift(event)) {
      // A second Shift key (both held) is not one Shift on its own; a held key's repeats change nothing.
      if (!event.repeat) this.#shiftAlone = !this.#shiftDown;
      this.#shiftDown = true;
      return;
    }
    this.#shiftAlone = false;
    // GOV.UK's habit: another key ends an attempt under way, and the status says so.
    if (this.#count) this.#stop();
  }

  /** Any key came up. */
  keyup(event: KeyboardEvent): void {
    if (!isShift(event)) return;
    const alone = this.#shiftDown && this.#shiftAlone;
    this.#shiftDown = this.#shiftAlone = false;
    if (alone) this.#press();
  }

  /** Back to nothing said, as at load (after leaving, or in tests). */
  clear(): void {
    clearTimeout(this.#expiry);
    clearTimeout(this.#quiet);
    this.#count = this.#attempts = 0;
    this.#shiftDown = this.#shiftAlone = false;
    this.changed({ kind: 'idle' });
  }

  #press(): void {
    const now = this.now();
    // The clock decides, not only the timer: a background tab may run a timer late.
    const fresh = !this.#count || now - this.#lastPress > SHIFT_WINDOW;
    if (fresh) this.#attempts++;
    this.#count = fresh ? 1 : this.#count + 1;
    this.#lastPress = now;
    clearTimeout(this.#expiry);
    clearTimeout(this.#quiet);
    if (this.#count >= PRESSES) {
      this.#count = 0;
      this.changed({ kind: 'leaving' });
      return;
    }
    this.changed({ kind: 'counting', left: PRESSES - this.#count, again: fresh && this.#attempts > 1 });
    this.#expiry = setTimeout(() => this.#stop(), SHIFT_WINDOW);
  }

  /** The attempt ends without leaving: say so, then fall quiet again after the same 5 seconds. */
  #stop(): void {
    clearTimeout(this.#expiry);
    this.#count = 0;
    this.changed({ kind: 'stopped' });
    this.#quiet = setTimeout(() => this.changed({ kind: 'idle' }), SHIFT_WINDOW);
  }
}
