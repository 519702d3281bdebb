import { Cron } from 'croner';
import { WEEKDAYS, type WeeklySchedule } from './weekly-schedule';

/**
 * The first instant strictly after `after` at which a weekly schedule falls due, computed in the
 * schedule's own IANA zone by croner (no hand-written date arithmetic), so it is right across
 * daylight-saving changes: Monday 09:00 Europe/London is 09:00 GMT in winter and 08:00 UTC in summer.
 *
 * Times that a clock change makes odd:
 * - A local time that does not exist (01:30 on the Sunday the clocks go forward in London) is sent
 *   one hour later by the wall clock (02:30 BST), the instant 01:30 would have been without the change.
 * - A local time that happens twice (01:30 on the Sunday the clocks go back) is sent once, at the
 *   second occurrence (01:30 GMT).
 */
export function nextDueAfter(schedule: WeeklySchedule, after: Date): Date {
  // Many subscriptions share a schedule and a due instant (everyone on Monday 09:00 London); croner's
  // zone conversion is slow enough (about a millisecond) to be worth remembering recent answers.
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

function computeNextDue(schedule: WeeklySchedule, after: Date): Date {
  const [hours, minutes] = schedule.time.split(':').map(Number);
  const dayOfWeek = (WEEKDAYS.indexOf(schedule.day) + 1) % 7; // cron: 0 = Sunday
  if (hours === undefined || minutes === undefined || Number.isNaN(hours) || Number.isNaN(minutes) || WEEKDAYS.indexOf(schedule.day) < 0) {
    throw new Error(`nextDueAfter: not a weekly schedule: ${JSON.stringify(schedule)}`);
  }
  const cron = new Cron(`${minutes} ${hours} * * ${dayOfWeek}`, { timezone: schedule.timeZone });
  const next = cron.nextRun(after);
  if (!next) throw new Error(`nextDueAfter: no next run for ${JSON.stringify(schedule)}`);
  return next;
}

/** The local wall-clock weekday and HH:MM of an instant in a zone (for checking due times). */
export function localDayAndTime(at: Date, timeZone: string): { day: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: get('weekday').toLowerCase(), time: `${get('hour')}:${get('minute')}` };
}
