import type { TurnContext } from 'botbuilder';
import type { Logger } from '../logging/logger';
import { logInteraction } from '../logging/interaction-log';
import { apologiseForMessage, TURN_LOGGED } from './handled-turn';
import { safeError } from './safe-error';

/**
 * CloudAdapter's onTurnError, the last resort for a failure outside the turn wrapper (handled-turn.ts
 * catches everything inside it). The error is always logged; the interaction line and the apology only
 * when the wrapper has not already written this turn's line.
 */
export function turnErrorHandler(logger: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    logger.error({ err: safeError(error), activityType: context.activity.type }, 'Teams turn failed');
    if (context.turnState.get(TURN_LOGGED)) return;
    logInteraction(logger, { platform: 'teams', kind: context.activity.type ?? 'activity', startedAt: performance.now(), outcome: 'error' });
    await apologiseForMessage(context, logger);
  };
}
