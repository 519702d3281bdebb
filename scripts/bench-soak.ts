/**
 * `npm run bench:soak [-- --minutes 10] [--postgres <url>]`: a bounded soak and fault run on loopback.
 *
 * It creates a PostgreSQL database of its own (through the server named by --postgres or
 * TEST_DATABASE_URL; that URL's own database is never touched), starts the real server on it beside a
 * stand-in Slack Web API and a stand-in Bot Connector, and sends mixed Slack and Teams traffic at 50
 * requests a second, evenly paced, for the given minutes. Part-way through, the database goes away
 * twice for 20 s: once with its connections terminated over and over, once refusing new connections
 * (ALTER DATABASE … ALLOW_CONNECTIONS false). In the middle, `tips run-due` sends 1,000 due tips.
 *
 * It prints p99 and RSS per minute, errors, what the bot did while the database was gone, and checks
 * that nothing was lost or duplicated (subscriptions, feedback rows, tip deliveries, answers), then
 * stops the server, drops its database and exits (non-zero when a check failed).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { nextDueAfter } from '../src/core/schedule/next-due';
import { openStore } from '../src/store/open-store';
import { freePort, keepAliveAgent, percentile, rssMb, runBenchmark, send, waitHealthy, type BenchRequest } from './lib/bench-harness';

const RATE = 50;
const TIP_SUBSCRIPTIONS = 1_000;
const TIP_WORKSPACES = 20;
const SIGNING_SECRET = 'soak-signing-secret';
const BOT_TOKEN = 'xoxb-soak-token';
const BOT = { id: '28:00000000-0000-0000-0000-000000000002', name: 'ThinkAgain' };
const QUESTIONS = ['should this be a grant or a contract?', 'how do we consult small groups?', 'how much monitoring is proportionate?', 'help', 'principle 5', 'tip', 'volunteers', 'commissioning'];
const MONDAY_09 = { day: 'monday', time: '09:00', timeZone: 'Europe/London' } as const;

type Phase = 'normal' | 'terminated' | 'refusing';

function args(): { minutes: number; postgres: string } {
  const argv = process.argv.slice(2);
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`${flag}=`))?.slice(flag.length + 1);
  };
  const minutes = Number(value('--minutes') ?? 10);
  if (!Number.isFinite(minutes) || minutes < 1 || minutes > 60) throw new Error('--minutes must be a number from 1 to 60');
  const postgres = value('--postgres') ?? process.env.TEST_DATABASE_URL;
  if (!postgres) throw new Error('bench:soak needs PostgreSQL: pass --postgres postgres://postgres@127.0.0.1:5432/test or set TEST_DATABASE_URL (a database of its own is created there and dropped at the end)');
  const host = new URL(postgres).hostname;
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host)) throw new Error('bench:soak runs on loopback only: the PostgreSQL URL must point at 127.0.0.1 or localhost');
  return { minutes, postgres };
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

// ---- stand-ins for Slack and the Bot Connector --------------------------------------------------

interface Recorded {
  /** chat.postMessage per channel. */
  posts: Map<string, number>;
  /** chat.postMessage per thread_ts (mention answers). */
  threads: Map<string, number>;
  /** response_url posts per path, with their text. */
  responses: Map<string, string[]>;
  /** Teams replies per replied-to activity id. */
  teamsReplies: Map<string, number>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

async function listen(server: Server): Promise<string> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function startStandIns(rec: Recorded): { slack: Server; connector: Server } {
  const slack = createServer(async (req, res) => {
    const raw = await readBody(req);
    const path = req.url ?? '/';
    res.setHeader('content-type', 'application/json');
    if (path.startsWith('/response/')) {
      const body = JSON.parse(raw || '{}') as { text?: string };
      rec.responses.set(path, [...(rec.responses.get(path) ?? []), String(body.text ?? '')]);
      return void res.end('');
    }
    const form = new URLSearchParams(raw);
    const method = path.slice('/api/'.length).split('?')[0];
    if (method === 'auth.test') return void res.end(JSON.stringify({ ok: true, team: 'Soak', user: 'thinkagain', team_id: 'T0001', user_id: 'U0BOT', bot_id: 'B0BOT' }));
    if (method === 'chat.postMessage') {
      const json = (req.headers['content-type'] ?? '').includes('json') ? (JSON.parse(raw) as Record<string, unknown>) : Object.fromEntries(form);
      bump(rec.posts, String(json.channel));
      if (json.thread_ts) bump(rec.threads, String(json.thread_ts));
      return void res.end(JSON.stringify({ ok: true, channel: json.channel, ts: `${Date.now() / 1000}` }));
    }
    res.end(JSON.stringify({ ok: true }));
  });
  const connector = createServer(async (req, res) => {
    await readBody(req);
    const m = /^\/v3\/conversations\/[^/]+\/activities\/([^/?]+)/.exec(req.url ?? '');
    if (req.method === 'POST' && m) bump(rec.teamsReplies, decodeURIComponent(m[1]!));
    res.writeHead(200, { 'content-type': 'application/json' }).end(`{"id":"r${Date.now()}"}`);
  });
  return { slack, connector };
}

