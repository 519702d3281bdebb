import type { PlatformSender } from '../core/delivery';
import type { Reply } from '../core/replies';
import type { Platform } from '../core/conversation';
import type { DeliveryLedger } from '../core/ports';
import type { Logger } from '../logging/logger';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export interface SchedulerDeps {
  ledger: DeliveryLedger;
  /** The sender of each configured platform; subscriptions on other platforms wait, untouched. */
  senders: Partial<Record<Platform, PlatformSender>>;
  /** The tip message for a subscription's `n`th tip. */
  tipReply: (n: number) => Reply;
  logger: Logger;
  clock?: () => Date;
  sleep?: (ms: number) => Promise<void>;
}

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

export interface RunSummary {
  /** Subscriptions found due. */
  due: number;
  sent: number;
  /** Missed by more than the late limit: moved to the next week without sending. */
  skipped: number;
  /** Left claimed for a later tick to retry (rate limit, 5xx, network). */
  retrying: number;
  /** Ended because the platform refused for good (archived channel, bot removed). */
  ended: number;
  /**
   * Claimed deliveries whose retry window ran out, and subscriptions this run could not handle because
   * of an error (logged; a later tick tries them again).
   */
  failed: number;
  /** Already claimed by another replica or an earlier run. */
  alreadyClaimed: number;
  /** Earlier claims picked up again after their holder let go or vanished. */
  recovered: number;
}

/** The reason recorded on a skipped week, from the late limit in force, e.g. "missed by more than 12 hours". */
export function skipReason(lateLimitMs: number): string {
  const hours = lateLimitMs / HOUR;
  if (Number.isInteger(hours)) return `missed by more than ${hours} hour${hours === 1 ? '' : 's'}`;
  const minutes = Math.round(lateLimitMs / MINUTE);
  return `missed by more than ${minutes} minute${minutes === 1 ? '' : 's'}`;
}

export function emptySummary(): RunSummary {
  return { due: 0, sent: 0, skipped: 0, retrying: 0, ended: 0, failed: 0, alreadyClaimed: 0, recovered: 0 };
}
