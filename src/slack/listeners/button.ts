import type { App, BlockAction, ButtonAction, RespondFn } from '@slack/bolt';
import type { SlackDeps } from '../slack-deps';
import type { SlackMessage } from '../render/blocks';
import { renderNotice } from '../render/notices';
import { handled } from './handled';

export interface ButtonClick {
  /** The button's value: always an id, never content. */
  value: string;
  userId: string;
  /** Posts a new message through the click's response_url: ephemeral to the clicker unless `inChannel`. */
  reply(message: SlackMessage, inChannel?: boolean): Promise<void>;
}

/**
 * Registers one button: ack at once, then `handle` inside the one wrapper (log line, apology on failure).
 */
export function onButton(app: App, deps: SlackDeps, actionId: string | RegExp, kind: string, handle: (click: ButtonClick) => Promise<void>): void {
  app.action<BlockAction<ButtonAction>>({ type: 'block_actions', action_id: actionId }, async ({ ack, action, body, respond }) => {
    await ack();
    const reply = replyVia(respond);
    const click = { value: typeof action.value === 'string' ? action.value : '', userId: body.user.id, reply };
    await handled(deps, { kind: `button:${kind}`, outcome: 'ok' }, { failure: 'Slack button failed', apologise: () => reply(renderNotice({ kind: 'apology' })) }, () => handle(click));
  });
}

function replyVia(respond: RespondFn) {
  return async (message: SlackMessage, inChannel = false): Promise<void> => {
    await respond({ response_type: inChannel ? 'in_channel' : 'ephemeral', replace_original: false, ...message });
  };
}
