import type { TurnContext } from 'botbuilder';
import type { PlatformDeps } from '../server/platform-adapter';
import type { ConversationAddress } from '../core/conversation';
import { addressOf, scopeOf, surfaceOf } from './conversation-address';
import type { TurnNote } from './handled-turn';
import { handleSubmission } from './handle-submission';
import { questionText } from './question-text';
import { rememberConversation } from './remember-conversation';
import { renderReply } from './render/render-reply';

/** A message in a channel (the bot was @mentioned), a group chat or a personal chat, or a card button. */
export async function handleMessage(context: TurnContext, deps: PlatformDeps, note: TurnNote): Promise<void> {
  const address = addressOf(context.activity);
  // Saved beside the answer, not before it: a slow or absent database must not hold up the reply.
  const remembered = rememberConversation(context, deps, address);
  try {
    await answer(context, deps, address, note);
  } finally {
    await remembered;
  }
}

async function answer(context: TurnContext, deps: PlatformDeps, address: ConversationAddress, note: TurnNote): Promise<void> {
  const text = questionText(context.activity);
  if (text === '' && context.activity.value !== undefined) return handleSubmission(context, deps, address, note);
  note.text = text;
  const { command, reply } = await deps.assistant.handle(text, address, surfaceOf(context.activity));
  note.kind = command.kind;
  await context.sendActivity(renderReply(reply, scopeOf(context.activity)));
}
