import type { EventDeduper, Feedback, FeedbackSink, SubscriptionPort } from '../core/ports';
import type { Logger } from '../logging/logger';
import { safeErrorText } from '../logging/redact';
import { isUnavailable } from '../store/sql/unavailable';

const WINDOW_MS = 86_400_000;
const MAX_REMEMBERED = 50_000;

/** The words for a store failure in a log line; the failure is handled the same way whatever they say. */
function storeTrouble(error: unknown): string {
  return isUnavailable(error) ? 'database unavailable' : 'database error';
}

/**
 * Event de-duplication that never stands between a person and an answer: on any store failure
 * (unreachable, refusing connections, a statement error) it falls back to this process's own memory
 * of recent ids, so a question is still answered (at worst once per replica) rather than not at all.
 */
export class ResilientEventDeduper implements EventDeduper {
  private readonly local = new Map<string, number>();

  constructor(
    private readonly shared: EventDeduper,
    private readonly logger: Logger,
    private readonly clock: () => number = Date.now,
  ) {}

  async firstSighting(eventId: string): Promise<boolean> {
    // Seen here already: perhaps while the database was down (so the database never heard of it), or
    // a redelivery arriving while the first copy is still being checked. Noted before anything is awaited.
    if (this.seenRecently(eventId)) return false;
    this.remember(eventId);
    try {
      return await this.shared.firstSighting(eventId);
    } catch (error) {
      this.logger.warn({ eventId, err: safeErrorText(error) }, `${storeTrouble(error)}: de-duplicating this event in memory only`);
      return true;
    }
  }

  private seenRecently(eventId: string): boolean {
    const seen = this.local.get(eventId);
    return seen !== undefined && this.clock() - seen < WINDOW_MS;
  }

  private remember(eventId: string): void {
    if (this.local.size >= MAX_REMEMBERED) this.local.delete(this.local.keys().next().value as string);
    this.local.set(eventId, this.clock());
  }
}

/** Feedback that is logged instead of lost, and never fails the user's click, whatever the store does. */
export class ResilientFeedback implements FeedbackSink {
  constructor(
    private readonly shared: FeedbackSink,
    private readonly logger: Logger,
  ) {}

  async record(feedback: Feedback): Promise<void> {
    try {
      await this.shared.record(feedback);
    } catch (error) {
      this.logger.warn({ passageId: feedback.passageId, helpful: feedback.helpful, platform: feedback.platform, err: safeErrorText(error) }, `${storeTrouble(error)}: feedback logged, not stored`);
    }
  }
}

/**
 * The subscription port with its failures logged (redacted) before the assistant turns them into a
 * polite reply; the assistant has no logger of its own.
 */
export function loggedSubscriptions(port: SubscriptionPort, logger: Logger): SubscriptionPort {
  const logged = async <R>(operation: string, call: () => Promise<R>): Promise<R> => {
    try {
      return await call();
    } catch (error) {
      logger.warn({ operation, err: safeErrorText(error) }, `${storeTrouble(error)}: subscriptions could not be read or changed`);
      throw error;
    }
  };
  return {
    subscribe: (where, schedule) => logged('subscribe', () => port.subscribe(where, schedule)),
    unsubscribe: (where) => logged('unsubscribe', () => port.unsubscribe(where)),
    status: (where) => logged('status', () => port.status(where)),
  };
}
