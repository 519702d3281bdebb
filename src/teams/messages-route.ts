import type { CloudAdapter, ActivityHandler } from 'botbuilder';
import type { Logger } from '../logging/logger';
import { HttpError, readBody, sendJson, type Route } from '../server/http-server';
import { botRequest, botResponse } from './http-bridge';
import { MAX_ACTIVITY_BYTES, parseActivityBody } from './parse-activity-body';
import { safeError } from './safe-error';

export const MESSAGES_PATH = '/api/messages';

/**
 * `POST /api/messages`: reads and checks the body itself (size, JSON, `type`), then lets CloudAdapter
 * authenticate the request and run the turn. The response is sent once the replies have been posted.
 */
export function messagesRoute(adapter: CloudAdapter, bot: ActivityHandler, logger: Logger): Route {
  return {
    method: 'POST',
    path: MESSAGES_PATH,
    handler: async (req, res) => {
      let raw: string;
      try {
        raw = await readBody(req, MAX_ACTIVITY_BYTES);
      } catch (error) {
        if (error instanceof HttpError) return sendJson(res, error.status, { error: error.message });
        throw error;
      }
      const parsed = parseActivityBody(raw);
      if (!parsed.ok) return sendJson(res, parsed.status, { error: parsed.error });
      try {
        await adapter.process(botRequest(req, parsed.body), botResponse(res), (context) => bot.run(context));
      } catch (error) {
        // Only validation inside botbuilder, before the turn starts, throws here (turn errors go to onTurnError).
        logger.warn({ error: safeError(error) }, 'Teams activity refused');
        if (!res.headersSent) sendJson(res, 400, { error: 'the activity is malformed' });
        else if (!res.writableEnded) res.end();
      }
    },
  };
}
