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

  it('in New York too: a skipped 02:30 goes out at 03:30 EDT, a repeated 01:30 once, at 01:30 EST', () => {
    const ny = (time: string): WeeklySchedule => ({ day: 'sunday', time, timeZone: 'America/New_York' });
    // Clocks go forward on Sunday 8 March 2026 (02:00 EST → 03:00 EDT).
    const spring = nextDueAfter(ny('02:30'), new Date('2026-03-07T12:00:00Z'));
    expect(iso(spring)).toBe('2026-03-08T07:30:00.000Z');
    expect(localDayAndTime(spring, 'America/New_York')).toEqual({ day: 'sunday', time: '03:30' });
    expect(iso(nextDueAfter(ny('02:30'), spring))).toBe('2026-03-15T06:30:00.000Z');
    // Clocks go back on Sunday 1 November 2026 (02:00 EDT → 01:00 EST): 01:30 EDT is 05:30Z, 01:30 EST is 06:30Z.
    expect(iso(nextDueAfter(ny('01:30'), new Date('2026-10-31T12:00:00Z')))).toBe('2026-11-01T06:30:00.000Z');
    expect(iso(nextDueAfter(ny('01:30'), new Date('2026-11-01T05:30:00Z')))).toBe('2026-11-01T06:30:00.000Z');
    expect(iso(nextDueAfter(ny('01:30'), new Date('2026-11-01T06:30:00Z')))).toBe('2026-11-08T06:30:00.000Z');
  });

  it('never loses the week of a repeated time when asked between its two occurrences (London, 00:30Z–01:29Z)', () => {
    for (const asked of ['2026-10-25T00:29:00Z', '2026-10-25T00:30:00Z', '2026-10-25T00:45:00Z', '2026-10-25T00:59:00Z', '2026-10-25T01:00:00Z', '2026-10-25T01:29:59Z']) {
      expect(iso(nextDueAfter(london('sunday', '01:30'), new Date(asked)))).toBe('2026-10-25T01:30:00.000Z');
    }
  });

  it.each([
    ['Europe/London', '01:30', '2026-10-24T00:00:00Z'],
    ['Europe/London', '01:30', '2026-03-28T00:00:00Z'],
    ['Europe/London', '01:00', '2026-10-24T00:00:00Z'],
    ['Europe/London', '02:00', '2026-10-24T00:00:00Z'],
    ['America/New_York', '01:30', '2026-10-31T00:00:00Z'],
    ['America/New_York', '02:30', '2026-03-07T00:00:00Z'],
    ['America/New_York', '01:59', '2026-10-31T00:00:00Z'],
  ])('in %s, Sunday %s falls due exactly once on the clock-change day, asked every minute', (timeZone, time, from) => {
    const schedule: WeeklySchedule = { day: 'sunday', time, timeZone };
    const start = new Date(from).getTime();
    const asked: [number, number][] = [];
    for (let t = start; t < start + 2 * 86_400_000; t += 60_000) asked.push([t, nextDueAfter(schedule, new Date(t)).getTime()]);
    // One due instant on the change day, then the following Sunday's: no second occurrence, no lost week.
    const [first, second] = [...new Set(asked.map(([, due]) => due))].sort((a, b) => a - b) as [number, number];
    for (const [t, due] of asked) expect([new Date(t).toISOString(), due]).toEqual([new Date(t).toISOString(), t < first ? first : second]);
    expect(localDayAndTime(new Date(first), timeZone).day).toBe('sunday');
    expect(second - first).toBeGreaterThanOrEqual(7 * 86_400_000 - 3_600_000);
    expect(second - first).toBeLessThanOrEqual(7 * 86_400_000 + 3_600_000);
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
