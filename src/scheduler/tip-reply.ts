import type { Assistant } from '../core/assistant';
import type { Reply } from '../core/replies';

/** The weekly tip message for the `n`th tip of a subscription, in the rotation order (principles 1 to 10, then the next tip of each). */
export function tipReplies(assistant: Pick<Assistant, 'tips' | 'views'>): (n: number) => Reply {
  return (n) => {
    const tip = assistant.tips.tipAt(n);
    const principle = assistant.views.principleSummary(tip.principle);
    if (!principle) throw new Error(`tip ${tip.id} names principle "${tip.principle}", which the knowledge base does not have`);
    return { kind: 'tip', tip, principle, weekly: true };
  };
}
