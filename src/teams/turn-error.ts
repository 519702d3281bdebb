import type { TurnContext } from 'botbuilder';
import type { Logger } from '../logging/logger';
import { renderNotice } from './render/short-replies';
import { scopeOf } from './conversation-address';
import { safeError } from './safe-error';
import { logInteraction } from '../logging/interaction-log';

/** Turn-state key under which the bot records when a turn began, for the interaction log. */
export const TURN_STARTED_AT = Symbol('thinkagain.turnStartedAt');

/** CloudAdapter's onTurnError: log what failed (never a token), and apologise to a waiting user. */
export function turnErrorHandler(logger: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    logger.error({ err: safeError(error), activityType: context.activity.type }, 'Teams turn failed');
    const startedAt = context.turnState.get(TURN_STARTED_AT) as number | undefined;
    logInteraction(logger, { platform: 'teams', kind: context.activity.type ?? 'activity', startedAt: startedAt ?? performance.now(), outcome: 'error' });
    if (context.activity.type !== 'message') return;
    try {
      await context.sendActivity(renderNotice({ kind: 'apology' }, scopeOf(context.activity)));
    } catch (sendError) {
      logger.warn({ err: safeError(sendError) }, 'could not send the apology either');
    }
  };
}
