import { buildAssistant } from '../../src/app/build-assistant';
import type { WeeklySchedule } from '../../src/core/schedule/weekly-schedule';
import { StoreUnavailableError, type SubscriptionPort, type SubscriptionView } from '../../src/core/ports';
import type { ConversationAddress } from '../../src/core/conversation';
import { CONTENT_DIR } from '../support/content-fixture';

/** An in-memory port: the core's view of a store, enough to check what the assistant does with it. */
class FakeSubscriptions implements SubscriptionPort {
  readonly byConversation = new Map<string, SubscriptionView>();
  down = false;
  /** An error the store throws that is not "unreachable" (a bad statement, a missing table). */
  broken = false;
  calls = 0;
  async subscribe(where: ConversationAddress, schedule: WeeklySchedule) {
    this.check();
    const before = this.byConversation.get(where.conversationId);
    const changed = !before || JSON.stringify(before.schedule) !== JSON.stringify(schedule);
    const subscription = { schedule, active: true, tipsSent: before?.tipsSent ?? 0 };
    this.byConversation.set(where.conversationId, subscription);
    return { subscription, changed };
  }
  async unsubscribe(where: ConversationAddress) {
    this.check();
    return this.byConversation.delete(where.conversationId);
  }
  async status(where: ConversationAddress) {
    this.check();
    return this.byConversation.get(where.conversationId);
  }
  private check() {
    this.calls += 1;
    if (this.down) throw new StoreUnavailableError();
    if (this.broken) throw new Error('relation "subscriptions" does not exist');
  }
}

const CHANNEL: ConversationAddress = { platform: 'slack', conversationId: 'C1', workspaceId: 'T1' };

describe('Assistant: the same grammar on every platform', () => {
  // A fresh store for every test (the content is loaded once): no test relies on what another left behind.
  let subscriptions = new FakeSubscriptions();
  beforeEach(() => {
    subscriptions = new FakeSubscriptions();
  });
  const port: SubscriptionPort = {
    subscribe: (where, schedule) => subscriptions.subscribe(where, schedule),
    unsubscribe: (where) => subscriptions.unsubscribe(where),
    status: (where) => subscriptions.status(where),
  };
  const { assistant } = buildAssistant(CONTENT_DIR, { subscriptions: port, clock: () => new Date('2026-11-25T09:00:00Z') });

  it('subscribes with the defaults, reschedules, reports status and unsubscribes', async () => {
    expect((await assistant.handle('subscribe', CHANNEL)).reply).toMatchObject({ kind: 'subscribed', changed: true, subscription: { schedule: { day: 'monday', time: '09:00', timeZone: 'Europe/London' } } });
    expect((await assistant.handle('subscribe', CHANNEL)).reply).toMatchObject({ kind: 'subscribed', changed: false });
    expect((await assistant.handle('subscribe fri 16:00', CHANNEL)).reply).toMatchObject({ kind: 'subscribed', changed: true, subscription: { schedule: { day: 'friday', time: '16:00' } } });
    expect((await assistant.handle('status', CHANNEL)).reply).toMatchObject({ kind: 'status', subscription: { active: true } });
    expect((await assistant.handle('unsubscribe', CHANNEL)).reply).toEqual({ kind: 'unsubscribed', wasSubscribed: true });
    expect((await assistant.handle('unsubscribe', CHANNEL)).reply).toEqual({ kind: 'unsubscribed', wasSubscribed: false });
    expect((await assistant.handle('status', CHANNEL)).reply).toEqual({ kind: 'status', subscription: undefined });
  });

  it('explains a bad schedule without touching the store', async () => {
    const { reply } = await assistant.handle('subscribe 9 o clock', CHANNEL);
    expect(reply.kind).toBe('invalid-schedule');
    expect(subscriptions.calls).toBe(0);
    expect((await assistant.handle('status', CHANNEL)).reply).toEqual({ kind: 'status', subscription: undefined });
  });

  it('says "try again shortly" when the database is down, and still answers questions', async () => {
    subscriptions.down = true;
    expect((await assistant.handle('subscribe', CHANNEL)).reply).toEqual({ kind: 'subscriptions-unavailable', reason: 'store-down' });
    expect((await assistant.handle('commissioning', CHANNEL)).reply.kind).toBe('answer');
  });

  it('replies politely to any other store error too, in words that do not claim the database is down', async () => {
    subscriptions.broken = true;
    for (const text of ['subscribe', 'unsubscribe', 'status']) expect((await assistant.handle(text, CHANNEL)).reply).toEqual({ kind: 'subscriptions-unavailable', reason: 'store-error' });
    expect((await assistant.handle('commissioning', CHANNEL)).reply.kind).toBe('answer');
  });

  it('tells the terminal that tips are set up from Slack or Teams', async () => {
    expect((await assistant.handle('subscribe', { platform: 'cli', conversationId: 'terminal' })).reply).toEqual({ kind: 'subscriptions-unavailable', reason: 'not-on-this-platform' });
  });

  it('finds principles by number, slug or prefix, and lists the ten when it cannot', async () => {
    for (const ref of ['5', 'commissioning', 'commiss']) {
      const { reply } = await assistant.handle(`principle ${ref}`, CHANNEL);
      expect(reply.kind === 'principle' && reply.principle.slug).toBe('commissioning');
    }
    const { reply } = await assistant.handle('principle 11', CHANNEL);
    expect(reply.kind === 'unknown-principle' && reply.principles.length).toBe(10);
  });

  it('gives the tip of the day with its principle', async () => {
    const { reply } = await assistant.handle('tip', CHANNEL);
    expect(reply.kind).toBe('tip');
    if (reply.kind === 'tip') expect(reply.principle.slug).toBe(reply.tip.principle);
  });
});
