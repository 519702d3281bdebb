import type { TurnContext } from 'botbuilder';
import type { Logger } from '../logging/logger';
import { ACKNOWLEDGEMENTS } from './render/short-replies';
import { safeError } from './safe-error';

/** CloudAdapter's onTurnError: log what failed (never a token), and apologise to a waiting user. */
export function turnErrorHandler(logger: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    logger.error({ error: safeError(error), activityType: context.activity.type }, 'Teams turn failed');
    if (context.activity.type !== 'message') return;
    try {
      await context.sendActivity(ACKNOWLEDGEMENTS.apology());
    } catch (sendError) {
      logger.warn({ error: safeError(sendError) }, 'could not send the apology either');
    }
  };
}
