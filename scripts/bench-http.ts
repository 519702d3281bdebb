/**
 * `npm run bench:http`: how fast the real server acknowledges signed Slack slash commands on
 * loopback. It starts a stand-in for Slack's Web API and response_url, spawns `npm start` against
 * it (timing how long until /healthz answers), then sends signed slash commands with autocannon at
 * 50, 100, 200 and 400 requests a second and prints acknowledgement latency, throughput, errors and
 * the server's resident memory after 5,000 and 10,000 further requests.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { readFileSync, mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

const SECRET = 'bench-signing-secret';
const RATES = [50, 100, 200, 400];
const SECONDS_PER_RATE = 5;
const QUESTIONS = ['should this be a grant or a contract?', 'how do we consult small groups?', 'how much monitoring is proportionate?', 'help', 'principle 5', 'tip', 'volunteers'];

/** Slack's Web API and response_url, answering at once and only counting calls. */
function startFakeSlack(): Promise<{ server: Server; url: string; counts: Map<string, number> }> {
  const counts = new Map<string, number>();
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const key = (req.url ?? '').startsWith('/response/') ? 'response_url' : (req.url ?? '');
      counts.set(key, (counts.get(key) ?? 0) + 1);
      res.setHeader('content-type', 'application/json');
      if (req.url === '/api/auth.test') return void res.end(JSON.stringify({ ok: true, team_id: 'T0001', user_id: 'U0BOT', bot_id: 'B0BOT' }));
      res.end(req.url?.startsWith('/api/') ? '{"ok":true}' : '');
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, counts })));
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

/** Signed slash-command requests (a fresh timestamp each time it is called), one per question. */
function signedCommands(fakeUrl: string): autocannon.RequestSpec[] {
  const ts = Math.floor(Date.now() / 1000);
  return QUESTIONS.map((text, i) => {
    const body = new URLSearchParams({ token: 't', team_id: 'T0001', team_domain: 'acme', channel_id: 'C0BENCH', channel_name: 'bench', user_id: 'U0USER01', user_name: 'alice', command: '/thinkagain', text, api_app_id: 'A0APP01', is_enterprise_install: 'false', response_url: `${fakeUrl}/response/${i}`, trigger_id: '1.2.3' }).toString();
    const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
    return { method: 'POST', path: '/slack/events', body, headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signature } };
  });
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

/** The process actually serving: the deepest descendant of `npm start` running src/main.ts (npm → sh → tsx → node; not esbuild). */
function serverPid(rootPid: number): number {
  let found = rootPid;
  let frontier = [rootPid];
  while (frontier.length) {
    const next: number[] = [];
    for (const pid of frontier) {
      let out = '';
      try {
        out = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(pid)], { encoding: 'utf8' });
      } catch {
        out = ''; // no children
      }
      for (const line of out.split('\n').map((l) => l.trim()).filter(Boolean)) {
        const child = Number(line.split(/\s+/)[0]);
        next.push(child);
        if (line.includes('src/main.ts')) found = child;
      }
    }
    frontier = next;
  }
  return found;
}

function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Math.round(Number(line?.replace(/\D+/g, '') ?? 0) / 102.4) / 10;
}

const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} ms`.padStart(9);

async function main(): Promise<void> {
  const fake = await startFakeSlack();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(port),
    LOG_LEVEL: 'info',
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: `${fake.url}/api/`,
    SLACK_APP_TOKEN: '',
    DATABASE_URL: join(mkdtempSync(join(tmpdir(), 'thinkagain-bench-')), 'bench.db'),
    SCHEDULER: 'off',
  };

  const spawnedAt = performance.now();
  const child = spawn('npm', ['start'], { env, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  try {
    await waitHealthy(`${base}/healthz`, child);
    const startupMs = performance.now() - spawnedAt;
    const pid = serverPid(child.pid!);
    console.log(`ThinkAgain HTTP benchmark (signed /thinkagain slash commands on loopback, Node ${process.version})`);
    console.log(`npm start → healthy /healthz: ${Math.round(startupMs)} ms; server RSS at idle: ${rssMb(pid)} MB\n`);

    // Warm up (JIT, connection pools), not reported.
    await autocannon({ url: base, connections: 10, amount: 500, requests: signedCommands(fake.url) });

    console.log('rate (req/s)   p50 ack     p99 ack     max ack   throughput   errors   answered');
    for (const rate of RATES) {
      const answeredBefore = fake.counts.get('response_url') ?? 0;
      const r = await autocannon({ url: base, connections: 20, duration: SECONDS_PER_RATE, overallRate: rate, requests: signedCommands(fake.url), timeout: 10 });
      await new Promise((res) => setTimeout(res, 300));
      const answered = (fake.counts.get('response_url') ?? 0) - answeredBefore;
      const errors = r.errors + r.timeouts + r.non2xx;
      console.log(`${String(rate).padStart(12)} ${ms(r.latency.p50)}   ${ms(r.latency.p99)}   ${ms(r.latency.max)}   ${`${r.requests.average.toFixed(0)}/s`.padStart(10)}   ${String(errors).padStart(6)}   ${answered}/${r.requests.total}`);
    }

    console.log(`\nRSS after the rate steps: ${rssMb(pid)} MB`);
    for (const step of [1, 2]) {
      const r = await autocannon({ url: base, connections: 10, amount: 5_000, requests: signedCommands(fake.url), timeout: 10 });
      console.log(`RSS after ${step * 5_000} more requests: ${rssMb(pid)} MB  (unthrottled: ${r.requests.average.toFixed(0)} req/s, p99 ${r.latency.p99.toFixed(1)} ms, errors ${r.errors + r.timeouts + r.non2xx})`);
    }
    console.log(`auth.test calls: ${fake.counts.get('/api/auth.test') ?? 0}`);
  } catch (error) {
    console.error(stderr);
    throw error;
  } finally {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
    fake.server.close();
    fake.server.closeAllConnections();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
