import type { SlackDeps } from './slack-deps';
import type { Surface } from '../core/insights/interaction';
import type { ConversationAddress } from '../core/conversation';
import { handled } from './listeners/handled';
import type { SlackMessage } from './render/blocks';
import { renderNotice } from './render/notices';
import type { RenderOptions } from './render/options';
import { renderReply } from './render/render-reply';

/**
 * The path every typed message takes: core command → Block Kit → `send`, inside the one wrapper that
 * logs the interaction and apologises when anything fails.
 */
export async function answerText(deps: SlackDeps, text: string, address: ConversationAddress, surface: Surface, options: RenderOptions, send: (message: SlackMessage) => Promise<unknown>): Promise<void> {
  await handled(deps, { kind: 'unknown', outcome: 'ok', text }, { failure: 'Slack reply failed', apologise: () => send(renderNotice({ kind: 'apology' }, options)) }, async (note) => {
    const { command, reply } = await deps.assistant.handle(text, address, surface);
    note.kind = command.kind;
    await send(renderReply(reply, options));
  });
}

/** A Slack address for the core: channel, team and, where known, the channel's name. */
export function slackAddress(channelId: string, teamId: string | undefined, label?: string): ConversationAddress {
  const address: ConversationAddress = { platform: 'slack', conversationId: channelId };
  if (teamId) address.workspaceId = teamId;
  if (label) address.label = label;
  return address;
}
