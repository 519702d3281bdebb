/** Where in a chat platform a person reached the bot. */
export type Surface = 'slash-command' | 'mention' | 'direct-message' | 'button';

export const SURFACES: readonly Surface[] = ['slash-command', 'mention', 'direct-message', 'button'];

/** The platforms whose interactions are recorded; the terminal records nothing. */
export type RecordedPlatform = 'slack' | 'teams';

/**
 * `question`: a question and its outcome. `choice`: a passage picked from a clarify's choices.
 * `feedback`: 👍 or 👎 on a passage. `command`: any other command (help, tip, subscribe…), by kind only.
 */
export type InteractionKind = 'question' | 'choice' | 'feedback' | 'command';

export type QuestionOutcome = 'answer' | 'clarify' | 'decline';

/**
 * One interaction as it is stored. Never a user, channel or team id or name: a question's text is kept
 * only when its outcome was clarify or decline (on the question) or it got a 👎 (on the feedback), and
 * only after scrubbing.
 */
export interface InteractionRecord {
  at: Date;
  platform: RecordedPlatform;
  surface: Surface;
  kind: InteractionKind;
  /** A question's outcome, or a command's kind. */
  outcome?: string;
  /** Passages the reply listed, best first (the answer and its further matches, or a clarify's choices); the chosen or rated one otherwise. */
  passageIds: string[];
  /** 👍 (true) or 👎 (false), on feedback. */
  helpful?: boolean;
  /** A random reference shared by a question and the choice or feedback that followed it. */
  ref?: string;
  /** Scrubbed question text, where it is kept. */
  question?: string;
}

/** Where interactions are written. */
export interface InsightsPort {
  record(interaction: InteractionRecord): Promise<void>;
}
