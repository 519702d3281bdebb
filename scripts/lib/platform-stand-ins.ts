/**
 * Loopback stand-ins for Slack and the Bot Connector, for the benchmarks: they answer at once and
 * only count calls, and the requests the bots are benchmarked with (signed slash commands, Teams
 * activities). Listens on 127.0.0.1 only.
 */
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BenchRequest } from './bench-harness';

export interface StandIn {
  server: Server;
  /** Base URL, no trailing slash. */
  url: string;
  /** Calls so far, by kind: `response_url`, `teams_reply`, or the Web API path (`/api/auth.test`). */
  counts: Map<string, number>;
  close(): void;
}

/** Slack's Web API and response_url, and the Bot Connector's reply endpoint, on one port. */
export function startStandIn(): Promise<StandIn> {
  const counts = new Map<string, number>();
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const url = req.url ?? '';
      const key = url.startsWith('/response/') ? 'response_url' : url.startsWith('/v3/conversations/') ? 'teams_reply' : url;
      const n = (counts.get(key) ?? 0) + 1;
      counts.set(key, n);
      res.setHeader('content-type', 'application/json');
      if (url === '/api/auth.test') return void res.end(JSON.stringify({ ok: true, team_id: 'T0001', user_id: 'U0BOT', bot_id: 'B0BOT' }));
      if (key === 'teams_reply') return void res.end(`{"id":"r${n}"}`);
      res.end(url.startsWith('/api/') ? '{"ok":true}' : '');
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        server,
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        counts,
        close: () => {
          server.close();
          server.closeAllConnections();
        },
      }),
    ),
  );
}

export const SIGNING_SECRET = 'bench-signing-secret';
const QUESTIONS = ['should this be a grant or a contract?', 'how do we consult small groups?', 'how much monitoring is proportionate?', 'help', 'principle 5', 'tip', 'volunteers', 'principles'];

/** Slash command number `i`, signed now (so a long run never trips Slack's five-minute replay window). */
export function signedCommand(standInUrl: string, i: number): BenchRequest {
  const q = i % QUESTIONS.length;
  const body = new URLSearchParams({ token: 't', team_id: 'T0001', team_domain: 'acme', channel_id: 'C0BENCH', channel_name: 'bench', user_id: 'U0USER01', user_name: 'alice', command: '/thinkagain', text: QUESTIONS[q]!, api_app_id: 'A0APP01', is_enterprise_install: 'false', response_url: `${standInUrl}/response/${q}`, trigger_id: '1.2.3' }).toString();
  const ts = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
  return { path: '/slack/events', body, headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signature } };
}

const BOT = { id: '28:00000000-0000-0000-0000-000000000002', name: 'ThinkAgain' };

/** Real-shaped Teams activities: a channel @mention and a personal message per question. */
export function teamsActivities(serviceUrl: string): BenchRequest[] {
  return QUESTIONS.flatMap((text, i) => {
    const mention = `<at>${BOT.name}</at>`;
    const common = { channelId: 'msteams', serviceUrl, from: { id: `29:user${i}`, name: 'Alice' }, recipient: BOT, locale: 'en-GB', textFormat: 'plain' };
    const channel = {
      ...common,
      type: 'message',
      id: `17000000000${i}`,
      text: `${mention} ${text}`,
      conversation: { id: `19:bench${i}@thread.tacv2;messageid=1700000000000`, isGroup: true, conversationType: 'channel', tenantId: 'bench-tenant' },
      entities: [{ type: 'mention', text: mention, mentioned: BOT }],
      channelData: { tenant: { id: 'bench-tenant' }, team: { id: '19:team@thread.tacv2', name: 'Bench' }, channel: { id: `19:bench${i}@thread.tacv2`, name: 'General' } },
    };
    const personal = { ...common, type: 'message', id: `18000000000${i}`, text, conversation: { id: `a:personal${i}`, conversationType: 'personal', tenantId: 'bench-tenant' }, channelData: { tenant: { id: 'bench-tenant' } } };
    return [channel, personal].map((a) => ({ path: '/api/messages', headers: { 'content-type': 'application/json' }, body: JSON.stringify(a) }));
  });
}
