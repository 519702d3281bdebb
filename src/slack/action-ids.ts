/** Every button the Slack renderings carry, and the one listener that answers each. */
export const ACTION_IDS = {
  /** value: a passage id. The second and third buttons in one block get `_2`, `_3` (ids must be unique per block). */
  showPassage: 'show_passage',
  /** value: a reply reference (see reply-ref.ts). */
  share: 'share_reply',
  /** value: a passage id. */
  feedbackUp: 'feedback_up',
  /** value: a passage id. */
  feedbackDown: 'feedback_down',
  /** value: a principle slug. */
  readPrinciple: 'read_principle',
} as const;

/** Matches `show_passage`, `show_passage_2`, `show_passage_3`. */
export const SHOW_PASSAGE_PATTERN = /^show_passage(?:_\d)?$/;

export function showPassageActionId(index: number): string {
  return index === 0 ? ACTION_IDS.showPassage : `${ACTION_IDS.showPassage}_${index + 1}`;
}

/** True for every action id some listener handles; the fallback listener answers the rest. */
export function isKnownActionId(actionId: string): boolean {
  return SHOW_PASSAGE_PATTERN.test(actionId) || (Object.values(ACTION_IDS) as string[]).includes(actionId);
}
