/**
 * Opening hours are UK hours. A young person abroad, or a phone set to the wrong zone, must still be
 * told whether Childline or the NSPCC is open *in London*, across the BST/GMT changes, so every
 * calculation goes through Intl with the Europe/London zone rather than the device's own clock face.
 */

/** 0 = Sunday … 6 = Saturday, as Date#getDay. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** One opening period: these weekdays, from `opens` to `closes` in minutes after midnight. */
export interface OpeningPeriod {
  days: readonly Weekday[];
  opens: number;
  closes: number;
}

/** `always` for 24/7; otherwise the weekly periods. */
export type Schedule = 'always' | readonly OpeningPeriod[];

/**
 * Open or not, in words ready for `t(key, status)`: `key` is the string key ("openUntil",
 * "closedOpensDay" …) and `time` / `day` fill its placeholders.
 */
export interface OpenStatus {
  open: boolean;
  key: 'openAlways' | 'openUntil' | 'closedOpensToday' | 'closedOpensDay' | 'closed';
  time?: string;
  day?: string;
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAY = 1440;
const WEEK = 7 * DAY;
let formatter: Intl.DateTimeFormat | undefined;

/** Whether a service is open at `now` (in London), and when it next closes or opens. */
export function openStatus(schedule: Schedule, now: Date): OpenStatus {
  if (schedule === 'always') return { open: true, key: 'openAlways' };
  formatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    weekday: 'long',
    hour: 'numeric',
    minute: 'numeric',
  }); // en-GB is a 24-hour clock (00–23; a "24" from an old engine is caught by % 24 below)
  const clock: Record<string, string> = {};
  for (const { type, value } of formatter.formatToParts(now)) clock[type] = value;
  // Minutes since Sunday 00:00 on a London wall clock.
  const at = DAYS.indexOf(clock.weekday) * DAY + (+clock.hour % 24) * 60 + +clock.minute;
  // Every period is a span of the week; the next opening is the nearest start ahead (up to a week).
  let wait = Infinity;
  for (const { days, opens, closes } of schedule) {
    for (const d of days) {
      const start = d * DAY + opens;
      if (start <= at && at < d * DAY + closes) return { open: true, key: 'openUntil', time: clockWords(closes) };
      wait = Math.min(wait, (start - at + WEEK) % WEEK || WEEK);
    }
  }
  if (wait === Infinity) return { open: false, key: 'closed' };
  const opens = at + wait;
  return (at % DAY) + wait < DAY
    ? { open: false, key: 'closedOpensToday', time: clockWords(opens) }
    : { open: false, key: 'closedOpensDay', time: clockWords(opens), day: DAYS[Math.floor(opens / DAY) % 7] };
}

/** "9am", "9:30am", "12pm", "midnight": the way UK services write their hours. */
export function clockWords(minutes: number): string {
  const m = minutes % DAY;
  return m
    ? `${Math.floor(m / 60) % 12 || 12}${m % 60 ? `:${String(m % 60).padStart(2, '0')}` : ''}${m < 720 ? 'am' : 'pm'}`
    : 'midnight';
}
