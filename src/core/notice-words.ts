import { quotedCommand } from './typed-command';

/**
 * Short replies that are not answers to a command (thanks for feedback, an unknown button, an
 * apology), worded once for every surface. `commandPrefix` is how a command is typed where the notice
 * lands ("/thinkagain " in Slack, "@ThinkAgain " in a Teams channel or group chat, "" elsewhere).
 */
export type Notice = { kind: 'feedback-thanks'; helpful: boolean } | { kind: 'unknown-button' } | { kind: 'apology' };

export function noticeSentence(notice: Notice, commandPrefix: string): string {
  const typed = quotedCommand(commandPrefix);
  switch (notice.kind) {
    case 'feedback-thanks':
      return notice.helpful ? 'Thanks, glad that helped.' : `Thanks for telling me: it helps improve the advice. Try asking in other words, or type ${typed('principles')} to browse.`;
    case 'unknown-button':
      return `Sorry, I do not recognise that button; it may be from an older message. Ask your question again, or type ${typed('help')} to see what I can do.`;
    case 'apology':
      return 'Sorry, something went wrong on my side while answering. Please try again in a moment.';
  }
}

/** Slack only: under a subscribe in a private channel, where the bot may not be a member yet. */
export const PRIVATE_CHANNEL_NOTE = 'ThinkAgain can post in a private channel only once it is a member: if it is not yet, invite it with /invite @ThinkAgain, or tips cannot be delivered.';

/** Slack only: `/thinkagain subscribe` in a DM or group DM, where Slack would refuse every tip. */
export function subscribeHereRefusedSentence(where: 'direct-message' | 'group-dm'): string {
  const channels = 'For your team, type “/thinkagain subscribe” in a channel instead.';
  return where === 'group-dm'
    ? `Weekly tips cannot be delivered in a group direct message: ThinkAgain cannot post in conversations between people. ${channels}`
    : `Weekly tips cannot be subscribed with /thinkagain in a direct message: ThinkAgain cannot post in conversations between people. For tips to yourself, type “subscribe” (without /thinkagain) in ThinkAgain’s Messages tab. ${channels}`;
}

/** Slack only: the line above a reply someone shared into the channel; `who` is a mention or "someone". */
export function sharedBySentence(who: string): string {
  return `Shared by ${who}`;
}
