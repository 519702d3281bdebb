import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorPost {
  method: string;
  path: string;
  /** Decoded conversation id from the path. */
  conversationId: string;
  /** Decoded activity id the reply answers, when the path has one. */
  replyToId?: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

export interface FakeConnector {
  /** Ends with `/`, as a real serviceUrl does. */
  url: string;
  posts: ConnectorPost[];
  /** What the next sends answer; default 200 with a new id. */
  respondWith(status: number, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

/**
 * Stands in for the Bot Connector API: records `POST /v3/conversations/{id}/activities[/{replyToId}]`
 * and answers `{"id": "…"}` like the real one.
 */
export async function startFakeConnector(): Promise<FakeConnector> {
  const posts: ConnectorPost[] = [];
  let answer = { status: 200, headers: {} as Record<string, string> };
  let counter = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0] ?? '';
      const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(path);
      if (req.method !== 'POST' || !match) {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"code":"NotFound"}}');
        return;
      }
      const text = Buffer.concat(chunks).toString('utf8');
      const post: ConnectorPost = { method: req.method, path, conversationId: decodeURIComponent(match[1] ?? ''), headers: req.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
      if (match[2]) post.replyToId = decodeURIComponent(match[2]);
      posts.push(post);
      if (answer.status >= 300) {
        res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers }).end(JSON.stringify({ error: { code: 'Refused', message: `status ${answer.status}` } }));
        return;
      }
      counter += 1;
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `reply-${counter}` }));
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    posts,
    respondWith(status, headers = {}) {
      answer = { status, headers };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
