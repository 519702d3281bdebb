import { SHOW_PASSAGE_PATTERN } from '../action-ids';
import { goneNotice } from '../render/notices';
import { SLASH_COMMAND_OPTIONS } from '../render/options';
import { renderReply } from '../render/render-reply';
import { onButton } from './button';
import type { SlackListener } from './listener';

/** "More on this" buttons: the chosen passage, shown to the clicker only, with its own share button. */
export const showPassageListener: SlackListener = {
  name: 'show passage button',
  declares: {},
  register(app, deps) {
    onButton(app, deps, SHOW_PASSAGE_PATTERN, 'show_passage', async (click) => {
      const reply = deps.assistant.passage(click.value);
      await click.reply(reply ? renderReply(reply, SLASH_COMMAND_OPTIONS) : goneNotice());
    });
  },
};
