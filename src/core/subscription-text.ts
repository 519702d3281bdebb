import type { Reply } from './replies';
import { describeSchedule } from './schedule/weekly-schedule';
import type { Platform } from './conversation';

export type SubscriptionReply = Extract<Reply, { kind: 'subscribed' | 'unsubscribed' | 'status' | 'invalid-schedule' | 'subscriptions-unavailable' }>;

/**
 * The one sentence that answers a subscription command, worded once for every platform. It is plain
 * text: each renderer escapes it for its own format. `commandPrefix` is how commands are typed there
 * ("/thinkagain " in a Slack slash command, "" in a direct message or the terminal).
 */
export function subscriptionSentence(reply: SubscriptionReply, where: { platform: Platform; commandPrefix: string }): string {
  const subscribe = `"${where.commandPrefix}subscribe"`;
  switch (reply.kind) {
    case 'subscribed':
      return `${reply.changed ? 'Subscribed' : 'Already subscribed'}: weekly tips here on ${describeSchedule(reply.subscription.schedule)}.`;
    case 'unsubscribed':
      return reply.wasSubscribed ? 'Done: no more weekly tips here.' : 'This conversation had no weekly tips to stop.';
    case 'status': {
      const s = reply.subscription;
      if (!s) return `No weekly tips here. Type ${subscribe} to start them.`;
      if (!s.active) return `Weekly tips here have stopped${s.endedReason ? `: ${s.endedReason}` : ''}. Type ${subscribe} to start again.`;
      return `Weekly tips here on ${describeSchedule(s.schedule)}; ${s.tipsSent} delivered so far.`;
    }
    case 'invalid-schedule':
      return reply.problem;
    case 'subscriptions-unavailable':
      if (reply.reason === 'store-down') return 'Subscriptions cannot be changed right now because the database is not answering. Please try again in a few minutes; questions still work.';
      if (reply.reason === 'store-error') return 'Subscriptions cannot be changed right now because the database reported a problem. Please try again in a few minutes; questions still work. If it keeps happening, tell whoever runs ThinkAgain.';
      return where.platform === 'cli'
        ? 'Weekly tips are set up from Slack or Teams: type "subscribe" in the channel that should receive them.'
        : 'Weekly tips are not switched on for this bot yet. Questions, tips and principles all work.';
  }
}
