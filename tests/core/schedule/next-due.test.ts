import { localDayAndTime, nextDueAfter } from '../../../src/core/schedule/next-due';
import type { WeeklySchedule } from '../../../src/core/schedule/weekly-schedule';

const london = (day: WeeklySchedule['day'], time: string): WeeklySchedule => ({ day, time, timeZone: 'Europe/London' });
const iso = (d: Date) => d.toISOString();

describe('nextDueAfter: the next weekly time in the subscription’s zone', () => {
  it('is Monday 09:00 GMT in winter and 08:00 UTC (09:00 BST) in summer', () => {
    expect(iso(nextDueAfter(london('monday', '09:00'), new Date('2026-03-20T00:00:00Z')))).toBe('2026-03-23T09:00:00.000Z');
    // Clocks go forward on Sunday 29 March 2026.
    expect(iso(nextDueAfter(london('monday', '09:00'), new Date('2026-03-23T09:00:00Z')))).toBe('2026-03-30T08:00:00.000Z');
    // Clocks go back on Sunday 25 October 2026.
    expect(iso(nextDueAfter(london('monday', '09:00'), new Date('2026-10-19T08:00:00Z')))).toBe('2026-10-26T09:00:00.000Z');
  });

  it('is strictly after the given instant', () => {
    const due = nextDueAfter(london('monday', '09:00'), new Date('2026-01-12T09:00:00Z'));
    expect(iso(due)).toBe('2026-01-19T09:00:00.000Z');
    expect(iso(nextDueAfter(london('monday', '09:00'), new Date('2026-01-12T08:59:59Z')))).toBe('2026-01-12T09:00:00.000Z');
  });

  it('sends a time that the spring change skips one hour later by the wall clock (01:30 → 02:30 BST)', () => {
    const due = nextDueAfter(london('sunday', '01:30'), new Date('2026-03-28T12:00:00Z'));
    expect(iso(due)).toBe('2026-03-29T01:30:00.000Z');
    expect(localDayAndTime(due, 'Europe/London')).toEqual({ day: 'sunday', time: '02:30' });
    expect(iso(nextDueAfter(london('sunday', '01:30'), due))).toBe('2026-04-05T00:30:00.000Z');
  });

  it('sends a time that the autumn change repeats once, at its second occurrence (01:30 GMT)', () => {
    const due = nextDueAfter(london('sunday', '01:30'), new Date('2026-10-24T12:00:00Z'));
    expect(iso(due)).toBe('2026-10-25T01:30:00.000Z');
    expect(iso(nextDueAfter(london('sunday', '01:30'), due))).toBe('2026-11-01T01:30:00.000Z');
  });

  it('walks a year of Mondays at 09:00 local time, whatever the offset', () => {
    let at = new Date('2026-01-01T00:00:00Z');
    for (let week = 0; week < 53; week++) {
      const due = nextDueAfter(london('monday', '09:00'), at);
      expect(localDayAndTime(due, 'Europe/London')).toEqual({ day: 'monday', time: '09:00' });
      expect(due.getTime() - at.getTime()).toBeLessThanOrEqual(7 * 86_400_000 + 3_600_000);
      at = due;
    }
  });

  it('works in other zones and days', () => {
    const due = nextDueAfter({ day: 'friday', time: '16:30', timeZone: 'Australia/Sydney' }, new Date('2026-01-01T00:00:00Z'));
    expect(localDayAndTime(due, 'Australia/Sydney')).toEqual({ day: 'friday', time: '16:30' });
    expect(iso(due)).toBe('2026-01-02T05:30:00.000Z');
  });
});
