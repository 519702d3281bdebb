export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** When a weekly tip goes out: a day, a local time, and the IANA zone that time is in. */
export interface WeeklySchedule {
  day: Weekday;
  /** 24-hour local time, "HH:MM". */
  time: string;
  timeZone: string;
}

export const DEFAULT_SCHEDULE: WeeklySchedule = { day: 'monday', time: '09:00', timeZone: 'Europe/London' };

export function describeSchedule(schedule: WeeklySchedule): string {
  const day = schedule.day.charAt(0).toUpperCase() + schedule.day.slice(1);
  return `${day}s at ${schedule.time} (${schedule.timeZone})`;
}
