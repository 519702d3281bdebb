import type { Platform } from '../core/conversation';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export interface SchedulerTuning {
  /** Deliveries in flight at once, across different conversations. */
  concurrency: number;
  /** How long a claim belongs to the process that made it; a crashed holder's claim is retried only after this. */
  leaseMs: number;
  /** Later than this after its due time, a tip is skipped (no burst of old tips after an outage). */
  lateLimitMs: number;
  /** Retries stop this long after the delivery was first claimed. */
  retryWindowMs: number;
  /** One platform call longer than this counts as "retry"; kept well below the lease. */
  attemptTimeoutMs: number;
  /** Waits up to this long are slept in the run; longer ones are left to a later tick. */
  maxInRunWaitMs: number;
  maxInRunAttempts: number;
  /** Spacing between sends to one conversation (Slack allows about one a second per channel). */
  perConversationMs: number;
  /** Spacing between sends within one Slack workspace or Teams tenant. */
  perWorkspaceMs: Partial<Record<Platform, number>>;
  batchSize: number;
}

export const DEFAULT_TUNING: SchedulerTuning = {
  concurrency: 20,
  leaseMs: 2 * MINUTE,
  lateLimitMs: 12 * HOUR,
  retryWindowMs: HOUR,
  attemptTimeoutMs: 45_000,
  maxInRunWaitMs: 30_000,
  maxInRunAttempts: 3,
  perConversationMs: 1_100,
  // Slack: "several hundred messages a minute" per workspace; Teams: well under its per-tenant limit.
  perWorkspaceMs: { slack: 200, teams: 40 },
  batchSize: 200,
};

/** The reason recorded on a skipped week, from the late limit in force, e.g. "missed by more than 12 hours". */
export function skipReason(lateLimitMs: number): string {
  const hours = lateLimitMs / HOUR;
  if (Number.isInteger(hours)) return `missed by more than ${hours} hour${hours === 1 ? '' : 's'}`;
  const minutes = Math.round(lateLimitMs / MINUTE);
  return `missed by more than ${minutes} minute${minutes === 1 ? '' : 's'}`;
}
