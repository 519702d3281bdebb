import type { DeliveryResult, PlatformSender } from '../../src/core/delivery';
import type { Principle } from '../../src/core/knowledge';
import type { Reply } from '../../src/core/replies';
import type { ConversationAddress, Platform } from '../../src/core/conversation';
import type { DeliveryLedger } from '../../src/core/ports';
import type { Store } from '../../src/store/store';
import { TipRotation } from '../../src/core/tips/tip-rotation';
import { PRINCIPLE_SLUGS } from '../../src/core/topics';
import { silentLogger } from '../../src/logging/logger';
import type { SchedulerDeps } from '../../src/scheduler/scheduler-deps';
import type { SchedulerTuning } from '../../src/scheduler/tuning';
import { TipScheduler } from '../../src/scheduler/tip-scheduler';
import type { Db } from '../../src/store/sql/db';
import type { FakeClock } from '../support/test-databases';
import { virtualTimeOf } from './virtual-time';

export function principles(tipsEach = 3): Principle[] {
  return PRINCIPLE_SLUGS.map((slug, i) => ({
    number: i + 1,
    slug,
    title: `Principle ${i + 1}`,
    thinkAgainAbout: '',
    summary: '',
    do: [],
    dont: [],
    sourceIds: [],
    tips: Array.from({ length: tipsEach }, (_, t) => ({ id: `${slug}-${t + 1}`, principle: slug, text: `Tip ${t + 1} of ${slug}` })),
  }));
}

export const rotation = new TipRotation(principles());

export function tipReply(n: number): Reply {
  const tip = rotation.tipAt(n);
  const p = principles().find((x) => x.slug === tip.principle)!;
  return { kind: 'tip', tip, principle: { number: p.number, slug: p.slug, title: p.title, thinkAgainAbout: '' } };
}

export interface Sent {
  conversationId: string;
  tipId: string;
  at: Date;
}

/** Records every tip it is asked to deliver; `answer` decides the result (sent by default). */
export class RecordingSender implements PlatformSender {
  readonly sent: Sent[] = [];
  calls = 0;
  constructor(
    private readonly clock: () => Date = () => new Date(),
    private readonly answer: (address: ConversationAddress, call: number) => Promise<DeliveryResult> | DeliveryResult = () => ({ status: 'sent' }),
  ) {}

  async deliver(address: ConversationAddress, reply: Reply): Promise<DeliveryResult> {
    this.calls += 1;
    const result = await this.answer(address, this.calls);
    if (result.status === 'sent') this.sent.push({ conversationId: address.conversationId, tipId: reply.kind === 'tip' ? reply.tip.id : reply.kind, at: this.clock() });
    return result;
  }

  perConversation(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const s of this.sent) counts.set(s.conversationId, (counts.get(s.conversationId) ?? 0) + 1);
    return counts;
  }
}

/**
 * A scheduler with the production tuning, pacing included. With a fake clock, its waits (pacing,
 * backoff, Retry-After) run on that clock through VirtualTime, so they cost the test no time.
 */
export function scheduler(
  ledger: DeliveryLedger,
  senders: Partial<Record<Platform, PlatformSender>>,
  clock?: FakeClock,
  tuning: Partial<SchedulerTuning> = {},
  deps: Partial<Pick<SchedulerDeps, 'logger' | 'tipReply'>> = {},
): TipScheduler {
  return new TipScheduler({ ledger, senders, tipReply, logger: silentLogger, ...deps, ...(clock ? { clock: clock.now, sleep: virtualTimeOf(clock).sleep } : {}) }, tuning);
}

/** The SQL connection under a store, for tests that read the delivery log or set up an older schema (the store keeps it private). */
export function sqlOf(store: Store): Db {
  return (store as unknown as { db: Db }).db;
}
