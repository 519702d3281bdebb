import { WEEKDAYS, type WeeklySchedule } from './weekly-schedule';

/**
 * The first instant strictly after `after` at which a weekly schedule falls due, computed in the
 * schedule's own IANA zone with the zone rules the runtime ships (Intl), so it is right across
 * daylight-saving changes: Monday 09:00 Europe/London is 09:00 GMT in winter and 08:00 UTC in summer.
 *
 * Each local date on the schedule's weekday maps to exactly one instant, so every week falls due
 * exactly once and no week is lost, whenever the question is asked. Times that a clock change makes odd:
 * - A local time that does not exist (01:30 on the Sunday the clocks go forward in London) is sent
 *   one hour later by the wall clock (02:30 BST), the instant 01:30 would have been without the change.
 * - A local time that happens twice (01:30 on the Sunday the clocks go back) is sent once, at the
 *   second occurrence (01:30 GMT in London, 01:30 EST in New York). Asked between the two occurrences,
 *   the answer is still that day's second occurrence, never the following week.
 *
 * Not a cron library: croner, for one, answers these cases inconsistently (the first occurrence in New
 * York, the second in London, and the following week when asked between the two in London), and the
 * tests check every minute of both change days in both zones.
 */
export function nextDueAfter(schedule: WeeklySchedule, after: Date): Date {
  // Many subscriptions share a schedule and a due instant (everyone on Monday 09:00 London): remember recent answers.
  const key = `${schedule.day}|${schedule.time}|${schedule.timeZone}|${after.getTime()}`;
  const known = recent.get(key);
  if (known !== undefined) return new Date(known);
  const next = computeNextDue(schedule, after);
  if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value as string);
  recent.set(key, next.getTime());
  return next;
}

const RECENT_LIMIT = 2_000;
const recent = new Map<string, number>();
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

function computeNextDue(schedule: WeeklySchedule, after: Date): Date {
  const match = /^(\d{1,2}):(\d{2})$/.exec(schedule.time);
  const weekday = WEEKDAYS.indexOf(schedule.day); // 0 = Monday
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || weekday < 0 || hours > 23 || minutes > 59) throw new Error(`nextDueAfter: not a weekly schedule: ${JSON.stringify(schedule)}`);
  const zone = schedule.timeZone;
  // Local dates from the day before `after`'s local date: the due instant of one of the next nine days is the answer.
  const start = wallClock(after.getTime(), zone);
  const startDate = Date.UTC(start.year, start.month - 1, start.day);
  for (let d = -1; d <= 8; d++) {
    const date = startDate + d * DAY_MS;
    if ((new Date(date).getUTCDay() + 6) % 7 !== weekday) continue;
    const due = instantOf(date + hours * 3_600_000 + minutes * MINUTE_MS, zone);
    if (due > after.getTime()) return new Date(due);
  }
  throw new Error(`nextDueAfter: no next due time for ${JSON.stringify(schedule)}`);
}

/**
 * The instant at which the zone's clocks show `local` (a wall-clock time written as if it were UTC).
 * Repeated: the later instant (second occurrence). Skipped: read with the offset before the change,
 * which lands as far past the gap as `local` was into it.
 */
function instantOf(local: number, zone: string): number {
  const before = offsetAt(local - DAY_MS, zone);
  const afterwards = offsetAt(local + DAY_MS, zone);
  const fits = [local - before, local - afterwards].filter((instant) => local - offsetAt(instant, zone) === instant);
  if (fits.length > 0) return Math.max(...fits);
  return local - before;
}

/** The zone's offset from UTC at an instant, in milliseconds (positive east of Greenwich). */
function offsetAt(instant: number, zone: string): number {
  const w = wallClock(instant, zone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

function wallClock(instant: number, zone: string): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const parts = formatter(zone).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(zone, f);
  }
  return f;
}

/** The local wall-clock weekday and HH:MM of an instant in a zone (for checking due times). */
export function localDayAndTime(at: Date, timeZone: string): { day: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: get('weekday').toLowerCase(), time: `${get('hour')}:${get('minute')}` };
}
