import { noticeSentence, type Notice } from '../../core/notice-words';
import { subscriptionSentence, type SubscriptionReply } from '../../core/subscription-text';
import { textMessage, type TeamsMessage } from './card';
import { escapeUserText } from './escape';
import { commandPrefix, type TeamsScope } from './scope';

/** Subscription replies are one sentence: plain text, no card. */
export function renderShort(reply: SubscriptionReply, scope: TeamsScope): TeamsMessage {
  const text = subscriptionSentence(reply, { platform: 'teams', commandPrefix: commandPrefix(scope) });
  // A schedule problem quotes the word the user typed: make it inert.
  return textMessage(reply.kind === 'invalid-schedule' ? escapeUserText(text) : text);
}

/** A notice (thanks, an unknown button, an apology) as one line of text, with commands typed as they work here. */
export function renderNotice(notice: Notice, scope: TeamsScope): TeamsMessage {
  return textMessage(noticeSentence(notice, commandPrefix(scope)));
}
