import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';

/**
 * A clock that updates its element once a minute, only while asked to: "Open now" must not go
 * stale while the page stays open, but a widget without a status (or with a fixed `now`) needs no
 * timer, and a page of many cards should not wake up every minute for nothing. It stops when the
 * element leaves the page.
 */
export class MinuteClock implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #tick?: ReturnType<typeof setInterval>;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Keep ticking (`true`) or stop (`false`); asking twice is harmless. */
  keep(on: boolean): void {
    if (on) {
      this.#tick ??= setInterval(() => this.#host.requestUpdate(), 60_000);
    } else {
      clearInterval(this.#tick);
      this.#tick = undefined;
    }
  }

  hostDisconnected(): void {
    this.keep(false);
  }
}
