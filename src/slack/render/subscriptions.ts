import { subscriptionSentence, type SubscriptionReply } from '../../core/subscription-text';
import { compose, mrkdwnSection, type SlackMessage } from './blocks';
import type { RenderOptions } from './options';
import { escapeMrkdwn, truncate } from './text';

/** Subscription changes and status: one short sentence each. */
export function renderSubscription(reply: SubscriptionReply, options: RenderOptions): SlackMessage {
  const text = subscriptionText(reply, options);
  const note = reply.kind === 'subscribed' ? options.subscribeNote : undefined;
  if (!note) return compose(text, [mrkdwnSection(escapeMrkdwn(text))]);
  return compose(`${text} ${note}`, [mrkdwnSection(escapeMrkdwn(text)), mrkdwnSection(`:warning: ${escapeMrkdwn(note)}`)]);
}

function subscriptionText(reply: SubscriptionReply, options: RenderOptions): string {
  const text = subscriptionSentence(reply, { platform: 'slack', commandPrefix: options.commandPrefix });
  return reply.kind === 'invalid-schedule' ? truncate(text, 500) : text;
}
