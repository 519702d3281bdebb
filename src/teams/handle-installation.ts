import type { TurnContext } from 'botbuilder';
import type { PlatformDeps } from '../server/platform-adapter';
import { addressOf, scopeOf } from './conversation-address';
import type { TurnNote } from './handled-turn';
import { rememberConversation } from './remember-conversation';
import { renderWelcome } from './render/welcome-card';
import { REMOVED_REASON } from './delivery-result';

/**
 * The app was installed (installationUpdate add, or conversationUpdate with the bot among the members
 * added). Teams may send both, and a team install can send two installationUpdates in any order, so
 * the welcome goes out once per conversation.
 */
export async function handleInstalled(context: TurnContext, deps: PlatformDeps, note: TurnNote): Promise<void> {
  note.kind = 'install';
  const address = addressOf(context.activity);
  await rememberConversation(context, deps, address);
  const first = await deps.events.firstSighting(`teams-install:${address.conversationId}`);
  if (first) await context.sendActivity(renderWelcome(scopeOf(context.activity)));
  else note.outcome = 'duplicate';
}

/** The app was removed from a conversation: weekly tips there end (the bot can no longer post). */
export async function handleRemoved(context: TurnContext, deps: PlatformDeps, note: TurnNote): Promise<void> {
  note.kind = 'uninstall';
  const address = addressOf(context.activity);
  if (deps.subscriptionDirectory) await deps.subscriptionDirectory.endForConversation(address, REMOVED_REASON);
}
