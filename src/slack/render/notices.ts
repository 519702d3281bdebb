import { ANSWER_WORDS } from '../../core/answer-words';
import { noticeSentence, sharedBySentence, subscribeHereRefusedSentence, type Notice } from '../../core/notice-words';
import { SLASH_COMMAND_OPTIONS, type RenderOptions } from './options';
import { compose, context, mrkdwnSection, type Block, type SlackMessage } from './blocks';
import { escapeMrkdwn } from './text';

/** Short replies that are not core replies: thanks, polite refusals, apologies. */
function notice(text: string): SlackMessage {
  return compose(text, [mrkdwnSection(escapeMrkdwn(text))]);
}

/** A notice (thanks, an unknown button, an apology); commands are typed as the slash command unless `options` says otherwise. */
export function renderNotice(n: Notice, options: RenderOptions = SLASH_COMMAND_OPTIONS): SlackMessage {
  return notice(noticeSentence(n, options.commandPrefix));
}

export function goneNotice(): SlackMessage {
  return notice(ANSWER_WORDS.passageGone);
}

/** `/thinkagain subscribe` in a DM or group DM: refused, because Slack would refuse every tip between people. */
export function subscribeHereRefused(where: 'direct-message' | 'group-dm'): SlackMessage {
  return notice(subscribeHereRefusedSentence(where));
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
  return { text: `${sharedBySentence(who)}: ${message.text}`, blocks: [context(sharedBySentence(who)), ...blocks].slice(0, 50) };
}
