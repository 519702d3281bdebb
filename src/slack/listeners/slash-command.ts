import { answerText, slackAddress } from '../answer-text';
import { SLASH_COMMAND_OPTIONS } from '../render/options';
import type { SlackListener } from './listener';

export const SLASH_COMMAND = '/thinkagain';

/** `/thinkagain <text>`: ack at once with nothing, then answer ephemerally through the response_url. */
export const slashCommandListener: SlackListener = {
  name: 'slash command',
  declares: { commands: [SLASH_COMMAND] },
  register(app, deps) {
    app.command(SLASH_COMMAND, async ({ command, ack, respond }) => {
      await ack();
      const address = slackAddress(command.channel_id, command.team_id, command.channel_name);
      await answerText(deps, command.text ?? '', address, SLASH_COMMAND_OPTIONS, (message) => respond({ response_type: 'ephemeral', ...message }));
    });
  },
};
