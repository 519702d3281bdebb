import type { Assistant } from '../core/assistant';
import type { PlatformSender } from '../core/delivery';
import type { Logger } from '../logging/logger';
import type { Route } from './http-server';
import type { ConversationDirectory, EventDeduper, FeedbackSink, SubscriptionDirectory } from '../core/ports';

/** What the wiring hands every platform adapter (platform-specific extras, such as Slack's installation store, extend this). */
export interface PlatformDeps {
  assistant: Assistant;
  logger: Logger;
  events: EventDeduper;
  feedback: FeedbackSink;
  conversations: ConversationDirectory;
  /** Absent until a store is configured. */
  subscriptionDirectory?: SubscriptionDirectory;
}

/** A platform (Slack, Teams) as main sees it: routes to mount, a lifecycle, and a sender for tips. */
export interface PlatformAdapter {
  name: 'slack' | 'teams';
  routes: Route[];
  /** Plain-words status for the start-up message, e.g. "Slack: HTTP mode, single workspace". */
  describe(): string;
  start(): Promise<void>;
  stop(): Promise<void>;
  sender: PlatformSender;
}
