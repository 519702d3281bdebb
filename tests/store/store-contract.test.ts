import { StoreUnavailableError } from '../../src/core/ports';
import type { ConversationAddress } from '../../src/core/conversation';
import type { Store } from '../../src/store/store';
import { localDayAndTime } from '../../src/core/schedule/next-due';
import { POSTGRES_MIGRATIONS } from '../../src/store/migrations/postgres';
import { SQLITE_MIGRATIONS } from '../../src/store/migrations/sqlite';
import { postgresStore, sqliteStore } from '../../src/store/open-store';
import { sqlOf } from '../scheduler/scheduler-support';
import { describeEachDatabase, FakeClock, type TestDatabase } from '../support/test-databases';

const general: ConversationAddress = { platform: 'slack', conversationId: 'C1', workspaceId: 'T1', label: '#general' };
const MONDAY_09_LONDON = { day: 'monday', time: '09:00', timeZone: 'Europe/London' } as const;

describeEachDatabase('the store contract', (kind) => {
  let database: TestDatabase;
  let store: Store;
  const clock = new FakeClock(new Date('2026-01-07T12:00:00Z'));

  beforeAll(async () => {
    database = await kind.create();
    store = database.open({ clock: clock.now });
    await store.migrate();
  });

  describe('migrations', () => {
    it('apply once; a second run (or a second replica) finds nothing to do', async () => {
      const fresh = await kind.create();
      const first = await fresh.open().migrate();
      expect(first).toEqual((kind.name === 'postgres' ? POSTGRES_MIGRATIONS : SQLITE_MIGRATIONS).map((m) => m.version));
      expect(await fresh.open().migrate()).toEqual([]);
    });

    it('are safe when several replicas start at once', async () => {
      const fresh = await kind.create();
      const results = await Promise.all([fresh.open(), fresh.open(), fresh.open()].map((s) => s.migrate()));
      expect(results.flat().sort()).toEqual((kind.name === 'postgres' ? POSTGRES_MIGRATIONS : SQLITE_MIGRATIONS).map((m) => m.version));
      await expect(fresh.open().subscriptions.status(general)).resolves.toBeUndefined();
    });
  });

  describe('migration 2 (tips delivered)', () => {
    it('upgrades a version-1 database, counting the tips already sent from the delivery log', async () => {
      const old = (await kind.create()).open({ clock: clock.now });
      const db = sqlOf(old);
      const [v1] = kind.name === 'postgres' ? POSTGRES_MIGRATIONS : SQLITE_MIGRATIONS;
      expect(await db.migrate([v1!])).toEqual([1]);
      await db.run(
        `INSERT INTO subscriptions (platform, conversation_id, day, time, time_zone, active, tips_sent, next_due_at, created_at, updated_at)
         VALUES ('slack', 'C1', 'monday', '09:00', 'Europe/London', 1, 3, 0, 0, 0)`,
      );
      const [{ id } = { id: 0 }] = await db.query("SELECT id FROM subscriptions WHERE conversation_id = 'C1'");
      for (const [week, status] of [[1, 'sent'], [2, 'failed'], [3, 'sent']] as const) {
        await db.run(
          `INSERT INTO tip_deliveries (subscription_id, due_at, tip_index, status, attempts, claimed_at, lease_until, next_attempt_at, retry_until)
           VALUES (?, ?, ?, ?, 1, 0, 0, 0, 0)`,
          [Number(id), week, week - 1, status],
        );
      }
      expect((await old.migrate())[0]).toBe(2);
      expect(await old.subscriptions.status(general)).toMatchObject({ tipsSent: 2 });
      const [row] = await db.query("SELECT tip_rotation_index FROM subscriptions WHERE conversation_id = 'C1'");
      expect(Number(row?.tip_rotation_index)).toBe(3); // the rotation index is untouched
    });
  });

  describe('migration 4 (tip rotation index)', () => {
    it('renames tips_sent to tip_rotation_index on a version-3 database, keeping each value, and the next claim sends the tip it points at', async () => {
      const old = (await kind.create()).open({ clock: clock.now });
      const db = sqlOf(old);
      const steps = kind.name === 'postgres' ? POSTGRES_MIGRATIONS : SQLITE_MIGRATIONS;
      expect(await db.migrate(steps.filter((m) => m.version <= 3))).toEqual([1, 2, 3]);
      await db.run(
        `INSERT INTO subscriptions (platform, conversation_id, day, time, time_zone, active, tips_sent, tips_delivered, next_due_at, created_at, updated_at)
         VALUES ('slack', 'C1', 'monday', '09:00', 'Europe/London', 1, 7, 6, 0, 0, 0)`,
      );
      expect(await old.migrate()).toEqual([4]);
      const [row] = await db.query("SELECT tip_rotation_index FROM subscriptions WHERE conversation_id = 'C1'");
      expect(Number(row?.tip_rotation_index)).toBe(7);
      expect(await old.subscriptions.status(general)).toMatchObject({ tipsSent: 6 });
      const [due] = await old.deliveries.findDue(new Date(1), ['slack'], 10);
      expect(due?.tipIndex).toBe(7);
    });
  });

  describe('subscriptions', () => {
    const here: ConversationAddress = { platform: 'teams', conversationId: '19:abc@thread.tacv2', workspaceId: 'tenant-1', label: 'Commissioning' };

    it('subscribes with the next due time in the zone, and says nothing changed when asked again the same way', async () => {
      const { subscription, changed } = await store.subscriptions.subscribe(here, MONDAY_09_LONDON);
      expect(changed).toBe(true);
      expect(subscription).toMatchObject({ active: true, tipsSent: 0, schedule: MONDAY_09_LONDON });
      expect(subscription.nextTipAt?.toISOString()).toBe('2026-01-12T09:00:00.000Z');
      const again = await store.subscriptions.subscribe(here, MONDAY_09_LONDON);
      expect(again.changed).toBe(false);
    });

    it('reschedules when subscribed again differently', async () => {
      const { subscription, changed } = await store.subscriptions.subscribe(here, { day: 'friday', time: '16:30', timeZone: 'America/New_York' });
      expect(changed).toBe(true);
      expect(subscription.nextTipAt?.toISOString()).toBe('2026-01-09T21:30:00.000Z');
      expect(localDayAndTime(subscription.nextTipAt!, 'America/New_York')).toEqual({ day: 'friday', time: '16:30' });
      expect((await store.subscriptions.status(here))?.schedule.day).toBe('friday');
    });

    it('unsubscribes once, and status then shows the tips have stopped', async () => {
      expect(await store.subscriptions.unsubscribe(here)).toBe(true);
      expect(await store.subscriptions.unsubscribe(here)).toBe(false);
      const status = await store.subscriptions.status(here);
      expect(status).toMatchObject({ active: false });
      expect(status?.nextTipAt).toBeUndefined();
      expect(await store.subscriptions.status({ platform: 'teams', conversationId: 'never' })).toBeUndefined();
    });

    it('subscribing again after unsubscribing restarts the tips', async () => {
      const { subscription, changed } = await store.subscriptions.subscribe(here, MONDAY_09_LONDON);
      expect(changed).toBe(true);
      expect(subscription.active).toBe(true);
    });

    it('lists a workspace and ends its subscriptions when the bot is removed, with the reason in status', async () => {
      await store.subscriptions.subscribe(general, MONDAY_09_LONDON);
      await store.subscriptions.subscribe({ ...general, conversationId: 'C2', label: '#random' }, MONDAY_09_LONDON);
      await store.subscriptions.subscribe({ ...general, conversationId: 'C9', workspaceId: 'T9' }, MONDAY_09_LONDON);
      const listed = await store.subscriptionDirectory.listForWorkspace('slack', 'T1');
      expect(listed.map((l) => l.address.conversationId).sort()).toEqual(['C1', 'C2']);
      expect(listed[0]?.address.workspaceId).toBe('T1');
      expect(await store.subscriptionDirectory.endForWorkspace('slack', 'T1', 'ThinkAgain was removed from this workspace')).toBe(2);
      expect(await store.subscriptions.status(general)).toMatchObject({ active: false, endedReason: 'ThinkAgain was removed from this workspace' });
      expect((await store.subscriptions.status({ ...general, conversationId: 'C9' }))?.active).toBe(true);
      expect(await store.subscriptionDirectory.endForConversation({ ...general, conversationId: 'C9' }, 'removed from the channel')).toBe(true);
      expect(await store.subscriptionDirectory.endForConversation({ ...general, conversationId: 'C9' }, 'again')).toBe(false);
    });
  });

  describe('Slack event ids', () => {
    it('are answered once, for a day', async () => {
      expect(await store.events.firstSighting('Ev1')).toBe(true);
      expect(await store.events.firstSighting('Ev1')).toBe(false);
      expect(await store.events.firstSighting('Ev2')).toBe(true);
      clock.advance(86_400_000 + 1000);
      expect(await store.events.firstSighting('Ev1')).toBe(true);
      expect(await store.events.firstSighting('Ev1')).toBe(false);
    });

    it('are answered once across replicas racing on the same id', async () => {
      const replicas = [store, database.open({ clock: clock.now }), database.open({ clock: clock.now })];
      const answers = await Promise.all(replicas.flatMap((r) => [r.events.firstSighting('Ev-race'), r.events.firstSighting('Ev-race')]));
      expect(answers.filter(Boolean)).toHaveLength(1);
    });
  });

  describe('feedback and conversation references', () => {
    it('records feedback (passage, helpful, platform, time)', async () => {
      await expect(store.feedback.record({ passageId: 'values-1', helpful: true, platform: 'slack', at: clock.now() })).resolves.toBeUndefined();
      await expect(store.feedback.record({ passageId: 'values-1', helpful: false, platform: 'teams', at: clock.now() })).resolves.toBeUndefined();
    });

    it('keeps the latest conversation reference per conversation', async () => {
      const where: ConversationAddress = { platform: 'teams', conversationId: '19:ref', workspaceId: 'tenant-1' };
      expect(await store.conversations.get('teams', '19:ref')).toBeUndefined();
      await store.conversations.save(where, { serviceUrl: 'https://smba.example/1', conversation: { id: '19:ref' } });
      await store.conversations.save(where, { serviceUrl: 'https://smba.example/2', conversation: { id: '19:ref' } });
      expect(await store.conversations.get('teams', '19:ref')).toEqual({ serviceUrl: 'https://smba.example/2', conversation: { id: '19:ref' } });
      expect(await store.conversations.get('slack', '19:ref')).toBeUndefined();
    });

    it('stores, replaces and deletes Slack installations', async () => {
      await store.installations.save({ key: 'T:T1', teamId: 'T1', isEnterpriseInstall: false, installation: 'v1:one' });
      await store.installations.save({ key: 'T:T1', teamId: 'T1', isEnterpriseInstall: false, installation: 'v1:two' });
      expect(await store.installations.get('T:T1')).toBe('v1:two');
      expect(await store.installations.delete('T:T1')).toBe(true);
      expect(await store.installations.get('T:T1')).toBeUndefined();
    });
  });

  describe('a database that cannot be reached', () => {
    it('answers StoreUnavailableError, so replies can say "try again shortly"', async () => {
      const down: Store = kind.name === 'postgres' ? postgresStore('postgres://postgres@127.0.0.1:1/none') : sqliteStore(':memory:');
      if (kind.name === 'sqlite') await down.close();
      await expect(down.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(down.subscriptions.subscribe(general, MONDAY_09_LONDON)).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(down.subscriptions.status(general)).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(down.events.firstSighting('x')).rejects.toBeInstanceOf(StoreUnavailableError);
      if (kind.name === 'postgres') await down.close();
    });
  });
});