// ---- the traffic ----------------------------------------------------------------------------------

function signed(body: string, contentType: string, extra: Record<string, string> = {}): BenchRequest {
  const ts = Math.floor(Date.now() / 1000);
  const sig = `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
  return { path: '/slack/events', headers: { 'content-type': contentType, 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sig, ...extra }, body };
}

function slash(text: string, responseUrl: string, channel: string): BenchRequest {
  const body = new URLSearchParams({ token: 'vtok', team_id: 'T0001', team_domain: 'soak', channel_id: channel, channel_name: `soak-${channel.toLowerCase()}`, user_id: 'U0USER01', user_name: 'alice', command: '/thinkagain', text, api_app_id: 'A0APP01', is_enterprise_install: 'false', response_url: responseUrl, trigger_id: '1.2.3' }).toString();
  return signed(body, 'application/x-www-form-urlencoded');
}

function mentionBody(i: number): string {
  const ts = `1712345678.${String(i).padStart(6, '0')}`;
  return JSON.stringify({ token: 'vtok', team_id: 'T0001', api_app_id: 'A0APP01', type: 'event_callback', event_id: `EvSoak${i}`, event_time: Math.floor(Date.now() / 1000), authorizations: [{ team_id: 'T0001', user_id: 'U0BOT', is_bot: true }], event: { type: 'app_mention', user: 'U0USER01', text: `<@U0BOT> ${QUESTIONS[i % QUESTIONS.length]}`, ts, channel: 'C0MENTION', event_ts: ts } });
}

function feedbackClick(passageId: string, responseUrl: string): BenchRequest {
  const payload = { type: 'block_actions', user: { id: 'U0USER01', username: 'alice', team_id: 'T0001' }, api_app_id: 'A0APP01', token: 'vtok', container: { type: 'message', message_ts: '1712345699.000100', channel_id: 'C0CHAN01', is_ephemeral: true }, trigger_id: '1.2.3', team: { id: 'T0001', domain: 'soak' }, channel: { id: 'C0CHAN01', name: 'general' }, response_url: responseUrl, actions: [{ action_id: 'feedback_up', block_id: 'b1', value: passageId, type: 'button', action_ts: '1712345700.000100' }] };
  return signed(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded');
}

function teamsActivity(i: number, serviceUrl: string, channel: boolean): BenchRequest {
  const text = QUESTIONS[i % QUESTIONS.length]!;
  const mention = `<at>${BOT.name}</at>`;
  const common = { channelId: 'msteams', serviceUrl, from: { id: `29:user${i % 7}`, name: 'Alice' }, recipient: BOT, locale: 'en-GB', textFormat: 'plain', type: 'message', id: `A${i}` };
  const activity = channel
    ? { ...common, text: `${mention} ${text}`, conversation: { id: `19:soak@thread.tacv2;messageid=${i}`, isGroup: true, conversationType: 'channel', tenantId: 'soak-tenant' }, entities: [{ type: 'mention', text: mention, mentioned: BOT }], channelData: { tenant: { id: 'soak-tenant' }, team: { id: '19:team@thread.tacv2' }, channel: { id: '19:soak@thread.tacv2' } } }
    : { ...common, text, conversation: { id: `a:personal${i % 11}`, conversationType: 'personal', tenantId: 'soak-tenant' }, channelData: { tenant: { id: 'soak-tenant' } } };
  return { path: '/api/messages', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) };
}

interface Sent {
  kind: 'question' | 'mention' | 'redelivery' | 'feedback' | 'subscribe' | 'teams';
  phase: Phase;
  key: string;
  status?: number;
}

// ---- the run --------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const { minutes, postgres } = args();
  const seconds = minutes * 60;
  const outageSeconds = Math.min(20, Math.floor(seconds / 8));
  const terminateAt = Math.round(seconds * 0.25);
  const tipsAt = Math.round(seconds * 0.45);
  const refuseAt = Math.round(seconds * 0.7);
  const dbName = `thinkagain_soak_${Date.now().toString(36)}`;
  const dbUrl = withDatabase(postgres, dbName);
  const rec: Recorded = { posts: new Map(), threads: new Map(), responses: new Map(), teamsReplies: new Map() };
  const { slack, connector } = startStandIns(rec);
  const slackUrl = await listen(slack);
  const connectorUrl = `${await listen(connector)}/`;
  let server: ChildProcess | undefined;
  let failed = false;

  await admin(postgres, `CREATE DATABASE ${dbName}`);
  try {
    console.log(`bench:soak: ${minutes} min at ${RATE} req/s on PostgreSQL database ${dbName} (created for this run); outages of ${outageSeconds} s at ${terminateAt} s (connections terminated) and ${refuseAt} s (refusing connections); tips run-due for ${TIP_SUBSCRIPTIONS} at ${tipsAt} s`);
    // 1,000 channels in 20 workspaces, due next Monday 09:00 London: the tips run sends them "at" that instant.
    const tipDue = nextDueAfter(MONDAY_09, new Date());
    const store = await openStore({ kind: 'postgres', url: dbUrl });
    for (let i = 0; i < TIP_SUBSCRIPTIONS; i += 50) {
      await Promise.all(Array.from({ length: 50 }, (_, j) => store.subscriptions.subscribe({ platform: 'slack', conversationId: `CTIP${i + j}`, workspaceId: `T${(i + j) % TIP_WORKSPACES}` }, MONDAY_09)));
    }
    const passageId = 'commissioning-grants-or-contracts';
    await store.close();

    const port = await freePort();
    const compiled = existsSync('dist/main.js');
    const env = { PATH: process.env.PATH ?? '', NODE_ENV: 'development', PORT: String(port), DATABASE_URL: dbUrl, LOG_LEVEL: 'warn', SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: `${slackUrl}/api/` };
    server = spawn(process.execPath, compiled ? ['dist/main.js'] : ['--import', 'tsx', 'src/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const serverLog = { warn: 0, error: 0, feedbackLogged: 0, dedupeInMemory: 0, lines: [] as string[] };
    let partial = '';
    server.stdout!.on('data', (d: Buffer) => {
      const text = partial + d.toString();
      const lines = text.split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        if (line.includes('"level":40')) serverLog.warn += 1;
        if (line.includes('"level":50') || line.includes('"level":60')) {
          serverLog.error += 1;
          if (serverLog.lines.length < 5) serverLog.lines.push(line.slice(0, 300));
        }
        if (line.includes('feedback logged, not stored')) serverLog.feedbackLogged += 1;
        if (line.includes('de-duplicating this event in memory only')) serverLog.dedupeInMemory += 1;
      }
    });
    let serverStderr = '';
    server.stderr!.on('data', (d: Buffer) => (serverStderr = (serverStderr + d.toString()).slice(-4_000)));
    server.on('exit', (code, signal) => {
      if (server) console.error(`the server exited during the run (code ${code}, signal ${signal}):\n${serverStderr}\n${serverLog.lines.join('\n')}`);
    });
    const base = `http://127.0.0.1:${port}`;
    const startedAt = Date.now();
    await waitHealthy(`${base}/healthz`, server);
    console.log(`server (${compiled ? 'node dist/main.js' : 'tsx src/main.ts'}, pid ${server.pid}) healthy in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);

    // Faults, health and memory on their own timers; the load below never waits for them.
    let phase: Phase = 'normal';
    const t0 = performance.now();
    const elapsed = () => (performance.now() - t0) / 1000;
    const health: Array<{ at: number; phase: Phase; status: number }> = [];
    const timers: NodeJS.Timeout[] = [];
    timers.push(
      setInterval(() => {
        const at = elapsed();
        fetch(`${base}/healthz`, { signal: AbortSignal.timeout(3_000) })
          .then((r) => health.push({ at, phase, status: r.status }))
          .catch(() => health.push({ at, phase, status: 0 }));
      }, 1_000),
    );
    const terminateBackends = `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${dbName}' AND pid <> pg_backend_pid()`;
    const outage = async (kind: Phase) => {
      phase = kind;
      const ends = Date.now() + outageSeconds * 1000;
      if (kind === 'refusing') await admin(postgres, `ALTER DATABASE ${dbName} ALLOW_CONNECTIONS false`);
      // Terminated: every connection the pool makes is killed again at once, for the whole outage.
      while (Date.now() < ends) {
        await admin(postgres, terminateBackends).catch(() => undefined);
        await new Promise((r) => setTimeout(r, kind === 'terminated' ? 100 : 1_000));
      }
      if (kind === 'refusing') await admin(postgres, `ALTER DATABASE ${dbName} ALLOW_CONNECTIONS true`);
      phase = 'normal';
    };
    const faults: Promise<void>[] = [];
    timers.push(setTimeout(() => faults.push(outage('terminated')), terminateAt * 1000));
    timers.push(setTimeout(() => faults.push(outage('refusing')), refuseAt * 1000));
    const tipRuns: Array<{ code: number | null; out: string; err: string; seconds: number }> = [];
    const runTips = (): Promise<void> =>
      new Promise((resolve) => {
        const began = Date.now();
        const cli = existsSync('dist/cli/main.js') ? ['dist/cli/main.js'] : ['--import', 'tsx', 'src/cli/main.ts'];
        const child = spawn(process.execPath, [...cli, 'tips', 'run-due', '--at', tipDue.toISOString()], { env: { ...env, LOG_LEVEL: 'error' }, stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        let err = '';
        child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
        child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
        child.on('close', (code) => {
          tipRuns.push({ code, out, err, seconds: (Date.now() - began) / 1000 });
          resolve();
        });
      });
    let tipsDone: Promise<void> = Promise.resolve();
    timers.push(
      setTimeout(() => {
        tipsDone = (async () => {
          // Until everything due is handled (exit 0), at most 5 runs.
          for (let attempt = 0; attempt < 5; attempt++) {
            await runTips();
            if (tipRuns.at(-1)!.code === 0) return;
            await new Promise((r) => setTimeout(r, 5_000));
          }
        })();
      }, tipsAt * 1000),
    );

    const perMinute: Array<{ latencies: number[]; errors: Map<string, number>; rss?: number }> = Array.from({ length: minutes }, () => ({ latencies: [], errors: new Map() }));
    const sent: Sent[] = [];
    const agent = keepAliveAgent();
    const inFlight: Promise<void>[] = [];
    const total = RATE * seconds;
    for (let i = 0; i < total; i++) {
      const due = t0 + (i * 1000) / RATE;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const minute = Math.min(minutes - 1, Math.floor((due - t0) / 60_000));
      if (i > 0 && i % (RATE * 60) === 0 && server.exitCode === null) perMinute[minute - 1]!.rss = rssMb(server.pid!);
      const slot = i % 20;
      let request: BenchRequest;
      let entry: Sent;
      if (slot <= 6) {
        const path = `/response/q${i}`;
        request = slash(QUESTIONS[i % QUESTIONS.length]!, `${slackUrl}${path}`, 'C0CHAN01');
        entry = { kind: 'question', phase, key: path };
      } else if (slot <= 9) {
        request = signed(mentionBody(i), 'application/json');
        entry = { kind: 'mention', phase, key: `1712345678.${String(i).padStart(6, '0')}` };
      } else if (slot === 10) {
        request = signed(mentionBody(i - 3), 'application/json', { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
        entry = { kind: 'redelivery', phase, key: `1712345678.${String(i - 3).padStart(6, '0')}` };
      } else if (slot <= 12) {
        const path = `/response/f${i}`;
        request = feedbackClick(passageId, `${slackUrl}${path}`);
        entry = { kind: 'feedback', phase, key: path };
      } else if (slot === 13) {
        const path = `/response/s${i}`;
        request = slash('subscribe friday 14:00', `${slackUrl}${path}`, `CSUB${i}`);
        entry = { kind: 'subscribe', phase, key: path };
      } else {
        request = teamsActivity(i, connectorUrl, slot <= 16);
        entry = { kind: 'teams', phase, key: `A${i}` };
      }
      sent.push(entry);
      inFlight.push(
        send(agent, port, request)
          .then((status) => {
            entry.status = status;
            if (status >= 200 && status < 300) perMinute[minute]!.latencies.push(performance.now() - due);
            else bump(perMinute[minute]!.errors, `HTTP ${status}`);
          })
          .catch((error: unknown) => void bump(perMinute[minute]!.errors, (error as NodeJS.ErrnoException).code ?? String(error))),
      );
      if (inFlight.length > 2_000) await Promise.all(inFlight.splice(0, 1_000));
    }
    await Promise.all(inFlight);
    if (server.exitCode === null) perMinute[minutes - 1]!.rss = rssMb(server.pid!);
    await Promise.all(faults);
    await tipsDone;
    for (const t of timers) clearTimeout(t);
    // Answers still on their way after their ack.
    await new Promise((r) => setTimeout(r, 5_000));
    agent.destroy();

    // ---- report ----
    console.log('\nminute  requests  p50        p99        max        errors  RSS');
    for (const [m, bucket] of perMinute.entries()) {
      const sorted = bucket.latencies.sort((a, b) => a - b);
      const errs = [...bucket.errors].map(([k, n]) => `${k}×${n}`).join(' ') || '0';
      console.log(`${String(m + 1).padStart(6)}  ${String(sorted.length + [...bucket.errors.values()].reduce((a, b) => a + b, 0)).padStart(8)}  ${fmt(percentile(sorted, 50))}  ${fmt(percentile(sorted, 99))}  ${fmt(sorted.at(-1) ?? NaN)}  ${errs.padStart(6)}  ${bucket.rss ?? '?'} MB`);
    }

    const answered = (s: Sent): boolean => {
      if (s.kind === 'mention' || s.kind === 'redelivery') return (rec.threads.get(s.key) ?? 0) >= 1;
      if (s.kind === 'teams') return (rec.teamsReplies.get(s.key) ?? 0) >= 1;
      return (rec.responses.get(s.key) ?? []).length >= 1;
    };
    console.log('\nwhile the database was gone (and outside)');
    for (const p of ['normal', 'terminated', 'refusing'] as Phase[]) {
      const inPhase = sent.filter((s) => s.phase === p);
      const kinds = ['question', 'mention', 'feedback', 'subscribe', 'teams'] as const;
      const parts = kinds.map((k) => {
        const of = inPhase.filter((s) => s.kind === k);
        return `${k} ${of.filter(answered).length}/${of.length}`;
      });
      const subs = inPhase.filter((s) => s.kind === 'subscribe').map((s) => rec.responses.get(s.key)?.[0] ?? '');
      const healthOf = health.filter((h) => h.phase === p);
      console.log(`  ${p.padEnd(10)} answered: ${parts.join(', ')}; subscribe replies: ${subs.filter((t) => t.startsWith('Subscribed')).length} subscribed, ${subs.filter((t) => t.includes('database is not answering')).length} "database is not answering", ${subs.filter((t) => t.includes('reported a problem')).length} "reported a problem"; /healthz: ${healthOf.filter((h) => h.status === 200).length}×200, ${healthOf.filter((h) => h.status === 503).length}×503, ${healthOf.filter((h) => h.status !== 200 && h.status !== 503).length}×other`);
    }
    console.log(`  server log: ${serverLog.warn} warnings (${serverLog.dedupeInMemory} events de-duplicated in memory, ${serverLog.feedbackLogged} feedback logged, not stored), ${serverLog.error} errors`);
    for (const line of serverLog.lines) console.log(`    ${line}`);
    for (const run of tipRuns) console.log(`  tips run-due: exit ${run.code} in ${run.seconds.toFixed(1)} s: ${run.out.trim().split('\n').slice(1).join(' ').trim() || run.err.trim().slice(0, 300)}`);

    // ---- nothing lost, nothing duplicated ----
    const stopping = server;
    server = undefined;
    if (stopping.exitCode === null) {
      stopping.kill('SIGTERM');
      await new Promise((r) => stopping.once('exit', r));
    }
    const db = new Client({ connectionString: dbUrl });
    await db.connect();
    const checks: Array<[string, boolean, string]> = [];
    const acked = (s: Sent) => s.status !== undefined && s.status >= 200 && s.status < 300;
    try {
      const subscribed = sent.filter((s) => s.kind === 'subscribe' && (rec.responses.get(s.key)?.[0] ?? '').startsWith('Subscribed')).map((s) => `CSUB${s.key.slice('/response/s'.length)}`);
      const refused = sent.filter((s) => s.kind === 'subscribe' && !(rec.responses.get(s.key)?.[0] ?? '').startsWith('Subscribed')).length;
      const rows = (await db.query<{ conversation_id: string; n: string }>("SELECT conversation_id, count(*) AS n FROM subscriptions WHERE conversation_id LIKE 'CSUB%' GROUP BY conversation_id")).rows;
      const stored = new Map(rows.map((r) => [r.conversation_id, Number(r.n)]));
      const lost = subscribed.filter((c) => !stored.has(c));
      checks.push(['subscriptions confirmed are stored, once each', lost.length === 0 && [...stored.values()].every((n) => n === 1), `${subscribed.length} confirmed, ${lost.length} missing, ${rows.length} rows; ${refused} told to try again`]);

      const thanked = sent.filter((s) => s.kind === 'feedback' && answered(s)).length;
      const feedbackRows = Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM feedback')).rows[0]!.n);
      checks.push(['every thanked 👍 is a feedback row or a logged line, never both or neither', feedbackRows + serverLog.feedbackLogged === thanked, `${thanked} thanked = ${feedbackRows} rows + ${serverLog.feedbackLogged} logged while the database was gone`]);

      const tipPosts = [...rec.posts].filter(([c]) => c.startsWith('CTIP'));
      const deliveries = (await db.query<{ status: string; n: string }>('SELECT status, count(*) AS n FROM tip_deliveries GROUP BY status')).rows.map((r) => `${r.status} ${r.n}`).join(', ');
      const tipsSent = Number((await db.query<{ n: string }>("SELECT count(*) AS n FROM subscriptions WHERE conversation_id LIKE 'CTIP%' AND tip_rotation_index = 1")).rows[0]!.n);
      checks.push(['each of the 1,000 due tips posted exactly once and recorded', tipPosts.length === TIP_SUBSCRIPTIONS && tipPosts.every(([, n]) => n === 1) && tipsSent === TIP_SUBSCRIPTIONS, `${tipPosts.length} channels posted, ${tipPosts.filter(([, n]) => n > 1).length} twice; delivery log: ${deliveries}; ${tipsSent} subscriptions count one tip`]);

      // Slack redelivers an event it got no 2xx for; an event counts as delivered when either copy was acknowledged.
      const mentions = sent.filter((s) => s.kind === 'mention');
      const delivered = new Set(sent.filter((s) => (s.kind === 'mention' || s.kind === 'redelivery') && acked(s)).map((s) => s.key));
      const twice = mentions.filter((s) => (rec.threads.get(s.key) ?? 0) > 1).length;
      const unanswered = mentions.filter((s) => delivered.has(s.key) && !answered(s)).length;
      checks.push(['every delivered mention answered once, redeliveries included', twice === 0 && unanswered === 0, `${mentions.length} mentions (${sent.filter((s) => s.kind === 'redelivery').length} redelivered), ${mentions.length - delivered.size} never acknowledged: ${unanswered} delivered but unanswered, ${twice} answered twice`]);

      const teams = sent.filter((s) => s.kind === 'teams');
      const teamsTwice = teams.filter((s) => (rec.teamsReplies.get(s.key) ?? 0) > 1).length;
      checks.push(['every Teams message answered once', teamsTwice === 0 && teams.filter(acked).every(answered), `${teams.length} activities, ${teams.filter((s) => !acked(s)).length} timed out or failed (counted in errors), ${teams.filter((s) => acked(s) && !answered(s)).length} acknowledged but unanswered, ${teamsTwice} answered twice`]);

      const questions = sent.filter((s) => s.kind === 'question');
      checks.push(['every acknowledged slash-command question answered', questions.filter(acked).every(answered), `${questions.length} questions, ${questions.filter((s) => !acked(s)).length} not acknowledged (counted in errors), ${questions.filter((s) => acked(s) && !answered(s)).length} acknowledged but unanswered`]);
    } finally {
      await db.end();
    }
    const errors = perMinute.reduce((n, b) => n + [...b.errors.values()].reduce((a, c) => a + c, 0), 0);
    console.log(`\nrequests ${sent.length}, errors ${errors}`);
    for (const [name, ok, detail] of checks) {
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${detail}`);
      if (!ok) failed = true;
    }
    const rssSeries = perMinute.map((b) => b.rss).filter((v): v is number => v !== undefined);
    if (rssSeries.length > 1) console.log(`RSS from minute 1 to ${rssSeries.length}: ${rssSeries[0]} → ${rssSeries.at(-1)} MB (max ${Math.max(...rssSeries)} MB)`);
  } finally {
    if (server) {
      server.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 2_000));
      if (server.exitCode === null) server.kill('SIGKILL');
    }
    await admin(postgres, `ALTER DATABASE ${dbName} ALLOW_CONNECTIONS true`).catch(() => undefined);
    await admin(postgres, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    slack.closeAllConnections();
    connector.closeAllConnections();
    slack.close();
    connector.close();
    console.log(`database ${dbName} dropped`);
  }
  if (failed) process.exitCode = 1;
}

const fmt = (n: number): string => `${Number.isFinite(n) ? n.toFixed(1) : '–'} ms`.padStart(9);

runBenchmark(main);
