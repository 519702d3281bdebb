import { DEFAULT_SCHEDULE, WEEKDAYS, type Weekday, type WeeklySchedule } from './weekly-schedule';

export type ScheduleParse = { ok: true; schedule: WeeklySchedule } | { ok: false; problem: string };

const EXAMPLE = 'For example: `subscribe tuesday 14:30 Europe/London`.';

/** Reads `[day] [HH:MM] [IANA time zone]` in any order; anything missing takes the default. */
export function parseScheduleWords(args: string): ScheduleParse {
  const schedule: WeeklySchedule = { ...DEFAULT_SCHEDULE };
  const words = args.split(/\s+/).filter(Boolean);
  if (words.length > 3) return { ok: false, problem: `That is more than I can read as a schedule. ${EXAMPLE}` };
  for (const word of words) {
    const day = toWeekday(word);
    if (day) {
      schedule.day = day;
    } else if (/^\d{1,2}[:.]\d{2}$/.test(word) || /^\d{1,2}(am|pm)$/i.test(word)) {
      const time = toTime(word);
      if (!time) return { ok: false, problem: `"${word}" is not a time of day I understand: use 24-hour HH:MM, such as 09:00 or 16:30. ${EXAMPLE}` };
      schedule.time = time;
    } else if (word.includes('/') || /^utc$/i.test(word)) {
      const zone = toTimeZone(word);
      if (!zone) return { ok: false, problem: `"${word}" is not a time zone I know: use an IANA name such as Europe/London. ${EXAMPLE}` };
      schedule.timeZone = zone;
    } else {
      return { ok: false, problem: `I could not read "${word}" as a day, a time or a time zone. ${EXAMPLE}` };
    }
  }
  return { ok: true, schedule };
}

function toWeekday(word: string): Weekday | undefined {
  const w = word.toLowerCase();
  if (w.length < 3) return undefined;
  return WEEKDAYS.find((day) => day.startsWith(w.replace(/s$/, '')));
}

function toTime(word: string): string | undefined {
  const twelve = /^(\d{1,2})(am|pm)$/i.exec(word);
  let hours: number;
  let minutes: number;
  if (twelve) {
    hours = Number(twelve[1]);
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + ((twelve[2] as string).toLowerCase() === 'pm' ? 12 : 0);
    minutes = 0;
  } else {
    const [h, m] = word.split(/[:.]/);
    hours = Number(h);
    minutes = Number(m);
  }
  if (!Number.isInteger(hours) || !Number.isInteger(minutes) || hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

function toTimeZone(word: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone: word }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}
