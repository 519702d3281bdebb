/**
 * `npm run bench:teams`: Teams turn latency on loopback. It starts a stand-in Bot Connector, spawns
 * `npm start` (Teams in local mode), then posts real-shaped Teams activities (channel @mentions and
 * personal messages) at 25, 50, 100 and 200 activities a second for 5 s each. The load is an open,
 * evenly paced loop (one activity every 1/rate s, whether or not earlier ones have finished), which is
 * how Teams delivers; each latency counts from when the activity was due, so queueing still shows
 * (scripts/lib/bench-harness.ts). The inbound request only completes after
 * botbuilder has POSTed the reply to the Connector, so request latency is turn latency.
 */
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, runBenchmark, keepAliveAgent, ms, pacedStep, startServer, summarize, throughput, waitHealthy, type BenchRequest } from './lib/bench-harness';

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

function activities(serviceUrl: string): BenchRequest[] {
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
  const server = startServer(env);
  const agent = keepAliveAgent();
  try {
    await waitHealthy(`${base}/healthz`, server.child);
    const bodies = activities(connector.url);
    const build = (i: number) => bodies[i % bodies.length]!;
    console.log(`ThinkAgain Teams benchmark: Bot Framework activities on loopback, local mode, Node ${process.version}`);
    console.log('turn latency = POST /api/messages in → reply POSTed to the stand-in Connector → 200 out; evenly paced open loop\n');
    await pacedStep(agent, port, 50, 4, build); // warm-up (JIT, caches), not reported

    console.log('rate (act/s)   p50 turn    p99 turn    max turn   achieved   errors   replies');
    for (const rate of RATES) {
      const before = connector.replies();
      const r = await pacedStep(agent, port, rate, SECONDS_PER_RATE, build);
      const replies = connector.replies() - before;
      const s = summarize(r.latencies);
      const achieved = `${throughput(r).toFixed(0)}/s`;
      console.log(`${String(rate).padStart(12)} ${ms(s.p50)}   ${ms(s.p99)}   ${ms(s.max)}   ${achieved.padStart(8)}   ${String(r.errors).padStart(6)}   ${replies}/${r.sent}`);
    }
  } catch (error) {
    console.error(server.stderr());
    throw error;
  } finally {
    agent.destroy();
    server.stop();
    connector.server.closeAllConnections();
    connector.server.close();
  }
}

runBenchmark(main);
