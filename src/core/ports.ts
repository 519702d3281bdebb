import type { ConversationAddress, Platform } from './conversation';
import type { InsightsPort, InteractionRecord } from './insights/interaction';
import type { WeeklySchedule } from './schedule/weekly-schedule';

/*
 * Every port the core and the parts around it talk through. The store implements them (SQLite and
 * PostgreSQL pass the same contract tests); the scheduler, the platforms and the core use them.
 */

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

/** An active subscription whose next tip is due. */
export interface DueSubscription {
  id: number;
  address: ConversationAddress;
  schedule: WeeklySchedule;
  /** Weeks claimed so far (tip_rotation_index): the rotation index of this week's tip. */
  tipIndex: number;
  nextDueAt: Date;
}

/** A tip delivery this process holds the claim (lease) on, and may send. */
export interface HeldDelivery {
  deliveryId: number;
  subscriptionId: number;
  address: ConversationAddress;
  dueAt: Date;
  tipIndex: number;
  attempts: number;
  /** Identifies this holder's lease: renewing or deferring needs it. */
  leaseToken: string;
}

export interface ClaimTiming {
  now: Date;
  /** The week after this one: where next_due_at moves to. */
  nextDueAt: Date;
  leaseUntil: Date;
  /** Give up retrying after this instant. */
  retryUntil: Date;
}

/** What the scheduler needs: the log of tip deliveries, claimed in the database before anything is sent. */
export interface DeliveryLedger {
  /**
   * Active subscriptions due at or before `at`. `spread` (any positive integer) orders them in a
   * permutation of its own, so replicas passing different values work on different rows first.
   */
  findDue(at: Date, platforms: readonly Platform[], limit: number, spread?: number): Promise<DueSubscription[]>;
  /**
   * In one transaction: moves the subscription's next_due_at from `due.nextDueAt` to `timing.nextDueAt`,
   * records a 'claimed' delivery for (subscription, due week) and moves the rotation on. Undefined when another
   * process (or an earlier run) already claimed that week.
   */
  claim(due: DueSubscription, timing: ClaimTiming): Promise<HeldDelivery | undefined>;
  /** Missed by too much: records 'skipped' for that week, with `reason`, and moves next_due_at on, sending nothing. */
  skip(due: DueSubscription, nextDueAt: Date, now: Date, reason: string): Promise<boolean>;
  /** Claimed deliveries whose holder let go or vanished (lease expired) and whose retry time has come. */
  findRecoverable(now: Date, platforms: readonly Platform[], limit: number): Promise<HeldDelivery[]>;
  /** Takes over an abandoned claim; undefined when another process got it first. */
  takeOver(delivery: HeldDelivery, now: Date, leaseUntil: Date): Promise<HeldDelivery | undefined>;
  /** Extends this holder's lease before another attempt; false when the lease was lost. */
  renew(delivery: HeldDelivery, now: Date, leaseUntil: Date): Promise<boolean>;
  /** Records the tip as sent and counts it as delivered (once, however often this is retried). */
  markSent(delivery: HeldDelivery, now: Date): Promise<void>;
  /** Lets go of the lease so a later tick retries at `nextAttemptAt`. */
  defer(delivery: HeldDelivery, now: Date, nextAttemptAt: Date, error: string): Promise<void>;
  /** The platform refused for good: the delivery fails and the subscription ends with the reason. */
  endPermanently(delivery: HeldDelivery, now: Date, reason: string): Promise<void>;
  /** Claimed deliveries past their retry window become 'failed'; returns how many. */
  expire(now: Date): Promise<number>;
}

/** A stored Slack installation (Bolt's Installation as JSON, encrypted by the caller). */
export interface InstallationRecord {
  key: string;
  teamId?: string;
  enterpriseId?: string;
  isEnterpriseInstall: boolean;
  installation: string;
}

export interface InstallationRecords {
  save(record: InstallationRecord): Promise<void>;
  get(key: string): Promise<string | undefined>;
  delete(key: string): Promise<boolean>;
}

/** The insights table, as the report and the retention job see it. */
export interface InsightsLedger extends InsightsPort {
  /** Interactions at or after `since` and before `until`, oldest first. */
  list(since: Date, until: Date): Promise<InteractionRecord[]>;
  /** Deletes interactions older than `before`; returns how many. */
  deleteBefore(before: Date): Promise<number>;
  /** Deletes every interaction; returns how many. */
  deleteAll(): Promise<number>;
}
