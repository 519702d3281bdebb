import type { Interaction } from '../../logging/interaction-log';
import { logInteraction } from '../../logging/interaction-log';
import { describeError } from '../bot-identity';
import type { SlackDeps } from '../slack-deps';

/** What a handler says about the request it handled, for the interaction line; `kind` may be set once known. */
export type HandledNote = Pick<Interaction, 'kind' | 'outcome' | 'text'>;

export interface HandledOptions {
  /** The error log line's message, e.g. "Slack reply failed". */
  failure: string;
  /** Says sorry to the person waiting, when there is one to answer; a failure to apologise is ignored. */
  apologise?: () => Promise<unknown>;
  /** Hand the error on to Bolt's error handler instead of logging it here (events with no one to answer). */
  rethrow?: boolean;
}

/**
 * The one wrapper every Slack handler runs in: one interaction line per request, an error logged as
 * `{ err }` (never a token), and a short apology instead of silence when someone is waiting.
 */
export async function handled(deps: SlackDeps, note: HandledNote, options: HandledOptions, run: (note: HandledNote) => Promise<void>): Promise<void> {
  const startedAt = performance.now();
  try {
    await run(note);
    logInteraction(deps.logger, { platform: 'slack', startedAt, ...note });
  } catch (error) {
    logInteraction(deps.logger, { platform: 'slack', startedAt, ...note, outcome: 'error' });
    if (options.rethrow) throw error;
    deps.logger.error({ err: describeError(error), kind: note.kind }, options.failure);
    await options.apologise?.().catch(() => undefined);
  }
}
