/**
 * The documented "do not record" markers of common session-replay tools, put on every widget's host
 * element. The closed shadow root already keeps a recorder out; these are the second line, for a
 * recorder that reaches inside some other way, and they keep the widget's box out of heatmaps.
 * Each is the tool's own documented default:
 * - rrweb (and replay services built on it): class `rr-block`;
 * - PostHog: class `ph-no-capture`;
 * - Sentry Replay: class `sentry-block`, attribute `data-sentry-block`;
 * - FullStory: class `fs-exclude`;
 * - Hotjar: attribute `data-hj-suppress`;
 * - Microsoft Clarity: attribute `data-clarity-mask="true"`;
 * - LogRocket: attribute `data-private`.
 * They are the same on every widget and never change, so they tell the host nothing.
 */
const CLASSES = ['rr-block', 'ph-no-capture', 'sentry-block', 'fs-exclude'];
const ATTRIBUTES: Record<string, string> = {
  'data-sentry-block': '',
  'data-hj-suppress': '',
  'data-clarity-mask': 'true',
  'data-private': '',
};

/** Mark `host` as not to be recorded (idempotent; leaves the host's own classes and attributes alone). */
export function markDoNotRecord(host: Element): void {
  host.classList.add(...CLASSES);
  for (const [name, value] of Object.entries(ATTRIBUTES)) {
    if (!host.hasAttribute(name)) host.setAttribute(name, value);
  }
}
