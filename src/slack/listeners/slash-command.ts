import { parseCommand } from '../../core/commands/parse-command';
import { answerText, slackAddress } from '../answer-text';
import { conversationReach } from '../conversation-reach';
import { PRIVATE_CHANNEL_NOTE } from '../../core/notice-words';
import { renderNotice, subscribeHereRefused } from '../render/notices';
import { SLASH_COMMAND_OPTIONS, type RenderOptions } from '../render/options';
import { handled } from './handled';
import type { SlackListener } from './listener';

export const SLASH_COMMAND = '/thinkagain';

/**
 * `/thinkagain <text>`: ack at once with nothing, then answer ephemerally through the response_url.
 * `subscribe` where tips could never arrive (a DM or group DM, which the slash command cannot tell
 * from the bot's own Messages tab) is refused with the way that works; in a private channel it is
 * accepted with a note to invite the bot, which Slack requires before any tip can be posted there.
 */
export const slashCommandListener: SlackListener = {
  name: 'slash command',
  declares: { commands: [SLASH_COMMAND] },
  register(app, deps) {
    app.command(SLASH_COMMAND, async ({ command, ack, respond }) => {
      await ack();
      const text = command.text ?? '';
      const reach = conversationReach(command.channel_id, command.channel_name);
      if ((reach === 'direct-message' || reach === 'group-dm') && parseCommand(text).kind === 'subscribe') {
        const apologise = () => respond({ response_type: 'ephemeral', ...renderNotice({ kind: 'apology' }) });
        await handled(deps, { kind: 'subscribe', outcome: 'rejected', text }, { failure: 'Slack reply failed', apologise }, () => respond({ response_type: 'ephemeral', ...subscribeHereRefused(reach) }).then(() => undefined));
        return;
      }
      const options: RenderOptions = reach === 'members-only' ? { ...SLASH_COMMAND_OPTIONS, subscribeNote: PRIVATE_CHANNEL_NOTE } : SLASH_COMMAND_OPTIONS;
      const address = slackAddress(command.channel_id, command.team_id, command.channel_name);
      await answerText(deps, text, address, 'slash-command', options, (message) => respond({ response_type: 'ephemeral', ...message }));
    });
  },
};
