/** Every button the Slack renderings carry, and the one listener that answers each. */
export const ACTION_IDS = {
  /** value: a passage id. The second and third buttons in one block get `_2`, `_3` (ids must be unique per block). */
  showPassage: 'show_passage',
  /** value: a reply reference (see reply-ref.ts). */
  share: 'share_reply',
  /** value: a passage id, with the question's insights reference when it was recorded (see core/insights/interaction-ref.ts). */
  feedbackUp: 'feedback_up',
  /** value: as feedbackUp. */
  feedbackDown: 'feedback_down',
  /** value: a principle slug. */
  readPrinciple: 'read_principle',
  /** value: a passage id picked from a clarify's choices (with the question's reference, as feedbackUp). The second and third get `_2`, `_3`. */
  clarifyChoice: 'clarify_choice',
} as const;

/** Matches `show_passage`, `show_passage_2`, `show_passage_3`. */
export const SHOW_PASSAGE_PATTERN = /^show_passage(?:_\d)?$/;

/** Matches `clarify_choice`, `clarify_choice_2`, `clarify_choice_3`. */
export const CLARIFY_CHOICE_PATTERN = /^clarify_choice(?:_\d)?$/;

export function showPassageActionId(index: number): string {
  return numbered(ACTION_IDS.showPassage, index);
}

export function clarifyChoiceActionId(index: number): string {
  return numbered(ACTION_IDS.clarifyChoice, index);
}

function numbered(base: string, index: number): string {
  return index === 0 ? base : `${base}_${index + 1}`;
}

/** True for every action id some listener handles; the fallback listener answers the rest. */
export function isKnownActionId(actionId: string): boolean {
  return SHOW_PASSAGE_PATTERN.test(actionId) || CLARIFY_CHOICE_PATTERN.test(actionId) || (Object.values(ACTION_IDS) as string[]).includes(actionId);
}
