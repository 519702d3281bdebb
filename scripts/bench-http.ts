/**
 * `npm run bench:http`: how fast the real server acknowledges signed Slack slash commands on
 * loopback. It starts a stand-in for Slack's Web API and response_url, spawns `npm start` against
 * it (timing how long until /healthz answers), then sends signed slash commands at 50, 100, 200 and
 * 400 requests a second and prints acknowledgement latency, throughput, errors, how many commands
 * were answered via response_url, and the server's resident memory after 5,000 and 10,000 further
 * unthrottled requests.
 *
 * The rate steps are an evenly paced open loop (one command every 1/rate s, whether or not earlier
 * ones have been acknowledged), which is how Slack delivers; each latency counts from when the
 * command was due, so queueing still shows. (autocannon's rate limit sent each second's requests in
 * one burst, which measured queueing behind the burst rather than acknowledgement latency.)
 */
import { createHmac } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bulkStep, runBenchmark, describeErrors, freePort, keepAliveAgent, ms, pacedStep, rssMb, serverPid, startServer, summarize, throughput, waitHealthy, waitUntil, type BenchRequest, type StepResult } from './lib/bench-harness';

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

/** Slash command number `i`, signed now (so a long run never trips Slack's five-minute replay window). */
function signedCommand(fakeUrl: string, i: number): BenchRequest {
  const q = i % QUESTIONS.length;
  const body = new URLSearchParams({ token: 't', team_id: 'T0001', team_domain: 'acme', channel_id: 'C0BENCH', channel_name: 'bench', user_id: 'U0USER01', user_name: 'alice', command: '/thinkagain', text: QUESTIONS[q]!, api_app_id: 'A0APP01', is_enterprise_install: 'false', response_url: `${fakeUrl}/response/${q}`, trigger_id: '1.2.3' }).toString();
  const ts = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
  return { path: '/slack/events', body, headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signature } };
}

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

  const answered = () => fake.counts.get('response_url') ?? 0;
  /** Runs a step, then waits (up to 3 s) for its response_url replies; returns the step and how many were answered. */
  const withReplies = async (step: () => Promise<StepResult>): Promise<[StepResult, number]> => {
    const before = answered();
    const r = await step();
    await waitUntil(() => answered() - before >= r.sent);
    return [r, answered() - before];
  };

  const spawnedAt = performance.now();
  const server = startServer(env);
  const agent = keepAliveAgent();
  const build = (i: number) => signedCommand(fake.url, i);
  try {
    await waitHealthy(`${base}/healthz`, server.child);
    const startupMs = performance.now() - spawnedAt;
    const pid = serverPid(server.child.pid!);
    console.log(`ThinkAgain HTTP benchmark (signed /thinkagain slash commands on loopback, Node ${process.version})`);
    console.log(`npm start → healthy /healthz: ${Math.round(startupMs)} ms; server RSS at idle: ${rssMb(pid)} MB`);
    console.log('ack latency = POST /slack/events → 200, counted from when the command was due; evenly paced open loop\n');

    await withReplies(() => pacedStep(agent, port, 100, 3, build)); // warm-up (JIT, connections), not reported

    console.log('rate (req/s)   p50 ack     p99 ack     max ack   throughput   errors   answered');
    for (const rate of RATES) {
      const [r, replies] = await withReplies(() => pacedStep(agent, port, rate, SECONDS_PER_RATE, build));
      const s = summarize(r.latencies);
      console.log(`${String(rate).padStart(12)} ${ms(s.p50)}   ${ms(s.p99)}   ${ms(s.max)}   ${`${throughput(r).toFixed(0)}/s`.padStart(10)}   ${String(r.errors).padStart(6)}   ${replies}/${r.sent}${r.errors ? `   (${describeErrors(r)})` : ''}`);
    }

    console.log(`\nRSS after the rate steps: ${rssMb(pid)} MB`);
    for (const step of [1, 2]) {
      const [r, replies] = await withReplies(() => bulkStep(agent, port, 5_000, 10, build));
      const s = summarize(r.latencies);
      console.log(`RSS after ${step * 5_000} more requests: ${rssMb(pid)} MB  (unthrottled, 10 connections: ${throughput(r).toFixed(0)} req/s, p99 ${s.p99.toFixed(1)} ms, errors ${r.errors}${r.errors ? ` (${describeErrors(r)})` : ''}, answered ${replies}/${r.sent})`);
    }
    console.log(`auth.test calls: ${fake.counts.get('/api/auth.test') ?? 0}`);
  } catch (error) {
    console.error(server.stderr());
    throw error;
  } finally {
    agent.destroy();
    server.stop();
    fake.server.close();
    fake.server.closeAllConnections();
  }
}

runBenchmark(main);
