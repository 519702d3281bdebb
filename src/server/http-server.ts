import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../logging/logger';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export interface Route {
  method: 'GET' | 'POST';
  /** Exact path, or a prefix when it ends with `*` (e.g. `/slack/*`). */
  path: string;
  handler: RouteHandler;
}

export interface RunningServer {
  port: number;
  /** Stops accepting, waits for requests in flight (at most `graceMs`), then closes every connection. */
  close(graceMs?: number): Promise<void>;
}

/** One server, one port, a small route table; nothing framework-specific. */
export function startHttpServer(routes: Route[], port: number, logger: Logger, host?: string): Promise<RunningServer> {
  let inFlight = 0;
  let idle: (() => void) | undefined;
  const server: Server = createServer((req, res) => {
    inFlight += 1;
    res.on('close', () => {
      inFlight -= 1;
      if (inFlight === 0) idle?.();
    });
    void dispatch(routes, req, res, logger);
  });
  server.keepAliveTimeout = 5_000;
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const actual = (server.address() as AddressInfo).port;
      resolve({
        port: actual,
        close: (graceMs = 10_000) =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeIdleConnections();
            const drained = new Promise<void>((r) => (inFlight === 0 ? r() : (idle = r)));
            const timeout = new Promise<void>((r) => setTimeout(r, graceMs).unref());
            void Promise.race([drained, timeout]).then(() => server.closeAllConnections());
          }),
      });
    });
  });
}

async function dispatch(routes: Route[], req: IncomingMessage, res: ServerResponse, logger: Logger): Promise<void> {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  const matching = routes.filter((r) => (r.path.endsWith('*') ? path.startsWith(r.path.slice(0, -1)) : path === r.path));
  const route = matching.find((r) => r.method === req.method);
  try {
    if (!route) {
      sendJson(res, matching.length ? 405 : 404, { error: matching.length ? 'method not allowed' : 'not found' });
      return;
    }
    await route.handler(req, res);
  } catch (error) {
    logger.error({ err: error, path }, 'request failed');
    if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
    else res.end();
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/**
 * Reads a request body up to `limit` bytes; rejects with a status-carrying error beyond it. The rest of
 * an oversized body is read and dropped (the server's requestTimeout bounds it) rather than the socket
 * destroyed, so the client receives the 413 instead of a connection reset.
 */
export function readBody(req: IncomingMessage, limit = 1_000_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        reject(new HttpError(413, 'request body too large'));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}
