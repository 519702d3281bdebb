import type { ConversationAddress, Platform, SubscriptionView } from '../core/subscriptions';

/** Slack redelivers events; this answers each event id once, across replicas when the store is shared. */
export interface EventDeduper {
  /** True the first time an id is seen (within a day), false for every later delivery. */
  firstSighting(eventId: string): Promise<boolean>;
}

export interface Feedback {
  passageId: string;
  helpful: boolean;
  platform: Platform;
  at: Date;
}

/** Stores 👍 / 👎 on a passage: no user ids, no message text. */
export interface FeedbackSink {
  record(feedback: Feedback): Promise<void>;
}

/** Platform-specific delivery details for a conversation (a Teams conversation reference). */
export interface ConversationDirectory {
  save(address: ConversationAddress, reference: Record<string, unknown>): Promise<void>;
  get(platform: Platform, conversationId: string): Promise<Record<string, unknown> | undefined>;
}

export interface WorkspaceSubscription {
  address: ConversationAddress;
  subscription: SubscriptionView;
}

/** What the adapters need beyond the core's SubscriptionPort. */
export interface SubscriptionDirectory {
  listForWorkspace(platform: Platform, workspaceId: string): Promise<WorkspaceSubscription[]>;
  /** The bot was removed from a workspace or conversation: end its subscriptions there. */
  endForWorkspace(platform: Platform, workspaceId: string, reason: string): Promise<number>;
  endForConversation(address: ConversationAddress, reason: string): Promise<boolean>;
}
