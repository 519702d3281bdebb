import type { DeliveryResult, PlatformSender } from '../../src/core/delivery';
import type { Reply } from '../../src/core/replies';
import type { ConversationAddress } from '../../src/core/conversation';
import type { Store } from '../../src/store/store';
import { Pacer } from '../../src/scheduler/pacer';
import { DEFAULT_TUNING } from '../../src/scheduler/tuning';
import { interactiveClientOptions } from '../../src/slack/client-options';
import { SlackSender } from '../../src/slack/slack-sender';
import { FakeSlack } from '../slack/support/fake-slack';
import { FakeClock, sqliteKind } from '../support/test-databases';
import { scheduler } from './scheduler-support';
import { VirtualTime } from './virtual-time';

/**
 * Pacing as production runs it (DEFAULT_TUNING, nothing switched off), on a fake clock: the waits are
 * real waits of the scheduler, only the clock is not the wall clock.
 */
const MONDAY_09 = { day: 'monday', time: '09:00', timeZone: 'Europe/London' } as const;
const DUE = '2026-01-05T09:00:00Z';
const kind = sqliteKind();
let clock: FakeClock;
let store: Store;

beforeEach(async () => {
  clock = new FakeClock(new Date('2026-01-01T12:00:00Z'));
  store = (await kind.create()).open({ clock: clock.now });
  await store.migrate();
});
afterEach(() => kind.cleanup());

interface Send {
  conversationId: string;
  workspaceId: string | undefined;
  at: number;
}

/** Wraps a sender to note the fake-clock time of every call. */
function timed(inner: PlatformSender, calls: Send[]): PlatformSender {
  return {
    deliver: (address: ConversationAddress, reply: Reply): Promise<DeliveryResult> => {
      calls.push({ conversationId: address.conversationId, workspaceId: address.workspaceId, at: clock.now().getTime() });
      return inner.deliver(address, reply);
    },
  };
}
const sent: PlatformSender = { deliver: async () => ({ status: 'sent' }) };

function gaps(times: number[]): number[] {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted.slice(1).map((t, i) => t - sorted[i]!);
}

async function subscribe(platform: 'slack' | 'teams', conversations: number, workspaceId: string): Promise<void> {
  for (let i = 0; i < conversations; i++) await store.subscriptions.subscribe({ platform, conversationId: `${workspaceId}-C${i}`, workspaceId }, MONDAY_09);
}

describe('pacing of weekly tips, as in production', () => {
  it('one conversation: about one message a second (1.1 s apart); other conversations are not held up', async () => {
    const time = new VirtualTime(clock);
    const pacer = new Pacer(clock.now, time.sleep);
    const start = clock.now().getTime();
    const at: Record<string, number[]> = { a: [], b: [] };
    await Promise.all([
      ...[1, 2, 3].map(async () => {
        await pacer.turn('slack:c:A', DEFAULT_TUNING.perConversationMs);
        at.a!.push(clock.now().getTime() - start);
      }),
      (async () => {
        await pacer.turn('slack:c:B', DEFAULT_TUNING.perConversationMs);
        at.b!.push(clock.now().getTime() - start);
      })(),
    ]);
    expect(DEFAULT_TUNING.perConversationMs).toBeGreaterThanOrEqual(1_000);
    expect(at.a).toEqual([0, DEFAULT_TUNING.perConversationMs, 2 * DEFAULT_TUNING.perConversationMs]);
    expect(at.b).toEqual([0]);
  });

  it('one Slack workspace: at most about five a second (200 ms apart), while a second workspace goes in parallel', async () => {
    await subscribe('slack', 12, 'T1');
    await subscribe('slack', 12, 'T2');
    clock.set(DUE);
    const calls: Send[] = [];
    const summary = await scheduler(store.deliveries, { slack: timed(sent, calls) }, clock).runDue(clock.now());
    expect(summary).toMatchObject({ due: 24, sent: 24 });
    const spacing = DEFAULT_TUNING.perWorkspaceMs.slack!;
    expect(spacing).toBe(200);
    for (const workspace of ['T1', 'T2']) {
      const times = calls.filter((c) => c.workspaceId === workspace).map((c) => c.at);
      expect(times).toHaveLength(12);
      for (const gap of gaps(times)) expect(gap).toBeGreaterThanOrEqual(spacing);
    }
    // Parallel, not one after the other: 12 sends a workspace take 11 gaps, not 23.
    const span = Math.max(...calls.map((c) => c.at)) - Math.min(...calls.map((c) => c.at));
    expect(span).toBeLessThan(12 * spacing);
  });

  it('one Teams tenant: 40 ms apart (25 a second)', async () => {
    await subscribe('teams', 20, 'tenant-1');
    clock.set(DUE);
    const calls: Send[] = [];
    expect(await scheduler(store.deliveries, { teams: timed(sent, calls) }, clock).runDue(clock.now())).toMatchObject({ sent: 20 });
    const spacing = DEFAULT_TUNING.perWorkspaceMs.teams!;
    expect(spacing).toBe(40);
    for (const gap of gaps(calls.map((c) => c.at))) expect(gap).toBeGreaterThanOrEqual(spacing);
  });

  describe('Slack answering 429 with Retry-After (the real sender over HTTP)', () => {
    const slack = new FakeSlack();
    beforeAll(() => slack.start());
    afterAll(() => slack.stop());

    it('waits the Retry-After for that channel only, then delivers it once; the rest of the workspace goes on', async () => {
      await subscribe('slack', 6, 'T1');
      clock.set(DUE);
      let limitedOnce = false;
      slack.intercept = (method, body) => {
        if (method !== 'chat.postMessage' || body.channel !== 'T1-C0' || limitedOnce) return undefined;
        limitedOnce = true;
        return { status: 429, headers: { 'retry-after': '7' }, body: { ok: false, error: 'ratelimited' } };
      };
      const calls: Send[] = [];
      const sender = new SlackSender(async () => 'xoxb-pacing', interactiveClientOptions(`${slack.url}/api/`));
      const summary = await scheduler(store.deliveries, { slack: timed(sender, calls) }, clock).runDue(clock.now());
      expect(summary).toMatchObject({ due: 6, sent: 6, retrying: 0 });

      const limited = calls.filter((c) => c.conversationId === 'T1-C0').map((c) => c.at);
      expect(limited).toHaveLength(2);
      expect(limited[1]! - limited[0]!).toBeGreaterThanOrEqual(7_000);
      const others = calls.filter((c) => c.conversationId !== 'T1-C0').map((c) => c.at);
      expect(Math.max(...others)).toBeLessThan(limited[1]!);
      const posted = slack.callsTo('/api/chat.postMessage').map((c) => String(c.body.channel));
      expect(posted.filter((c) => c === 'T1-C0')).toHaveLength(2); // the refused call, then the one that went out
      expect(new Set(posted).size).toBe(6);
    });
  });
});
