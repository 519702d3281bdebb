import { ACTION_IDS } from '../action-ids';
import { goneNotice, sharedMessage } from '../render/notices';
import { SLASH_COMMAND_OPTIONS } from '../render/options';
import { renderReply } from '../render/render-reply';
import { decodeReplyRef } from '../../core/reply-ref';
import { onButton } from './button';
import type { SlackListener } from './listener';

/** "Share in channel": posts the answer publicly, saying who shared it. */
export const shareListener: SlackListener = {
  name: 'share button',
  declares: {},
  register(app, deps) {
    onButton(app, deps, ACTION_IDS.share, 'share', async (click) => {
      const ref = decodeReplyRef(click.value);
      const reply = ref ? deps.assistant.reference(ref) : undefined;
      if (!reply) {
        await click.reply(goneNotice());
        return;
      }
      await click.reply(sharedMessage(renderReply(reply, { ...SLASH_COMMAND_OPTIONS, shareable: false }), click.userId), true);
    });
  },
};
