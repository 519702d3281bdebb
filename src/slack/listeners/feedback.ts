import { ACTION_IDS } from '../action-ids';
import { feedbackThanks } from '../render/notices';
import { onButton } from './button';
import type { SlackListener } from './listener';

/** 👍 / 👎 under an answer: recorded against the passage (no user id, no text), then a private thank-you. */
export const feedbackListener: SlackListener = {
  name: 'feedback buttons',
  declares: {},
  register(app, deps) {
    for (const helpful of [true, false]) {
      onButton(app, deps, helpful ? ACTION_IDS.feedbackUp : ACTION_IDS.feedbackDown, helpful ? 'feedback_up' : 'feedback_down', async (click) => {
        if (/^[\w.-]{1,200}$/.test(click.value)) await deps.feedback.record({ passageId: click.value, helpful, platform: 'slack', at: new Date() });
        await click.reply(feedbackThanks(helpful));
      });
    }
  },
};
