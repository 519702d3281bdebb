import type { WeeklySchedule } from '../schedule/weekly-schedule';

/** What a user asked for, in the one grammar every platform shares. */
export type Command =
  | { kind: 'help' }
  | { kind: 'principles' }
  | { kind: 'principle'; ref: string }
  | { kind: 'tip' }
  | { kind: 'about' }
  | { kind: 'subscribe'; schedule: WeeklySchedule }
  | { kind: 'subscribe-invalid'; problem: string }
  | { kind: 'unsubscribe' }
  | { kind: 'status' }
  | { kind: 'ask'; query: string };

export type CommandKind = Command['kind'];
