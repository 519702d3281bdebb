import type { ConversationAddress, Platform } from '../../src/core/conversation';
import type { ConversationDirectory, EventDeduper, Feedback, FeedbackSink } from '../../src/core/ports';
import type { Logger } from '../../src/logging/logger';

const DAY_MS = 86_400_000;

/** In-process event de-duplication for tests that need no database. */
export class MemoryEventDeduper implements EventDeduper {
  private readonly seen = new Map<string, number>();
  constructor(private readonly clock: () => number = Date.now) {}

  async firstSighting(eventId: string): Promise<boolean> {
    const now = this.clock();
    if (this.seen.size > 50_000) for (const [id, at] of this.seen) if (now - at > DAY_MS) this.seen.delete(id);
    const at = this.seen.get(eventId);
    if (at !== undefined && now - at < DAY_MS) return false;
    this.seen.set(eventId, now);
    return true;
  }
}

/** Logs feedback when no store is configured. */
export class LoggedFeedback implements FeedbackSink {
  constructor(private readonly logger: Logger) {}
  async record(f: Feedback): Promise<void> {
    this.logger.info({ passageId: f.passageId, helpful: f.helpful, platform: f.platform }, 'feedback');
  }
}

export class MemoryConversationDirectory implements ConversationDirectory {
  private readonly refs = new Map<string, Record<string, unknown>>();
  async save(address: ConversationAddress, reference: Record<string, unknown>): Promise<void> {
    this.refs.set(`${address.platform}:${address.conversationId}`, reference);
  }
  async get(platform: Platform, conversationId: string): Promise<Record<string, unknown> | undefined> {
    return this.refs.get(`${platform}:${conversationId}`);
  }
}
