import type { SlackDeps } from './slack-deps';
import type { Surface } from '../core/insights/interaction';
import type { ConversationAddress } from '../core/conversation';
import { logInteraction } from '../logging/interaction-log';
import { describeError } from './bot-identity';
import type { SlackMessage } from './render/blocks';
import { errorNotice } from './render/notices';
import type { RenderOptions } from './render/options';
import { renderReply } from './render/render-reply';

/**
 * The path every typed message takes: core command → Block Kit → `send`, and one log line. When
 * anything fails the user gets a short apology instead of silence, and the error is logged.
 */
export async function answerText(deps: SlackDeps, text: string, address: ConversationAddress, surface: Surface, options: RenderOptions, send: (message: SlackMessage) => Promise<unknown>): Promise<void> {
  const startedAt = performance.now();
  let kind = 'unknown';
  try {
    const { command, reply } = await deps.assistant.handle(text, address, surface);
    kind = command.kind;
    await send(renderReply(reply, options));
    logInteraction(deps.logger, { platform: 'slack', kind, startedAt, outcome: 'ok', text });
  } catch (error) {
    deps.logger.error({ err: describeError(error), kind }, 'Slack reply failed');
    logInteraction(deps.logger, { platform: 'slack', kind, startedAt, outcome: 'error', text });
    await send(errorNotice()).catch(() => undefined);
  }
}

/** A Slack address for the core: channel, team and, where known, the channel's name. */
export function slackAddress(channelId: string, teamId: string | undefined, label?: string): ConversationAddress {
  const address: ConversationAddress = { platform: 'slack', conversationId: channelId };
  if (teamId) address.workspaceId = teamId;
  if (label) address.label = label;
  return address;
}
