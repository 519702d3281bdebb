import type { Logger } from '../logging/logger';
import { safeErrorText } from '../logging/redact';
import type { InsightsLedger } from '../core/ports';

const DAY_MS = 86_400_000;
const PRUNE_EVERY_MS = 60 * 60_000;

/**
 * Deletes interactions older than the retention period. Run on the scheduler's tick (every minute) it
 * does its work at most once an hour; a database that is down is logged and tried again next time.
 * It runs even with INSIGHTS=off, so rows kept before recording was turned off still go.
 */
export class InsightsRetention {
  private lastRun = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly ledger: Pick<InsightsLedger, 'deleteBefore'>,
    private readonly retentionDays: number,
    private readonly logger: Logger,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Deletes what is due now; returns how many rows went, or undefined when it was not yet time or the database failed. */
  async prune(): Promise<number | undefined> {
    const now = this.clock().getTime();
    if (now - this.lastRun < PRUNE_EVERY_MS) return undefined;
    this.lastRun = now;
    try {
      const deleted = await this.ledger.deleteBefore(new Date(now - this.retentionDays * DAY_MS));
      if (deleted > 0) this.logger.info({ deleted, retentionDays: this.retentionDays }, 'insights: old interactions deleted');
      return deleted;
    } catch (error) {
      this.logger.warn({ err: safeErrorText(error) }, 'insights: old interactions could not be deleted; trying again at a later tick');
      return undefined;
    }
  }
}

/** A scheduler tick that first prunes old interactions, then does its own work (which a pruning failure never stops). */
export function withRetention<T>(tick: (signal: AbortSignal) => Promise<T>, retention: InsightsRetention): (signal: AbortSignal) => Promise<T> {
  return async (signal) => {
    await retention.prune();
    return tick(signal);
  };
}
