import type { TurnContext } from 'botbuilder';
import { logInteraction, type Interaction } from '../logging/interaction-log';
import type { Logger } from '../logging/logger';
import { scopeOf } from './conversation-address';
import { renderNotice } from './render/short-replies';
import { safeError } from './safe-error';

/** What a handler says about the turn it handled, for the interaction line: it sets `kind` (and `text`, `outcome`) once known. */
export type TurnNote = Pick<Interaction, 'kind' | 'outcome' | 'text'>;

const TURN_NOTE = Symbol('thinkagain.turnNote');
/** Turn-state flag: the wrapper has written this turn's interaction line, so CloudAdapter's onTurnError must not write another. */
export const TURN_LOGGED = Symbol('thinkagain.turnLogged');

/**
 * The one wrapper every Teams turn runs in, whatever the activity: it times the turn, writes exactly
 * one interaction line, logs a failure as `{ err }` (never a token), and says sorry when a person sent
 * a message and is waiting. A failure does not reach botbuilder, so the request still completes.
 */
export async function handledTurn(context: TurnContext, logger: Logger, run: () => Promise<void>): Promise<void> {
  const startedAt = performance.now();
  const note: TurnNote = { kind: context.activity.type ?? 'activity', outcome: 'ok' };
  context.turnState.set(TURN_NOTE, note);
  try {
    await run();
    context.turnState.set(TURN_LOGGED, true);
    logInteraction(logger, { platform: 'teams', startedAt, ...note });
  } catch (error) {
    context.turnState.set(TURN_LOGGED, true);
    logInteraction(logger, { platform: 'teams', startedAt, ...note, outcome: 'error' });
    logger.error({ err: safeError(error), kind: note.kind }, 'Teams turn failed');
    await apologiseForMessage(context, logger);
  }
}

/** The note of the turn being handled; handlers write on it. Outside the wrapper, a note nobody reads. */
export function turnNote(context: TurnContext): TurnNote {
  return (context.turnState.get(TURN_NOTE) as TurnNote | undefined) ?? { kind: context.activity.type ?? 'activity', outcome: 'ok' };
}

/** A person who sent a message gets a short apology; other activities (installs, updates) have no one waiting. */
export async function apologiseForMessage(context: TurnContext, logger: Logger): Promise<void> {
  if (context.activity.type !== 'message') return;
  try {
    await context.sendActivity(renderNotice({ kind: 'apology' }, scopeOf(context.activity)));
  } catch (sendError) {
    logger.warn({ err: safeError(sendError) }, 'could not send the apology either');
  }
}
