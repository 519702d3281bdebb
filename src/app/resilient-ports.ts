import { StoreUnavailableError } from '../core/subscriptions';
import type { Logger } from '../logging/logger';
import type { EventDeduper, Feedback, FeedbackSink } from './ports';

const WINDOW_MS = 86_400_000;
const MAX_REMEMBERED = 50_000;

/**
 * Event de-duplication that keeps answering while the database is down: it falls back to this
 * process's own memory of recent ids, so a question is still answered (at worst once per replica)
 * rather than not at all.
 */
export class ResilientEventDeduper implements EventDeduper {
  private readonly local = new Map<string, number>();

  constructor(
    private readonly shared: EventDeduper,
    private readonly logger: Logger,
    private readonly clock: () => number = Date.now,
  ) {}

  async firstSighting(eventId: string): Promise<boolean> {
    try {
      return await this.shared.firstSighting(eventId);
    } catch (error) {
      if (!(error instanceof StoreUnavailableError)) throw error;
      this.logger.warn({ eventId }, 'database unavailable: de-duplicating this event in memory only');
      return this.localFirstSighting(eventId);
    }
  }

  private localFirstSighting(eventId: string): boolean {
    const now = this.clock();
    if (this.local.size >= MAX_REMEMBERED) this.local.delete(this.local.keys().next().value as string);
    const seen = this.local.get(eventId);
    if (seen !== undefined && now - seen < WINDOW_MS) return false;
    this.local.set(eventId, now);
    return true;
  }
}

/** Feedback that is logged instead of lost, and never fails the user's click, while the database is down. */
export class ResilientFeedback implements FeedbackSink {
  constructor(
    private readonly shared: FeedbackSink,
    private readonly logger: Logger,
  ) {}

  async record(feedback: Feedback): Promise<void> {
    try {
      await this.shared.record(feedback);
    } catch (error) {
      if (!(error instanceof StoreUnavailableError)) throw error;
      this.logger.warn({ passageId: feedback.passageId, helpful: feedback.helpful, platform: feedback.platform }, 'database unavailable: feedback logged, not stored');
    }
  }
}
