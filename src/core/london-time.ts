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

export interface LondonClock {
  day: Weekday;
  minutes: number;
}

export type OpenStatus =
  | { open: true; closesAt?: LondonClock }
  | { open: false; opensAt?: LondonClock; sameDay: boolean };

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
let formatter: Intl.DateTimeFormat | undefined;

/** The weekday and minutes-after-midnight on a London wall clock at instant `date`. */
export function londonClock(date: Date): LondonClock {
  formatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  let day = 0;
  let hour = 0;
  let minute = 0;
  for (const part of formatter.formatToParts(date)) {
    if (part.type === 'weekday') day = WEEKDAYS.indexOf(part.value);
    else if (part.type === 'hour') hour = Number(part.value) % 24;
    else if (part.type === 'minute') minute = Number(part.value);
  }
  return { day: Math.max(0, day) as Weekday, minutes: hour * 60 + minute };
}

/** Whether a service is open at `now`, and when it next closes or opens. */
export function openStatus(schedule: Schedule, now: Date): OpenStatus {
  if (schedule === 'always') return { open: true };
  const { day, minutes } = londonClock(now);
  for (const period of schedule) {
    if (period.days.includes(day) && period.opens <= minutes && minutes < period.closes) {
      return { open: true, closesAt: { day, minutes: period.closes } };
    }
  }
  // Look up to a week ahead for the next opening, starting later today.
  for (let ahead = 0; ahead <= 7; ahead++) {
    const d = ((day + ahead) % 7) as Weekday;
    const opens = schedule
      .filter((p) => p.days.includes(d) && (ahead > 0 || p.opens > minutes))
      .map((p) => p.opens)
      .sort((a, b) => a - b)[0];
    if (opens !== undefined) {
      return { open: false, opensAt: { day: d, minutes: opens }, sameDay: ahead === 0 };
    }
  }
  return { open: false, sameDay: false };
}

/** "9am", "9:30am", "12pm", "midnight": the way UK services write their hours. */
export function clockWords(minutes: number): string {
  if (minutes % 1440 === 0) return 'midnight';
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const suffix = h < 12 ? 'am' : 'pm';
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}${m ? `:${String(m).padStart(2, '0')}` : ''}${suffix}`;
}
