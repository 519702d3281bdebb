import type { WeeklySchedule } from './schedule/weekly-schedule';

export type Platform = 'slack' | 'teams' | 'cli';

/** Where a conversation lives. Platform-specific delivery details are kept by each adapter. */
export interface ConversationAddress {
  platform: Platform;
  /** Slack channel id, or Teams conversation id. */
  conversationId: string;
  /** Slack team id, or Teams tenant id. */
  workspaceId?: string;
  /** A human name for the conversation, when the platform gives one. */
  label?: string;
}

export interface SubscriptionView {
  schedule: WeeklySchedule;
  active: boolean;
  nextTipAt?: Date;
  /** Why weekly tips stopped, when the platform refused them (e.g. the channel was archived). */
  endedReason?: string;
  /** Tips actually delivered here (a week that was given up is not counted). */
  tipsSent: number;
}

/** The part of the store the core needs for the subscription commands. */
export interface SubscriptionPort {
  /** Creates or reschedules; `changed` is false when the conversation was already subscribed the same way. */
  subscribe(where: ConversationAddress, schedule: WeeklySchedule): Promise<{ subscription: SubscriptionView; changed: boolean }>;
  /** Returns whether there was an active subscription to end. */
  unsubscribe(where: ConversationAddress): Promise<boolean>;
  status(where: ConversationAddress): Promise<SubscriptionView | undefined>;
}

/** Thrown by a store that cannot be reached; the core turns it into a polite "try again shortly". */
export class StoreUnavailableError extends Error {
  readonly code = 'thinkagain_store_unavailable';
  constructor(message = 'The database cannot be reached.', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}
