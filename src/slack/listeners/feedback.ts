import { splitInteractionRef } from '../../core/insights/interaction-ref';
import { ACTION_IDS } from '../action-ids';
import { renderNotice } from '../render/notices';
import { onButton } from './button';
import type { SlackListener } from './listener';

/** 👍 / 👎 under an answer: recorded against the passage (no user id, no text), then a private thank-you. */
export const feedbackListener: SlackListener = {
  name: 'feedback buttons',
  declares: {},
  register(app, deps) {
    for (const helpful of [true, false]) {
      onButton(app, deps, helpful ? ACTION_IDS.feedbackUp : ACTION_IDS.feedbackDown, helpful ? 'feedback_up' : 'feedback_down', async (click) => {
        const { passageId, ref } = splitInteractionRef(click.value);
        if (/^[\w.-]{1,200}$/.test(passageId)) {
          await deps.feedback.record({ passageId, helpful, platform: 'slack', at: new Date() });
          deps.assistant.noteFeedback(passageId, helpful, { platform: 'slack', ...(ref ? { ref } : {}) });
        }
        await click.reply(renderNotice({ kind: 'feedback-thanks', helpful }));
      });
    }
  },
};
