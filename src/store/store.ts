import type { ConversationDirectory, EventDeduper, FeedbackSink, SubscriptionDirectory } from '../app/ports';
import type { ConversationAddress, Platform, SubscriptionPort } from '../core/subscriptions';
import type { WeeklySchedule } from '../core/schedule/weekly-schedule';
import type { InsightsLedger } from './sql/sql-insights';

/** An active subscription whose next tip is due. */
export interface DueSubscription {
  id: number;
  address: ConversationAddress;
  schedule: WeeklySchedule;
  /** Weeks claimed so far (tips_sent): the rotation index of this week's tip. */
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
