import { WebClient, type WebClientOptions } from '@slack/web-api';
import type { DeliveryResult, PlatformSender } from '../core/delivery';
import type { Reply } from '../core/replies';
import type { ConversationAddress } from '../core/conversation';
import { weeklyTipClientOptions } from './client-options';
import { deliveryFailure, tokenLookupFailure } from './delivery-result';
import { renderReply } from './render/render-reply';
import { SLASH_COMMAND_OPTIONS } from './render/options';

/** Finds the bot token for a workspace: the one token in single-workspace mode, the installation's in OAuth mode. */
export type TokenLookup = (workspaceId: string | undefined) => Promise<string | undefined>;

/**
 * Posts replies (weekly tips) into Slack channels with `chat.postMessage`. Rate limits are not waited
 * out here: they come back as `retry` with Slack's Retry-After, so the scheduler can pace itself.
 * The client never retries by itself (see weeklyTipClientOptions), whatever options it is given.
 */
export class SlackSender implements PlatformSender {
  private readonly clients = new Map<string, WebClient>();

  constructor(
    private readonly tokenFor: TokenLookup,
    private readonly clientOptions: WebClientOptions,
  ) {}

  async deliver(address: ConversationAddress, reply: Reply): Promise<DeliveryResult> {
    if (address.platform !== 'slack') return { status: 'permanent', reason: `not a Slack conversation (${address.platform})` };
    let token: string | undefined;
    try {
      token = await this.tokenFor(address.workspaceId);
    } catch (error) {
      return tokenLookupFailure(error);
    }
    if (!token) return { status: 'permanent', reason: 'the app is not installed in this workspace' };
    const message = renderReply(reply, { ...SLASH_COMMAND_OPTIONS, shareable: false });
    try {
      await this.client(token).chat.postMessage({ channel: address.conversationId, text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false });
      return { status: 'sent' };
    } catch (error) {
      return deliveryFailure(error);
    }
  }

  private client(token: string): WebClient {
    let client = this.clients.get(token);
    if (!client) {
      client = new WebClient(token, weeklyTipClientOptions(this.clientOptions));
      this.clients.set(token, client);
    }
    return client;
  }
}
