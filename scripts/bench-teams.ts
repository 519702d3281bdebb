/**
 * `npm run bench:teams`: Teams turn latency on loopback. It builds dist/, starts a stand-in Bot
 * Connector and the compiled server (`node dist/main.js`, Teams in local mode), then posts
 * real-shaped Teams activities (channel @mentions and personal messages) at 25, 50, 100 and 200
 * activities a second for 5 s each. The load is an open,
 * evenly paced loop (one activity every 1/rate s, whether or not earlier ones have finished), which is
 * how Teams delivers; each latency counts from when the activity was due, so queueing still shows
 * (scripts/lib/bench-harness.ts). The inbound request only completes after
 * botbuilder has POSTed the reply to the Connector, so request latency is turn latency.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCompiled, freePort, runBenchmark, keepAliveAgent, ms, pacedStep, startServer, summarize, throughput, waitHealthy } from './lib/bench-harness';
import { startStandIn, teamsActivities } from './lib/platform-stand-ins';

const RATES = [25, 50, 100, 200];
const SECONDS_PER_RATE = 5;

async function main(): Promise<void> {
  buildCompiled();
  const connector = await startStandIn();
  const replies = () => connector.counts.get('teams_reply') ?? 0;
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
  const server = startServer(env);
  const agent = keepAliveAgent();
  try {
    await waitHealthy(`${base}/healthz`, server.child);
    const bodies = teamsActivities(`${connector.url}/`);
    const build = (i: number) => bodies[i % bodies.length]!;
    console.log(`ThinkAgain Teams benchmark: Bot Framework activities on loopback, local mode, Node ${process.version}`);
    console.log('turn latency = POST /api/messages in → reply POSTed to the stand-in Connector → 200 out; evenly paced open loop\n');
    await pacedStep(agent, port, 50, 4, build); // warm-up (JIT, caches), not reported

    console.log('rate (act/s)   p50 turn    p99 turn    max turn   achieved   errors   replies');
    for (const rate of RATES) {
      const before = replies();
      const r = await pacedStep(agent, port, rate, SECONDS_PER_RATE, build);
      const answered = replies() - before;
      const s = summarize(r.latencies);
      const achieved = `${throughput(r).toFixed(0)}/s`;
      console.log(`${String(rate).padStart(12)} ${ms(s.p50)}   ${ms(s.p99)}   ${ms(s.max)}   ${achieved.padStart(8)}   ${String(r.errors).padStart(6)}   ${answered}/${r.sent}`);
    }
  } catch (error) {
    console.error(server.stderr());
    throw error;
  } finally {
    agent.destroy();
    await server.stop();
    connector.close();
  }
}

runBenchmark(main);
