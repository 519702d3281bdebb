import type { App, BlockAction, ButtonAction, RespondFn } from '@slack/bolt';
import type { SlackDeps } from '../slack-deps';
import { logInteraction } from '../../logging/interaction-log';
import { describeError } from '../bot-identity';
import type { SlackMessage } from '../render/blocks';
import { errorNotice } from '../render/notices';

export interface ButtonClick {
  /** The button's value: always an id, never content. */
  value: string;
  userId: string;
  /** Posts a new message through the click's response_url: ephemeral to the clicker unless `inChannel`. */
  reply(message: SlackMessage, inChannel?: boolean): Promise<void>;
}

/**
 * Registers one button: ack at once, run `handle`, one log line, and a polite apology to the user
 * (never a stack trace) if anything fails.
 */
export function onButton(app: App, deps: SlackDeps, actionId: string | RegExp, kind: string, handle: (click: ButtonClick) => Promise<void>): void {
  app.action<BlockAction<ButtonAction>>({ type: 'block_actions', action_id: actionId }, async ({ ack, action, body, respond }) => {
    await ack();
    const startedAt = performance.now();
    const reply = replyVia(respond);
    try {
      await handle({ value: typeof action.value === 'string' ? action.value : '', userId: body.user.id, reply });
      logInteraction(deps.logger, { platform: 'slack', kind: `button:${kind}`, startedAt, outcome: 'ok' });
    } catch (error) {
      deps.logger.error({ err: describeError(error), kind }, 'Slack button failed');
      logInteraction(deps.logger, { platform: 'slack', kind: `button:${kind}`, startedAt, outcome: 'error' });
      await reply(errorNotice()).catch(() => undefined);
    }
  });
}

function replyVia(respond: RespondFn) {
  return async (message: SlackMessage, inChannel = false): Promise<void> => {
    await respond({ response_type: inChannel ? 'in_channel' : 'ephemeral', replace_original: false, ...message });
  };
}
