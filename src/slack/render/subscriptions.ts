import type { Reply } from '../../core/replies';
import { describeSchedule } from '../../core/schedule/weekly-schedule';
import { compose, mrkdwnSection, type SlackMessage } from './blocks';
import type { RenderOptions } from './options';
import { escapeMrkdwn, truncate } from './text';

type SubscriptionReply = Extract<Reply, { kind: 'subscribed' | 'unsubscribed' | 'status' | 'invalid-schedule' | 'subscriptions-unavailable' }>;

/** Subscription changes and status: one short sentence each. */
export function renderSubscription(reply: SubscriptionReply, options: RenderOptions): SlackMessage {
  const text = subscriptionText(reply, options);
  const note = reply.kind === 'subscribed' ? options.subscribeNote : undefined;
  if (!note) return compose(text, [mrkdwnSection(escapeMrkdwn(text))]);
  return compose(`${text} ${note}`, [mrkdwnSection(escapeMrkdwn(text)), mrkdwnSection(`:warning: ${escapeMrkdwn(note)}`)]);
}

function subscriptionText(reply: SubscriptionReply, options: RenderOptions): string {
  const subscribe = `${options.commandPrefix}subscribe`;
  switch (reply.kind) {
    case 'subscribed':
      return `${reply.changed ? 'Subscribed' : 'Already subscribed'}: weekly tips here on ${describeSchedule(reply.subscription.schedule)}.`;
    case 'unsubscribed':
      return reply.wasSubscribed ? 'Done: no more weekly tips here.' : 'This conversation had no weekly tips to stop.';
    case 'status':
      if (!reply.subscription) return `No weekly tips here. Type “${subscribe}” to start them.`;
      if (!reply.subscription.active) return `Weekly tips here have stopped${reply.subscription.endedReason ? `: ${reply.subscription.endedReason}` : ''}. Type “${subscribe}” to start again.`;
      return `Weekly tips here on ${describeSchedule(reply.subscription.schedule)}; ${reply.subscription.tipsSent} sent so far.`;
    case 'invalid-schedule':
      return truncate(reply.problem, 500);
    case 'subscriptions-unavailable':
      return reply.reason === 'store-down'
        ? 'Subscriptions cannot be changed right now because the database is not answering. Please try again in a few minutes; questions still work.'
        : `Weekly tips are not available yet on this server. Questions, principles and tips work: try “${options.commandPrefix}tip”.`;
  }
}
