/** What one run of the scheduler did, by outcome. */
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

export function emptySummary(): RunSummary {
  return { due: 0, sent: 0, skipped: 0, retrying: 0, ended: 0, failed: 0, alreadyClaimed: 0, recovered: 0 };
}
