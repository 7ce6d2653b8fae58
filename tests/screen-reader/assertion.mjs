/** A flow's check failed (as opposed to the desktop failing to start): reported without a stack. */
export class AssertionError extends Error {}
