import { ANSWER_WORDS } from '../../core/answer-words';
import { compose, context, mrkdwnSection, type Block, type SlackMessage } from './blocks';
import { escapeMrkdwn } from './text';

/** Short replies that are not core replies: thanks, polite refusals, apologies. */
function notice(text: string): SlackMessage {
  return compose(text, [mrkdwnSection(escapeMrkdwn(text))]);
}

export function feedbackThanks(helpful: boolean): SlackMessage {
  return notice(helpful ? 'Thank you: glad that helped.' : 'Thank you for saying so. It helps us improve the advice; try rephrasing, or type “principles” to browse.');
}

export function unknownActionNotice(): SlackMessage {
  return notice('Sorry, that button is no longer supported. Ask your question again and use the new buttons.');
}

export function goneNotice(): SlackMessage {
  return notice(ANSWER_WORDS.passageGone);
}

/** Under a subscribe in a private channel: the bot may not be a member yet. */
export const PRIVATE_CHANNEL_NOTE = 'ThinkAgain can post in a private channel only once it is a member: if it is not yet, invite it with /invite @ThinkAgain, or tips cannot be delivered.';

/** `/thinkagain subscribe` in a DM or group DM: refused, because Slack would refuse every tip between people. */
export function subscribeHereRefused(where: 'direct-message' | 'group-dm'): SlackMessage {
  const channels = 'For your team, type “/thinkagain subscribe” in a channel instead.';
  return notice(
    where === 'group-dm'
      ? `Weekly tips cannot be delivered in a group direct message: ThinkAgain cannot post in conversations between people. ${channels}`
      : `Weekly tips cannot be subscribed with /thinkagain in a direct message: ThinkAgain cannot post in conversations between people. For tips to yourself, type “subscribe” (without /thinkagain) in ThinkAgain’s Messages tab. ${channels}`,
  );
}

export function errorNotice(): SlackMessage {
  return notice('Sorry, something went wrong while answering. Please try again in a moment.');
}

/**
 * A reply being shared into the channel: the same content without the share button, and a line
 * saying who shared it. The user id is checked to be an id before it becomes a mention.
 */
export function sharedMessage(message: SlackMessage, userId: string): SlackMessage {
  const who = /^[UW][A-Z0-9]{2,30}$/.test(userId) ? `<@${userId}>` : 'someone';
  const blocks: Block[] = message.blocks
    .map((b) => (b.type === 'actions' ? { ...b, elements: b.elements.filter((e) => !('action_id' in e) || e.action_id !== 'share_reply') } : b))
    .filter((b) => b.type !== 'actions' || b.elements.length > 0);
  return { text: `Shared by ${who}: ${message.text}`, blocks: [context(`Shared by ${who}`), ...blocks].slice(0, 50) };
}
