import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request as BotRequest, Response as BotResponse } from 'botbuilder';

/** The request botbuilder's CloudAdapter.process reads: method, headers and an already-parsed body. */
export function botRequest(req: IncomingMessage, body: Record<string, unknown>): BotRequest {
  return { method: req.method ?? 'POST', headers: req.headers, body };
}

/** The Express-like response CloudAdapter.process writes to, over a plain node ServerResponse. */
export function botResponse(res: ServerResponse): BotResponse {
  return {
    socket: res.socket,
    status(code: number) {
      res.statusCode = code;
    },
    header(name: string, value: unknown) {
      res.setHeader(name, String(value));
    },
    send(body: unknown) {
      if (res.writableEnded || body === undefined || body === null) return;
      const isText = typeof body === 'string';
      const payload = isText ? body : JSON.stringify(body);
      if (!res.hasHeader('content-type')) res.setHeader('content-type', isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8');
      res.write(payload);
    },
    end() {
      if (!res.writableEnded) res.end();
    },
  };
}
