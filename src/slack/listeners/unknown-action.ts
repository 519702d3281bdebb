import { isKnownActionId } from '../action-ids';
import { renderNotice } from '../render/notices';
import { handled } from './handled';
import type { SlackListener } from './listener';

/** Any other button or menu (an old message, a newer version's button): ack, and say so politely. */
export const unknownActionListener: SlackListener = {
  name: 'unknown action',
  declares: {},
  register(app, deps) {
    app.action({ type: 'block_actions' }, async ({ ack, action, respond }) => {
      if ('action_id' in action && isKnownActionId(action.action_id)) return;
      await ack();
      await handled(deps, { kind: 'button:unknown', outcome: 'rejected' }, { failure: 'Slack reply failed' }, async () => {
        await respond({ response_type: 'ephemeral', replace_original: false, ...renderNotice({ kind: 'unknown-button' }) });
      });
    });
  },
};
