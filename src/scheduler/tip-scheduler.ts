import { nextDueAfter } from '../core/schedule/next-due';
import { type DueSubscription, type HeldDelivery, StoreUnavailableError } from '../core/ports';
import type { Platform } from '../core/conversation';
import { attemptDelivery } from './attempt';
import { Pacer } from './pacer';
import { runPool, type PoolOptions } from './run-pool';
import { safeErrorText } from '../logging/redact';
import { DEFAULT_TUNING, skipReason, type SchedulerTuning } from './tuning';
import { emptySummary, type RunSummary } from './run-summary';
import type { SchedulerDeps } from './scheduler-deps';

/**
 * A wait that holds the process open: while a run paces or backs off, nothing else may be keeping
 * Node's event loop alive (SQLite is synchronous), and an unref'd timer would let `tips run-due` exit
 * in the middle of its claims.
 */
const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface RunOptions {
  /** Aborting stops the run taking new work: nothing more is claimed; sends in flight finish, retries are left to a later tick. */
  signal?: AbortSignal;
}

/**
 * Sends every weekly tip that is due. Each week of each subscription is claimed in the database
 * (one transaction: delivery row + next_due_at moved on) before anything is sent, so replicas and
 * repeated runs never send the same week twice.
 *
 * One subscription that fails (a bad row, a store error on its claim) is logged, counted as failed and
 * left for a later tick; the run goes on with the others. A database that cannot be reached stops the
 * run (StoreUnavailableError): every other row would fail the same way.
 */
export class TipScheduler {
  private readonly tuning: SchedulerTuning;
  private readonly clock: () => Date;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly pacer: Pacer;
  private readonly platforms: Platform[];
  /** This instance's order over due rows, so replicas mostly claim different rows. */
  private readonly spread = 1 + Math.floor(Math.random() * 10_006);

  constructor(
    private readonly deps: SchedulerDeps,
    tuning: Partial<SchedulerTuning> = {},
  ) {
    this.tuning = { ...DEFAULT_TUNING, ...tuning };
    this.clock = deps.clock ?? (() => new Date());
    this.sleep = deps.sleep ?? realSleep;
    this.pacer = new Pacer(this.clock, this.sleep);
    this.platforms = (Object.keys(deps.senders) as Platform[]).filter((p) => deps.senders[p]);
  }

  /** Sends what is due at `at` (default now), then returns what happened. Throws StoreUnavailableError if the database is down. */
  async runDue(at: Date = this.clock(), options: RunOptions = {}): Promise<RunSummary> {
    const summary = emptySummary();
    const stopping = () => options.signal?.aborted === true;
    summary.failed += await this.deps.ledger.expire(this.clock());
    await this.recover(summary, stopping);

    // A skipped week may land its next due time within the late limit (still due now): another round sends it.
    for (let round = 0; round < 5 && !stopping(); round++) {
      const skippedBefore = summary.skipped;
      await this.round(at, summary, stopping);
      if (summary.skipped === skippedBefore) break;
    }
    return summary;
  }

  /** What the pool does with one item's error: log it (no tokens), count it, go on; a database that is down stops the run. */
  private poolOptions<T>(summary: RunSummary, stopping: () => boolean, describe: (item: T) => Record<string, unknown>): PoolOptions<T> {
    return {
      stopped: stopping,
      onError: (item, error) => {
        if (error instanceof StoreUnavailableError) throw error;
        summary.failed += 1;
        this.deps.logger.error({ ...describe(item), error: safeErrorText(error) }, 'weekly tip could not be handled; a later run tries it again');
      },
    };
  }

