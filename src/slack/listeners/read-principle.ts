import { ACTION_IDS } from '../action-ids';
import { goneNotice } from '../render/notices';
import { SLASH_COMMAND_OPTIONS } from '../render/options';
import { renderReply } from '../render/render-reply';

import { onButton } from './button';
import type { SlackListener } from './listener';

/** "Read the whole principle" under a tip: the principle in full, to the clicker only. */
export const readPrincipleListener: SlackListener = {
  name: 'read principle button',
  declares: {},
  register(app, deps) {
    onButton(app, deps, ACTION_IDS.readPrinciple, 'read_principle', async (click) => {
      const reply = deps.assistant.reference({ kind: 'principle', slug: click.value });
      await click.reply(reply ? renderReply(reply, SLASH_COMMAND_OPTIONS) : goneNotice());
    });
  },
};
