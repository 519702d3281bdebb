/**
 * `npm run bench:teams`: Teams turn latency on loopback. It starts a stand-in Bot Connector, spawns
 * `npm start` (Teams in local mode), then posts real-shaped Teams activities (channel @mentions and
 * personal messages) at 25, 50, 100 and 200 activities a second for 5 s each. The load is an open,
 * evenly paced loop (one activity every 1/rate s, whether or not earlier ones have finished), which is
 * how Teams delivers; autocannon's rate limit sends each second's requests in a burst, which measures
 * queueing behind the burst rather than turn latency. The inbound request only completes after
 * botbuilder has POSTed the reply to the Connector, so request latency is turn latency.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, request } from 'node:http';

const RATES = [25, 50, 100, 200];
const SECONDS_PER_RATE = 5;
const QUESTIONS = ['should this be a grant or a contract?', 'how do we consult small groups?', 'how much monitoring is proportionate?', 'help', 'principle 5', 'tip', 'volunteers', 'principles'];
const BOT = { id: '28:00000000-0000-0000-0000-000000000002', name: 'ThinkAgain' };

/** The Bot Connector, answering every reply at once with an id and counting them. */
function startFakeConnector(): Promise<{ server: Server; url: string; replies: () => number }> {
  let replies = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (req.method === 'POST' && /^\/v3\/conversations\/[^/]+\/activities/.test(req.url ?? '')) replies += 1;
      res.writeHead(200, { 'content-type': 'application/json' }).end(`{"id":"r${replies}"}`);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, replies: () => replies })));
}

function activities(serviceUrl: string): string[] {
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
    return [channel, personal].map((body) => JSON.stringify(body));
  });
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

async function waitHealthy(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the server did not become healthy in time');
}

interface StepResult {
  latencies: number[];
  errors: number;
  sent: number;
  elapsedMs: number;
}

function post(agent: Agent, port: number, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/api/messages', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.setTimeout(10_000, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

/** Sends `rate` activities a second, evenly spaced, for `seconds`; records each one's latency. */
async function pacedStep(agent: Agent, port: number, bodies: string[], rate: number, seconds: number): Promise<StepResult> {
  const total = rate * seconds;
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i += 1) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const sentAt = performance.now();
    inFlight.push(
      post(agent, port, bodies[i % bodies.length]!).then(
        (status) => {
          if (status === 200) latencies.push(performance.now() - sentAt);
          else errors += 1;
        },
        () => {
          errors += 1;
        },
      ),
    );
  }
  await Promise.all(inFlight);
  return { latencies: latencies.sort((a, b) => a - b), errors, sent: total, elapsedMs: performance.now() - started };
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} ms`.padStart(9);

async function main(): Promise<void> {
  const connector = await startFakeConnector();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(port),
    LOG_LEVEL: 'info',
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    MicrosoftAppType: '',
    SLACK_BOT_TOKEN: '',
    SLACK_SIGNING_SECRET: '',
    SLACK_APP_TOKEN: '',
    DATABASE_URL: join(mkdtempSync(join(tmpdir(), 'thinkagain-bench-teams-')), 'bench.db'),
    SCHEDULER: 'off',
  };
  const child = spawn('npm', ['start'], { env, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  try {
    await waitHealthy(`${base}/healthz`, child);
    const bodies = activities(connector.url);
    const agent = new Agent({ keepAlive: true, maxSockets: 256 });
    console.log(`ThinkAgain Teams benchmark: Bot Framework activities on loopback, local mode, Node ${process.version}`);
    console.log('turn latency = POST /api/messages in → reply POSTed to the stand-in Connector → 200 out; evenly paced open loop\n');
    await pacedStep(agent, port, bodies, 50, 4); // warm-up (JIT, caches), not reported

    console.log('rate (act/s)   p50 turn    p99 turn    max turn   achieved   errors   replies');
    for (const rate of RATES) {
      const before = connector.replies();
      const r = await pacedStep(agent, port, bodies, rate, SECONDS_PER_RATE);
      const replies = connector.replies() - before;
      const achieved = `${((r.sent * 1000) / r.elapsedMs).toFixed(0)}/s`;
      console.log(`${String(rate).padStart(12)} ${ms(pct(r.latencies, 50))}   ${ms(pct(r.latencies, 99))}   ${ms(r.latencies.at(-1) ?? NaN)}   ${achieved.padStart(8)}   ${String(r.errors).padStart(6)}   ${replies}/${r.sent}`);
    }
    agent.destroy();
  } catch (error) {
    console.error(stderr);
    throw error;
  } finally {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
    connector.server.closeAllConnections();
    connector.server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
