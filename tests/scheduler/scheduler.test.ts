import { until } from '../support/until';
import type { DeliveryResult } from '../../src/core/delivery';
import { type DeliveryLedger, type DueSubscription, StoreUnavailableError } from '../../src/core/ports';
import type { ConversationAddress } from '../../src/core/conversation';
import type { Store } from '../../src/store/store';
import { localDayAndTime } from '../../src/core/schedule/next-due';
import { createLogger } from '../../src/logging/logger';
import { postgresStore, sqliteStore } from '../../src/store/open-store';
import { describeEachDatabase, FakeClock, type TestDatabase } from '../support/test-databases';
import { RecordingSender, rotation, scheduler, sqlOf } from './scheduler-support';

const MONDAY_09 = { day: 'monday', time: '09:00', timeZone: 'Europe/London' } as const;
const MINUTE = 60_000;
const channel = (n: number | string, workspace = 'T1'): ConversationAddress => ({ platform: 'slack', conversationId: `C${n}`, workspaceId: workspace });

describeEachDatabase('weekly tips', (kind) => {
  let database: TestDatabase;
  let clock: FakeClock;
  let store: Store;

  beforeEach(async () => {
    database = await kind.create();
    clock = new FakeClock(new Date('2026-01-01T12:00:00Z'));
    store = database.open({ clock: clock.now });
    await store.migrate();
  });
  afterEach(() => kind.cleanup());

  /** Replicas: separate pools on PostgreSQL; on SQLite (one instance by design) they share the one connection. */
  const replica = (): Store => (kind.name === 'postgres' ? database.open({ clock: clock.now }) : store);

  it('walks a year of Mondays at 09:00 London time across both clock changes, in rotation order', async () => {
    const sender = new RecordingSender(clock.now);
    const tips = scheduler(store.deliveries, { slack: sender }, clock);
    await store.subscriptions.subscribe(channel(1), MONDAY_09);
    for (let week = 0; week < 52; week++) {
      const due = (await store.subscriptions.status(channel(1)))!.nextTipAt!;
      clock.set(new Date(due.getTime() - MINUTE));
      expect((await tips.runDue(clock.now())).sent).toBe(0);
      clock.set(due);
      expect((await tips.runDue(clock.now())).sent).toBe(1);
      clock.advance(MINUTE);
      expect((await tips.runDue(clock.now())).sent).toBe(0);
    }
    expect(sender.sent).toHaveLength(52);
    expect(sender.sent.map((s) => s.tipId)).toEqual(Array.from({ length: 52 }, (_, n) => rotation.tipAt(n).id));
    expect(sender.sent.slice(0, 11).map((s) => s.tipId)).toEqual([...rotation.order.slice(0, 10).map((t) => t.id), 'values-2']);
    for (const s of sender.sent) expect(localDayAndTime(s.at, 'Europe/London')).toEqual({ day: 'monday', time: '09:00' });
    const offsets = new Set(sender.sent.map((s) => s.at.getUTCHours()));
    expect(offsets).toEqual(new Set([8, 9])); // BST and GMT both seen
    expect(await store.subscriptions.status(channel(1))).toMatchObject({ active: true, tipsSent: 52 });
  });

  it('delivers each of 1,000 due subscriptions exactly once with three schedulers running at once', async () => {
    for (let i = 0; i < 1000; i += 100) {
      await Promise.all(Array.from({ length: 100 }, (_, j) => store.subscriptions.subscribe(channel(i + j, `T${(i + j) % 25}`), MONDAY_09)));
    }
    const sender = new RecordingSender(clock.now);
    clock.set('2026-01-05T09:00:30Z');
    const replicas = [replica(), replica(), replica()].map((r) => scheduler(r.deliveries, { slack: sender }, clock, { concurrency: 10 }));
    const summaries = await Promise.all(replicas.map((r) => r.runDue(clock.now())));
    expect(sender.sent).toHaveLength(1000);
    expect(new Set(sender.sent.map((s) => s.conversationId)).size).toBe(1000);
    expect(summaries.reduce((n, s) => n + s.sent, 0)).toBe(1000);
    const again = await Promise.all(replicas.map((r) => r.runDue(clock.now())));
    expect(again.reduce((n, s) => n + s.sent + s.due, 0)).toBe(0);
    expect(sender.sent).toHaveLength(1000);
  });

  it('sends nothing when run-due is called twice for the same instant', async () => {
    await store.subscriptions.subscribe(channel(1), MONDAY_09);
    const sender = new RecordingSender(clock.now);
    clock.set('2026-01-05T09:00:00Z');
    expect((await scheduler(store.deliveries, { slack: sender }, clock).runDue(clock.now())).sent).toBe(1);
    expect((await scheduler(replica().deliveries, { slack: sender }, clock).runDue(clock.now())).sent).toBe(0);
    expect(sender.sent).toHaveLength(1);
  });

  it('after a run dies in the middle, a restart sends what was not sent, and nothing twice', async () => {
    for (let i = 0; i < 40; i++) await store.subscriptions.subscribe(channel(i), MONDAY_09);
    clock.set('2026-01-05T09:00:00Z');
    const delivered = new RecordingSender(clock.now);
    // The first process sends half, then hangs on the rest (as if killed while they were in flight).
    const hanging: Array<() => void> = [];
    const dying = new RecordingSender(clock.now, (address) =>
      Number(address.conversationId.slice(1)) % 2 === 0 ? new Promise<DeliveryResult>((resolve) => hanging.push(() => resolve({ status: 'retry', reason: 'killed' }))) : { status: 'sent' },
    );
    const first = scheduler(store.deliveries, { slack: dying }, clock, { concurrency: 50, attemptTimeoutMs: 3_600_000 });
    const firstRun = first.runDue(clock.now()).catch(() => undefined);
    await until(() => dying.calls === 40);
    expect(dying.sent).toHaveLength(20);

    const restarted = scheduler(replica().deliveries, { slack: delivered }, clock);
    expect((await restarted.runDue(clock.now())).sent).toBe(0); // the claims are still leased to the first process
    clock.advance(2 * MINUTE + 1000);
    const recovered = await restarted.runDue(clock.now());
    expect(recovered).toMatchObject({ sent: 20, recovered: 20 });
    const all = [...dying.sent, ...delivered.sent].map((s) => s.conversationId);
    expect(all).toHaveLength(40);
    expect(new Set(all).size).toBe(40);
    clock.advance(10 * MINUTE);
    expect((await restarted.runDue(clock.now())).sent).toBe(0);
    // The first process's hung calls end (its timers with them); what it held is no longer its own.
    for (const release of hanging) release();
    await firstRun;
    expect([...dying.sent, ...delivered.sent]).toHaveLength(40);
  });

  it('respects 429 Retry-After: delivered once, late', async () => {
    await store.subscriptions.subscribe(channel(1), MONDAY_09);
    clock.set('2026-01-05T09:00:00Z');
    const sender = new RecordingSender(clock.now, (_a, call) => (call === 1 ? { status: 'retry', reason: 'ratelimited', retryAfterMs: 7_000 } : { status: 'sent' }));
    const summary = await scheduler(store.deliveries, { slack: sender }, clock).runDue(clock.now());
    expect(summary.sent).toBe(1);
    expect(sender.calls).toBe(2);
    expect(sender.sent).toHaveLength(1);
    expect(sender.sent[0]!.at.getTime()).toBeGreaterThanOrEqual(new Date('2026-01-05T09:00:07Z').getTime());
  });

  it('leaves a long Retry-After to a later tick, which delivers once', async () => {
    await store.subscriptions.subscribe(channel(1), MONDAY_09);
    clock.set('2026-01-05T09:00:00Z');
    const sender = new RecordingSender(clock.now, (_a, call) => (call === 1 ? { status: 'retry', reason: 'HTTP 503', retryAfterMs: 5 * MINUTE } : { status: 'sent' }));
    const tips = scheduler(store.deliveries, { slack: sender }, clock);
    expect(await tips.runDue(clock.now())).toMatchObject({ sent: 0, retrying: 1 });
    clock.advance(MINUTE);
    expect((await tips.runDue(clock.now())).sent).toBe(0);
    clock.advance(5 * MINUTE);
    expect(await tips.runDue(clock.now())).toMatchObject({ sent: 1, recovered: 1 });
    clock.advance(MINUTE);
    expect((await tips.runDue(clock.now())).sent).toBe(0);
    expect(sender.sent).toHaveLength(1);
  });

  it('gives up retrying after the hour; next week’s tip still goes', async () => {
    await store.subscriptions.subscribe(channel(1), MONDAY_09);
    clock.set('2026-01-05T09:00:00Z');
    let down = true;
    const sender = new RecordingSender(clock.now, () => (down ? { status: 'retry', reason: 'HTTP 500' } : { status: 'sent' }));
    const tips = scheduler(store.deliveries, { slack: sender }, clock);
    await runEveryMinute(tips, clock, 70);
    expect(sender.sent).toHaveLength(0);
    down = false;
    clock.set('2026-01-12T09:00:00Z');
    expect((await tips.runDue(clock.now())).sent).toBe(1);
    expect(sender.sent).toHaveLength(1);
  });

  it('ends the subscription when the platform refuses for good, and status says why', async () => {
    await store.subscriptions.subscribe(channel(1), MONDAY_09);
    clock.set('2026-01-05T09:00:00Z');
    const sender = new RecordingSender(clock.now, () => ({ status: 'permanent', reason: 'is_archived' }));
    expect((await scheduler(store.deliveries, { slack: sender }, clock).runDue(clock.now())).ended).toBe(1);
    expect(await store.subscriptions.status(channel(1))).toMatchObject({ active: false, endedReason: 'is_archived' });
    clock.set('2026-01-12T09:00:00Z');
    expect((await scheduler(store.deliveries, { slack: sender }, clock).runDue(clock.now())).due).toBe(0);
  });

  it('sends a tip missed by 11 hours late, skips one missed by 13 hours, and never sends a burst of old tips', async () => {
    await store.subscriptions.subscribe(channel('late'), MONDAY_09);
    await store.subscriptions.subscribe(channel('missed'), { ...MONDAY_09, time: '07:00' });
    await store.subscriptions.subscribe(channel('weeks'), { ...MONDAY_09, time: '19:00' });
    const sender = new RecordingSender(clock.now);
    // Down from before the first Monday until 20:00 on the third: "weeks" missed three weeks, the last by one hour.
    clock.set('2026-01-19T20:00:00Z');
    const tips = scheduler(store.deliveries, { slack: sender }, clock);
    const summary = await tips.runDue(clock.now());
    expect(sender.sent.map((s) => s.conversationId).sort()).toEqual(['Cweeks', 'Clate'].sort());
    expect(summary.skipped).toBeGreaterThanOrEqual(2);
    expect((await store.subscriptions.status(channel('missed')))?.nextTipAt?.toISOString()).toBe('2026-01-26T07:00:00.000Z');
    expect((await store.subscriptions.status(channel('weeks')))?.nextTipAt?.toISOString()).toBe('2026-01-26T19:00:00.000Z');
    expect((await store.subscriptions.status(channel('weeks')))?.tipsSent).toBe(1);
    expect((await tips.runDue(clock.now())).sent).toBe(0);
  });

  it('leaves subscriptions of a platform this process cannot send to untouched', async () => {
    await store.subscriptions.subscribe({ platform: 'teams', conversationId: '19:x', workspaceId: 'tenant' }, MONDAY_09);
    clock.set('2026-01-05T09:00:00Z');
    const slack = new RecordingSender(clock.now);
    expect((await scheduler(store.deliveries, { slack }, clock).runDue(clock.now())).due).toBe(0);
    const teams = new RecordingSender(clock.now);
    expect((await scheduler(store.deliveries, { slack, teams }, clock).runDue(clock.now())).sent).toBe(1);
  });

  describe('rescheduling never brings two tips within 6 days', () => {
    const TUESDAY_09 = { ...MONDAY_09, day: 'tuesday' } as const;

    it('Monday’s tip went out, then a switch to Tuesday: no tip this Tuesday, the next one as usual', async () => {
      await store.subscriptions.subscribe(channel(1), MONDAY_09);
      clock.set('2026-01-05T09:00:00Z');
      const sender = new RecordingSender(clock.now);
      const tips = scheduler(store.deliveries, { slack: sender }, clock);
      expect((await tips.runDue(clock.now())).sent).toBe(1);
      clock.set('2026-01-05T10:00:00Z');
      const { subscription } = await store.subscriptions.subscribe(channel(1), TUESDAY_09);
      expect(subscription.nextTipAt?.toISOString()).toBe('2026-01-13T09:00:00.000Z');
      clock.set('2026-01-06T09:00:00Z');
      expect((await tips.runDue(clock.now())).sent).toBe(0);
      clock.set('2026-01-13T09:00:00Z');
      expect((await tips.runDue(clock.now())).sent).toBe(1);
      expect(sender.sent.map((s) => s.tipId)).toEqual([rotation.tipAt(0).id, rotation.tipAt(1).id]);
    });

    it('counts a tip still being retried, a tip sent late, and unsubscribing in between', async () => {
      await store.subscriptions.subscribe(channel('retrying'), MONDAY_09);
      await store.subscriptions.subscribe(channel('late'), { ...MONDAY_09, time: '08:00' });
      clock.set('2026-01-05T09:00:00Z');
      const sender = new RecordingSender(clock.now, (address) => (address.conversationId === 'Cretrying' ? { status: 'retry', reason: 'HTTP 503', retryAfterMs: 10 * MINUTE } : { status: 'sent' }));
      expect(await scheduler(store.deliveries, { slack: sender }, clock).runDue(clock.now())).toMatchObject({ sent: 1, retrying: 1 });
      // Still claimed, retried within the hour: a switch to Sunday 08:00 waits for the Sunday after next.
      const retrying = await store.subscriptions.subscribe(channel('retrying'), { ...MONDAY_09, day: 'sunday', time: '08:00' });
      expect(retrying.subscription.nextTipAt?.toISOString()).toBe('2026-01-18T08:00:00.000Z');
      // Sent an hour late (09:00 for 08:00): Sunday 08:30 six days later would be under 6 days after the send.
      expect(await store.subscriptions.unsubscribe(channel('late'))).toBe(true);
      const late = await store.subscriptions.subscribe(channel('late'), { ...MONDAY_09, day: 'sunday', time: '08:30' });
      expect(late.subscription.nextTipAt?.toISOString()).toBe('2026-01-18T08:30:00.000Z');
      // A switch with no tip yet sent starts at the next matching time.
      await store.subscriptions.subscribe(channel('new'), MONDAY_09);
      const fresh = await store.subscriptions.subscribe(channel('new'), TUESDAY_09);
      expect(fresh.subscription.nextTipAt?.toISOString()).toBe('2026-01-06T09:00:00.000Z');
    });
  });

  it('records a skipped week with the late limit actually in force', async () => {
    await store.subscriptions.subscribe(channel(1), MONDAY_09);
    clock.set('2026-01-05T12:00:00Z');
    const tips = scheduler(store.deliveries, { slack: new RecordingSender(clock.now) }, clock, { lateLimitMs: 2 * 60 * MINUTE });
    expect((await tips.runDue(clock.now())).skipped).toBe(1);
    const rows = await sqlOf(store).query("SELECT error FROM tip_deliveries WHERE status = 'skipped'");
    expect(rows.map((r) => r.error)).toEqual(['missed by more than 2 hours']);
  });

  it('status counts delivered tips; a week given up still moves the rotation on, so nothing repeats', async () => {
    await store.subscriptions.subscribe(channel(1), MONDAY_09);
    clock.set('2026-01-05T09:00:00Z');
    let down = true;
    const sender = new RecordingSender(clock.now, () => (down ? { status: 'retry', reason: 'HTTP 500' } : { status: 'sent' }));
    const tips = scheduler(store.deliveries, { slack: sender }, clock);
    await runEveryMinute(tips, clock, 70);
    expect(await store.subscriptions.status(channel(1))).toMatchObject({ tipsSent: 0 });
    down = false;
    clock.set('2026-01-12T09:00:00Z');
    expect((await tips.runDue(clock.now())).sent).toBe(1);
    expect(sender.sent.map((s) => s.tipId)).toEqual([rotation.tipAt(1).id]);
    expect(await store.subscriptions.status(channel(1))).toMatchObject({ tipsSent: 1 });
  });

  it('counts a delivery once even when recording it is retried', async () => {
    await store.subscriptions.subscribe(channel(1), MONDAY_09);
    clock.set('2026-01-05T09:00:00Z');
    const [due] = await store.deliveries.findDue(clock.now(), ['slack'], 10);
    const held = await store.deliveries.claim(due!, { now: clock.now(), nextDueAt: new Date('2026-01-12T09:00:00Z'), leaseUntil: new Date(clock.now().getTime() + MINUTE), retryUntil: new Date(clock.now().getTime() + 60 * MINUTE) });
    await store.deliveries.markSent(held!, clock.now());
    await store.deliveries.markSent(held!, clock.now());
    expect(await store.subscriptions.status(channel(1))).toMatchObject({ tipsSent: 1 });
  });

  describe('one bad subscription does not stop the run', () => {
    /** The store's ledger, with claims of one conversation failing as a bad row would (not "database down"). */
    const faulty = (ledger: DeliveryLedger, bad: string, error: () => Error = () => new Error('invalid input syntax for type bigint')): DeliveryLedger & { healed: boolean } => {
      const wrapped = Object.create(ledger) as DeliveryLedger & { healed: boolean };
      wrapped.healed = false;
      wrapped.claim = (due: DueSubscription, timing) => (!wrapped.healed && due.address.conversationId === bad ? Promise.reject(error()) : ledger.claim(due, timing));
      return wrapped;
    };

    it('logs it (no token), counts it as failed, sends the others, and a later tick sends it', async () => {
      for (let i = 0; i < 6; i++) await store.subscriptions.subscribe(channel(i), MONDAY_09);
      clock.set('2026-01-05T09:00:00Z');
      const sender = new RecordingSender(clock.now);
      const ledger = faulty(store.deliveries, 'C2', () => new Error('claim failed for xoxb-123-secret'));
      const lines: string[] = [];
      const logger = createLogger('error', { write: (line: string) => lines.push(line) });
      const tips = scheduler(ledger, { slack: sender }, clock, { concurrency: 1 }, { logger });
      expect(await tips.runDue(clock.now())).toMatchObject({ due: 6, sent: 5, failed: 1 });
      expect(sender.sent.map((s) => s.conversationId).sort()).toEqual(['C0', 'C1', 'C3', 'C4', 'C5']);
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0]!)).toMatchObject({ conversationId: 'C2', msg: 'weekly tip could not be handled; a later run tries it again' });
      expect(lines[0]).toContain('claim failed');
      expect(lines[0]).not.toContain('xoxb-123');
      ledger.healed = true;
      clock.advance(MINUTE);
      expect(await tips.runDue(clock.now())).toMatchObject({ due: 1, sent: 1, failed: 0 });
      expect(sender.perConversation().get('C2')).toBe(1);
    });

    it('but a database that cannot be reached still stops the run, for the next tick to retry', async () => {
      for (let i = 0; i < 3; i++) await store.subscriptions.subscribe(channel(i), MONDAY_09);
      clock.set('2026-01-05T09:00:00Z');
      const ledger = faulty(store.deliveries, 'C1', () => new StoreUnavailableError());
      await expect(scheduler(ledger, { slack: new RecordingSender(clock.now) }, clock, { concurrency: 1 }).runDue(clock.now())).rejects.toBeInstanceOf(StoreUnavailableError);
    });
  });

  it('stops claiming once aborted: sends in flight finish, the rest wait for a later run', async () => {
    for (let i = 0; i < 10; i++) await store.subscriptions.subscribe(channel(i), MONDAY_09);
    clock.set('2026-01-05T09:00:00Z');
    const abort = new AbortController();
    const sender = new RecordingSender(clock.now, (_a, call) => {
      if (call === 3) abort.abort();
      return { status: 'sent' };
    });
    const summary = await scheduler(store.deliveries, { slack: sender }, clock, { concurrency: 1 }).runDue(clock.now(), { signal: abort.signal });
    expect(summary).toMatchObject({ due: 3, sent: 3 });
    expect(sender.calls).toBe(3);
    const later = await scheduler(store.deliveries, { slack: sender }, clock).runDue(clock.now());
    expect(later).toMatchObject({ due: 7, sent: 7 });
    expect(new Set(sender.sent.map((s) => s.conversationId)).size).toBe(10);
  });

  it('once aborted, a short retry is left to a later tick instead of being waited for', async () => {
    await store.subscriptions.subscribe(channel(1), MONDAY_09);
    clock.set('2026-01-05T09:00:00Z');
    const abort = new AbortController();
    const sender = new RecordingSender(clock.now, (_a, call) => {
      if (call === 1) {
        abort.abort();
        return { status: 'retry', reason: 'ratelimited', retryAfterMs: 5_000 };
      }
      return { status: 'sent' };
    });
    const tips = scheduler(store.deliveries, { slack: sender }, clock);
    expect(await tips.runDue(clock.now(), { signal: abort.signal })).toMatchObject({ sent: 0, retrying: 1 });
    expect(sender.calls).toBe(1);
    clock.advance(MINUTE);
    expect(await tips.runDue(clock.now())).toMatchObject({ sent: 1, recovered: 1 });
  });

  it('fails with StoreUnavailableError when the database is down', async () => {
    const down = kind.name === 'postgres' ? postgresStore('postgres://postgres@127.0.0.1:1/none') : sqliteStore(':memory:');
    if (kind.name === 'sqlite') await down.close();
    await expect(scheduler(down.deliveries, { slack: new RecordingSender() }).runDue(new Date())).rejects.toBeInstanceOf(StoreUnavailableError);
    if (kind.name === 'postgres') await down.close();
  });
});

/** One scheduler tick a minute, as `npm start` runs it, for `minutes` minutes of the fake clock. */
async function runEveryMinute(tips: { runDue(at: Date): Promise<unknown> }, clock: { now(): Date; advance(ms: number): void }, minutes: number): Promise<void> {
  for (let minute = 0; minute < minutes; minute++) {
    await tips.runDue(clock.now());
    clock.advance(MINUTE);
  }
}
