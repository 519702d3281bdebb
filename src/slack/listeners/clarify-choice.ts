import { splitInteractionRef } from '../../core/insights/interaction-ref';
import { CLARIFY_CHOICE_PATTERN } from '../action-ids';
import { SLASH_COMMAND_OPTIONS } from '../render/options';
import { renderReply } from '../render/render-reply';
import { onButton } from './button';
import type { SlackListener } from './listener';

/** A choice picked from a clarify: that passage, shown to the clicker only, or a polite note if it was removed. */
export const clarifyChoiceListener: SlackListener = {
  name: 'clarify choice button',
  declares: {},
  register(app, deps) {
    onButton(app, deps, CLARIFY_CHOICE_PATTERN, 'clarify_choice', async (click) => {
      const { passageId, ref } = splitInteractionRef(click.value);
      await click.reply(renderReply(deps.assistant.choose(passageId, { platform: 'slack', ...(ref ? { ref } : {}) }), SLASH_COMMAND_OPTIONS));
    });
  },
};