  /** Claims and sends every subscription found due at `at`, `concurrency` at a time. */
  private async round(at: Date, summary: RunSummary, stopping: () => boolean): Promise<void> {
    const seen = new Set<number>();
    const queue: DueSubscription[] = [];
    let exhausted = false;
    let fetching: Promise<void> | undefined;
    const refill = async () => {
      const batch = await this.deps.ledger.findDue(at, this.platforms, this.tuning.batchSize, this.spread);
      const fresh = batch.filter((d) => !seen.has(d.id));
      for (const d of fresh) seen.add(d.id);
      if (fresh.length === 0) exhausted = true;
      // Replicas fetch the same rows; shuffling keeps them from queueing behind one another's claims.
      queue.push(...shuffle(fresh));
    };
    const next = async (): Promise<DueSubscription | undefined> => {
      while (queue.length === 0 && !exhausted) {
        // One fetch at a time: lanes that find the queue empty wait for the same fetch.
        fetching ??= refill().finally(() => {
          fetching = undefined;
        });
        await fetching;
      }
      return queue.shift();
    };
    const describe = (due: DueSubscription) => ({ subscriptionId: due.id, platform: due.address.platform, conversationId: due.address.conversationId, dueAt: due.nextDueAt.toISOString() });
    await runPool(this.tuning.concurrency, next, (due) => this.handleDue(due, at, summary, stopping), this.poolOptions(summary, stopping, describe));
  }

  private async handleDue(due: DueSubscription, at: Date, summary: RunSummary, stopping: () => boolean): Promise<void> {
    summary.due += 1;
    const now = this.clock();
    if (at.getTime() - due.nextDueAt.getTime() > this.tuning.lateLimitMs) {
      // Too late: no tip for this week. The next due time may still be within the late limit (it is
      // then fetched again by this run and sent late), or in the future.
      const resume = nextDueAfter(due.schedule, new Date(at.getTime() - this.tuning.lateLimitMs));
      if (await this.deps.ledger.skip(due, resume, now, skipReason(this.tuning.lateLimitMs))) summary.skipped += 1;
      else summary.alreadyClaimed += 1;
      return;
    }
    const held = await this.deps.ledger.claim(due, {
      now,
      nextDueAt: nextDueAfter(due.schedule, due.nextDueAt),
      leaseUntil: new Date(now.getTime() + this.tuning.leaseMs),
      retryUntil: new Date(now.getTime() + this.tuning.retryWindowMs),
    });
    if (!held) {
      summary.alreadyClaimed += 1;
      return;
    }
    await this.deliver(held, summary, stopping);
  }

  /** Claims left behind by a crashed process (lease expired) or deferred by an earlier run (retry time come). */
  private async recover(summary: RunSummary, stopping: () => boolean): Promise<void> {
    const describe = (held: HeldDelivery) => ({ deliveryId: held.deliveryId, subscriptionId: held.subscriptionId, platform: held.address.platform, conversationId: held.address.conversationId });
    while (!stopping()) {
      const now = this.clock();
      const batch = await this.deps.ledger.findRecoverable(now, this.platforms, this.tuning.batchSize);
      if (batch.length === 0) return;
      let taken = 0;
      await runPool(
        this.tuning.concurrency,
        async () => batch.shift(),
        async (candidate) => {
          const held = await this.deps.ledger.takeOver(candidate, this.clock(), new Date(this.clock().getTime() + this.tuning.leaseMs));
          if (!held) return;
          taken += 1;
          summary.recovered += 1;
          await this.deliver(held, summary, stopping);
        },
        this.poolOptions(summary, stopping, describe),
      );
      if (taken === 0) return;
    }
  }

  private async deliver(held: HeldDelivery, summary: RunSummary, stopping: () => boolean): Promise<void> {
    const sender = this.deps.senders[held.address.platform];
    if (!sender) return;
    const outcome = await attemptDelivery(held, {
      sender,
      ledger: this.deps.ledger,
      reply: this.deps.tipReply(held.tipIndex),
      pacer: this.pacer,
      clock: this.clock,
      sleep: this.sleep,
      tuning: this.tuning,
      logger: this.deps.logger,
      stopping,
    });
    summary[outcome] += 1;
  }
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}
