import type { TurnContext } from 'botbuilder';
import type { PlatformDeps } from '../server/platform-adapter';
import { logInteraction } from '../logging/interaction-log';
import { addressOf, scopeOf, surfaceOf } from './conversation-address';
import { handleSubmission } from './handle-submission';
import { questionText } from './question-text';
import { rememberConversation } from './remember-conversation';
import { renderReply } from './render/render-reply';

/** A message in a channel (the bot was @mentioned), a group chat or a personal chat, or a card button. */
export async function handleMessage(context: TurnContext, deps: PlatformDeps): Promise<void> {
  const startedAt = performance.now();
  const address = addressOf(context.activity);
  // Saved beside the answer, not before it: a slow or absent database must not hold up the reply.
  const remembered = rememberConversation(context, deps, address);
  try {
    await answer(context, deps, address, startedAt);
  } finally {
    await remembered;
  }
}

async function answer(context: TurnContext, deps: PlatformDeps, address: ReturnType<typeof addressOf>, startedAt: number): Promise<void> {
  const text = questionText(context.activity);
  if (text === '' && context.activity.value !== undefined) {
    const kind = await handleSubmission(context, deps, address);
    logInteraction(deps.logger, { platform: 'teams', kind, startedAt, outcome: 'ok' });
    return;
  }
  const { command, reply } = await deps.assistant.handle(text, address, surfaceOf(context.activity));
  await context.sendActivity(renderReply(reply, scopeOf(context.activity)));
  logInteraction(deps.logger, { platform: 'teams', kind: command.kind, startedAt, outcome: 'ok', text });
}
