/**
 * Whether the bot can post weekly tips in the conversation a slash command came from, judged from
 * what the command tells us (`channel_id`, `channel_name`): the bot has no scope to ask Slack.
 *
 * - `open`: a public channel; `chat:write.public` lets the bot post without being a member.
 * - `members-only`: a private channel; the bot can post only once someone has invited it.
 * - `direct-message`: a one-to-one DM. The slash command looks the same in the bot's own Messages tab
 *   and in a DM between two people, where Slack refuses every post (`channel_not_found`).
 * - `group-dm`: a group DM between people; the bot is never a member.
 */
export type ConversationReach = 'open' | 'members-only' | 'direct-message' | 'group-dm';

export function conversationReach(channelId: string, channelName: string | undefined): ConversationReach {
  const name = channelName ?? '';
  if (name.startsWith('mpdm-')) return 'group-dm';
  if (name === 'directmessage' || channelId.startsWith('D')) return 'direct-message';
  if (name === 'privategroup' || channelId.startsWith('G')) return 'members-only';
  return 'open';
}
