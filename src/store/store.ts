import type { ConversationDirectory, DeliveryLedger, EventDeduper, FeedbackSink, InsightsLedger, InstallationRecords, SubscriptionDirectory, SubscriptionPort } from '../core/ports';

/**
 * The durable store: one interface, split into the ports each part of the bot uses.
 * Two implementations (SQLite, PostgreSQL) pass the same contract tests.
 */
export interface Store {
  readonly subscriptions: SubscriptionPort;
  readonly subscriptionDirectory: SubscriptionDirectory;
  readonly events: EventDeduper;
  readonly feedback: FeedbackSink;
  readonly conversations: ConversationDirectory;
  readonly deliveries: DeliveryLedger;
  readonly installations: InstallationRecords;
  /** Interactions for the insights report (migration 3). */
  readonly insights: InsightsLedger;
  /** Applies pending migrations; safe when several replicas start at once. */
  migrate(): Promise<number[]>;
  /** Resolves when the database answers; throws StoreUnavailableError otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
  describe(): string;
}
