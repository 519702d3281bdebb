import type { CloudAdapter, ConversationReference } from 'botbuilder';
import type { ConversationDirectory } from '../core/ports';
import type { ConversationAddress } from '../core/conversation';
import type { DeliveryResult, PlatformSender } from '../core/delivery';
import type { Reply } from '../core/replies';
import { scopeOf } from './conversation-address';
import { deliveryFailure } from './delivery-result';
import { renderReply } from './render/render-reply';

/** Proactive messages (weekly tips): the stored conversation reference plus continueConversationAsync. */
export function teamsSender(adapter: CloudAdapter, appId: string, conversations: ConversationDirectory): PlatformSender {
  return {
    async deliver(address: ConversationAddress, reply: Reply): Promise<DeliveryResult> {
      if (address.platform !== 'teams') return { status: 'permanent', reason: `Not a Teams conversation (${address.platform})` };
      const reference = await conversations.get('teams', address.conversationId);
      if (!reference) return { status: 'permanent', reason: 'No stored Teams conversation reference: the bot has not seen this conversation since it was installed' };
      let failure: unknown;
      let sent = false;
      try {
        await adapter.continueConversationAsync(appId, reference as Partial<ConversationReference>, async (context) => {
          // A tip is a new post, not a reply to the continuation event (whose id botbuilder makes up):
          // without replyToId, CloudAdapter uses sendToConversation.
          context.onSendActivities(async (_ctx, activities, next) => {
            for (const activity of activities) delete activity.replyToId;
            return next();
          });
          // Caught here, not in onTurnError: a proactive failure is a result for the scheduler, not a turn to apologise for.
          try {
            await context.sendActivity(renderReply(reply, scopeOf(reference as Partial<ConversationReference>)));
            sent = true;
          } catch (error) {
            failure = error;
          }
        });
      } catch (error) {
        failure = error;
      }
      return sent ? { status: 'sent' } : deliveryFailure(failure);
    },
  };
}
