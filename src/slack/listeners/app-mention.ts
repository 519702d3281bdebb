import { answerText, slackAddress } from '../answer-text';
import { MENTION_OPTIONS } from '../render/options';
import type { SlackListener } from './listener';

/** `@ThinkAgain <text>` in a channel: answered in the thread of the mention. Other bots are ignored. */
export const appMentionListener: SlackListener = {
  name: 'app mention',
  declares: { events: ['app_mention'] },
  register(app, deps) {
    app.event('app_mention', async ({ event, say, context, body }) => {
      if (event.bot_id || event.subtype) return;
      const text = stripMentions(event.text, context.botUserId);
      const address = slackAddress(event.channel, body.team_id ?? context.teamId);
      await answerText(deps, text, address, 'mention', MENTION_OPTIONS, (message) => say({ ...message, thread_ts: event.thread_ts ?? event.ts, unfurl_links: false }));
    });
  },
};

/** Removes the bot's own `<@U…>` mention (with or without a `|name`), or any leading mention if the bot's id is unknown. */
export function stripMentions(text: string, botUserId: string | undefined): string {
  const own = botUserId ? new RegExp(`<@${botUserId.replace(/[^A-Z0-9]/gi, '')}(?:\\|[^>]*)?>`, 'g') : /^\s*<@[A-Z0-9]+(?:\|[^>]*)?>/i;
  return text.replace(own, ' ').replace(/\s+/g, ' ').trim();
}
