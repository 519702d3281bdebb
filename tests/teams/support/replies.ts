import type { Citation, PassageView, Reply } from '../../../src/core/replies';
import type { ConversationAddress } from '../../../src/core/conversation';
import { contentAssistant } from './teams-server';

const HERE: ConversationAddress = { platform: 'teams', conversationId: '19:chan0001@thread.tacv2' };

/** One real reply of every kind, from the real content (subscription kinds built by hand: no store here). */
export async function everyReply(): Promise<Reply[]> {
  const { assistant } = contentAssistant();
  const run = async (text: string) => (await assistant.handle(text, HERE)).reply;
  const view = (over: Partial<PassageView> = {}): PassageView => ({ ...passage(), ...over });
  const schedule = { day: 'monday' as const, time: '09:00', timeZone: 'Europe/London' };
  const replies: Reply[] = [
    await run('should this be a grant or a contract?'),
    await run('reset my password'),
    await run('help'),
    await run('principles'),
    await run('tip'),
    await run('about'),
    await run('principle nonsense'),
    await run('subscribe blursday'),
    await run('subscribe'),
    { kind: 'answer', query: 'q', answer: view({ citation: citation('reported') }), more: [] },
    { kind: 'subscribed', subscription: { schedule, active: true, tipsSent: 0 }, changed: true },
    { kind: 'subscribed', subscription: { schedule, active: true, tipsSent: 0 }, changed: false },
    { kind: 'unsubscribed', wasSubscribed: true },
    { kind: 'unsubscribed', wasSubscribed: false },
    { kind: 'status', subscription: undefined },
    { kind: 'status', subscription: { schedule, active: true, tipsSent: 3 } },
    { kind: 'status', subscription: { schedule, active: false, tipsSent: 3, endedReason: 'The bot was removed' } },
    { kind: 'subscriptions-unavailable', reason: 'store-down' },
  ];
  for (let n = 1; n <= 10; n += 1) replies.push(await run(`principle ${n}`));
  return replies;
}

export function citation(basis: Citation['basis'], url?: string): Citation {
  return { short: 'Chapman et al. (2018)', citation: 'Chapman, T. et al. (2018) How to work effectively with the third sector.', basis, ...(url ? { url } : {}) };
}

export function passage(over: Partial<PassageView> = {}): PassageView {
  return {
    id: 'commissioning-grant-or-contract',
    topic: 'commissioning',
    title: 'Should this be a grant or a contract?',
    body: 'A contract fits when you are buying a tightly defined service.',
    citation: citation('synthesis'),
    principle: { number: 5, slug: 'commissioning', title: 'Choose the funding route on purpose', thinkAgainAbout: 'commissioning' },
    score: 0.9,
    kind: 'advice',
    ...over,
  };
}
