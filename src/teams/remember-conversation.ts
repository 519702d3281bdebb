import { TurnContext } from 'botbuilder-core';
import type { PlatformDeps } from '../server/platform-adapter';
import type { ConversationAddress } from '../core/conversation';
import { referenceToKeep } from './conversation-address';
import { safeError } from './safe-error';

/**
 * Keeps the conversation reference that weekly tips need. A failing store must not stop the answer,
 * so a failure is logged as a warning and the turn goes on; the next message saves it again.
 */
export async function rememberConversation(context: TurnContext, deps: PlatformDeps, address: ConversationAddress): Promise<void> {
  try {
    await deps.conversations.save(address, referenceToKeep(TurnContext.getConversationReference(context.activity)));
  } catch (error) {
    deps.logger.warn({ err: safeError(error), conversation: address.conversationId }, 'could not save the Teams conversation reference');
  }
}
