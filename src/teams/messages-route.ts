import type { CloudAdapter, ActivityHandler } from 'botbuilder';
import type { Logger } from '../logging/logger';
import { HttpError, readBody, sendJson, type Route } from '../server/http-server';
import { botRequest, botResponse } from './http-bridge';
import { isLoopbackServiceUrl, MAX_ACTIVITY_BYTES, parseActivityBody } from './parse-activity-body';
import { safeError } from './safe-error';

export const MESSAGES_PATH = '/api/messages';

/**
 * `POST /api/messages`: reads and checks the body itself (size, JSON, `type`), then lets CloudAdapter
 * authenticate the request and run the turn. The response is sent once the replies have been posted.
 */
export function messagesRoute(adapter: CloudAdapter, bot: ActivityHandler, logger: Logger, localMode: boolean): Route {
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
      if (localMode && !isLoopbackServiceUrl(parsed.body)) {
        return sendJson(res, 403, { error: 'in local mode (no MicrosoftAppId) the bot only replies to a serviceUrl on this machine' });
      }
      try {
        await adapter.process(botRequest(req, parsed.body), botResponse(res), (context) => bot.run(context));
      } catch (error) {
        // Only validation inside botbuilder, before the turn starts, throws here (the turn wrapper, then onTurnError, catch the rest).
        logger.warn({ err: safeError(error) }, 'Teams activity refused');
        if (!res.headersSent) sendJson(res, 400, { error: 'the activity is malformed' });
        else if (!res.writableEnded) res.end();
      }
    },
  };
}
