import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  path: string;
  headers: IncomingMessage['headers'];
  /** Form fields (Web API) or the JSON body (response_url), as sent. */
  body: Record<string, unknown>;
}

/**
 * A stand-in for Slack's Web API (`/api/<method>`) and for response_url endpoints (`/response/...`).
 * Answers 200 `{"ok":true,...}` as Slack does and records every call, so tests can poll for them.
 */
export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  private server: Server | undefined;
  /** Web API methods that should answer `ok:false` with this error, e.g. `{ 'auth.test': 'invalid_auth' }`. */
  failures: Record<string, string> = {};
  /** Web API methods that should answer HTTP 429 with this Retry-After (seconds), as Slack's rate limiter does. */
  rateLimited: Record<string, number> = {};
  /** Decides one Web API call's answer before the defaults: e.g. a 429 for one channel only. */
  intercept: ((method: string, body: Record<string, unknown>) => { status: number; headers?: Record<string, string>; body: unknown } | undefined) | undefined;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const path = req.url ?? '/';
        const body = parseBody(raw, req.headers['content-type']);
        this.calls.push({ path, headers: req.headers, body });
        const custom = path.startsWith('/api/') ? this.intercept?.(path.slice(5), body) : undefined;
        if (custom) {
          res.writeHead(custom.status, { 'content-type': 'application/json', ...custom.headers });
          res.end(JSON.stringify(custom.body));
          return;
        }
        const limited = path.startsWith('/api/') ? this.rateLimited[path.slice(5)] : undefined;
        if (limited !== undefined) {
          res.writeHead(429, { 'retry-after': String(limited), 'content-type': 'application/json' });
          res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
          return;
        }
        res.setHeader('content-type', 'application/json');
        res.end(this.answer(path, body));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** What Slack would answer: `ok:true` JSON for Web API methods, an empty 200 for response_url posts. */
  private answer(path: string, body: Record<string, unknown>): string {
    const method = path.startsWith('/api/') ? path.slice(5) : undefined;
    if (!method) return '';
    if (this.failures[method]) return JSON.stringify({ ok: false, error: this.failures[method] });
    if (method === 'auth.test') return JSON.stringify({ ok: true, url: 'https://acme.slack.com/', team: 'Acme', user: 'thinkagain', team_id: 'T0001', user_id: 'U0BOT', bot_id: 'B0BOT', is_enterprise_install: false });
    if (method === 'chat.postMessage') return JSON.stringify({ ok: true, channel: body.channel, ts: `${Date.now() / 1000}`, message: { text: body.text } });
    return JSON.stringify({ ok: true });
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  callsTo(path: string): RecordedCall[] {
    return this.calls.filter((c) => c.path === path || c.path.startsWith(`${path}?`));
  }

  /** Polls until `count` calls to `path` have arrived (or fails after `timeoutMs`). */
  async waitFor(path: string, count = 1, timeoutMs = 5_000): Promise<RecordedCall[]> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const found = this.callsTo(path);
      if (found.length >= count) return found;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`Expected ${count} call(s) to ${path}; got ${this.callsTo(path).length}. Calls: ${this.calls.map((c) => c.path).join(', ')}`);
  }

  /** Waits a little to make sure no further call to `path` arrives (for "exactly once"). */
  async settle(ms = 300): Promise<void> {
    await new Promise((r) => setTimeout(r, ms));
  }
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType?.startsWith('application/x-www-form-urlencoded')) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of new URLSearchParams(raw)) out[k] = k === 'blocks' || k === 'view' ? JSON.parse(v) : v;
    return out;
  }
  return JSON.parse(raw) as Record<string, unknown>;
}
