import { answerText, slackAddress } from '../answer-text';
import { DIRECT_MESSAGE_OPTIONS } from '../render/options';
import type { SlackListener } from './listener';

/**
 * A direct message to the bot: answered in the DM (in the thread, if the message was in one).
 * Edits, joins and other subtypes, other bots and the bot's own messages are ignored.
 */
export const directMessageListener: SlackListener = {
  name: 'direct message',
  declares: { events: ['message.im'] },
  register(app, deps) {
    app.event('message', async ({ event, say, body, context }) => {
      if (event.channel_type !== 'im' || event.subtype !== undefined) return;
      if (event.bot_id || !event.user || event.user === context.botUserId) return;
      const address = slackAddress(event.channel, body.team_id ?? context.teamId, 'direct message');
      const threadTs = event.thread_ts;
      await answerText(deps, event.text ?? '', address, 'direct-message', DIRECT_MESSAGE_OPTIONS, (message) => say({ ...message, unfurl_links: false, ...(threadTs ? { thread_ts: threadTs } : {}) }));
    });
  },
};
