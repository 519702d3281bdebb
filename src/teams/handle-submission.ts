import type { TurnContext } from 'botbuilder';
import type { PlatformDeps } from '../server/platform-adapter';
import type { ConversationAddress } from '../core/conversation';
import { parseSubmission } from './card-actions';
import { scopeOf } from './conversation-address';
import type { TurnNote } from './handled-turn';
import { renderReply } from './render/render-reply';
import { renderNotice } from './render/short-replies';

/** A card button was pressed (Action.Submit arrives as a message with `value`); `note.kind` names it for the log. */
export async function handleSubmission(context: TurnContext, deps: PlatformDeps, address: ConversationAddress, note: TurnNote): Promise<void> {
  const scope = scopeOf(context.activity);
  const submission = parseSubmission(context.activity.value);
  note.kind = `button:${submission?.action ?? 'unknown'}`;
  if (!submission) {
    note.outcome = 'rejected';
    await context.sendActivity(renderNotice({ kind: 'unknown-button' }, scope));
    return;
  }
  switch (submission.action) {
    case 'show_passage': {
      const reply = deps.assistant.passage(submission.id);
      await context.sendActivity(renderReply(reply ?? { kind: 'passage-gone' }, scope));
      return;
    }
    case 'clarify_choice': {
      await context.sendActivity(renderReply(deps.assistant.choose(submission.id, { platform: 'teams', ...(submission.ref ? { ref: submission.ref } : {}) }), scope));
      return;
    }
    case 'feedback': {
      // Only feedback on passages that exist is stored; a forged id still gets a polite answer.
      if (deps.assistant.passage(submission.id)) {
        await deps.feedback.record({ passageId: submission.id, helpful: submission.helpful, platform: 'teams', at: new Date() });
        deps.assistant.noteFeedback(submission.id, submission.helpful, { platform: 'teams', ...(submission.ref ? { ref: submission.ref } : {}) });
      }
      await context.sendActivity(renderNotice({ kind: 'feedback-thanks', helpful: submission.helpful }, scope));
      return;
    }
    case 'principle': {
      const { reply } = await deps.assistant.handle(`principle ${submission.slug}`, address, 'button');
      await context.sendActivity(renderReply(reply, scope));
      return;
    }
  }
}
