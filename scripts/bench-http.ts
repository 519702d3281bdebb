/**
 * `npm run bench:http`: ThinkAgain beside a bare Bolt + botbuilder bot of the same versions
 * (scripts/bare-bot.cjs), measured in the same run on loopback against one stand-in for Slack and
 * the Bot Connector (scripts/lib/platform-stand-ins.ts).
 *
 * It builds dist/, then for each bot, started as a supervisor would (as `npm start` execs it,
 * `node scripts/bare-bot.cjs`):
 * - start to a healthy /healthz, median of several starts taken in turn, and the CPU time the server
 *   used until then (which other work on the machine does not inflate);
 * - resident memory at idle (a few seconds after start) and after load (the rate steps plus 10,000
 *   more mixed Slack and Teams requests);
 * - slash-command acknowledgement latency at 100, 200 and 400 requests a second, and Teams turn
 *   latency (activity in, reply posted to the Connector, 200 out) at 100 activities a second.
 * ThinkAgain runs as shipped: SQLite, the scheduler, info logs. It also times `npm start` once more.
 *
 * The rate steps are an evenly paced open loop (one request every 1/rate s, whether or not earlier
 * ones have answered), which is how Slack and Teams deliver; each latency counts from when the request
 * was due, so queueing still shows (scripts/lib/bench-harness.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Agent } from 'node:http';
import { buildCompiled, bulkStep, cpuMs, describeErrors, freePort, keepAliveAgent, pacedStep, rssMb, runBenchmark, serverCommand, serverPid, startServer, summarize, waitHealthy, waitUntil, type BenchRequest, type StepResult } from './lib/bench-harness';
import { SIGNING_SECRET, signedCommand, startStandIn, teamsActivities, type StandIn } from './lib/platform-stand-ins';

const STARTS = 5;
const SLACK_RATES = [100, 200, 400];
const TEAMS_RATE = 100;
const SECONDS_PER_RATE = 5;
const BULK = 10_000;
const IDLE_SETTLE_MS = 3_000;

interface Bot {
  name: string;
  command: string[];
}

const BOTS: Bot[] = [
  { name: 'ThinkAgain', command: serverCommand() },
  { name: 'bare bot', command: [process.execPath, 'scripts/bare-bot.cjs'] },
];

interface Measured {
  startMs: number[];
  startCpuMs: number[];
  rssIdle: number;
  rssLoaded: number;
  slack: Map<number, StepResult>;
  teams: StepResult;
  bulk: StepResult;
  /** CPU time the server used per request (ms): slash commands over the rate steps, Teams turns over theirs. */
  cpuPerCommand: number;
  cpuPerTurn: number;
  answered: { slack: string; teams: string };
  exitCode: number | null;
}

function environment(standIn: StandIn, port: number, dir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(port),
    LOG_LEVEL: 'info',
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: `${standIn.url}/api/`,
    SLACK_APP_TOKEN: '',
    SLACK_CLIENT_ID: '',
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    DATABASE_URL: join(dir, `bench-${port}.db`),
  };
}

/** Starts `command`, waits for a healthy /healthz, and returns how long that took and the running server. */
async function timedStart(command: string[], env: NodeJS.ProcessEnv, port: number) {
  const spawnedAt = performance.now();
  const server = startServer(env, command);
  try {
    await waitHealthy(`http://127.0.0.1:${port}/healthz`, server.child);
  } catch (error) {
    await server.stop();
    throw new Error(`${command.join(' ')}: ${error instanceof Error ? error.message : String(error)}\n${server.stderr()}`);
  }
  const ms = performance.now() - spawnedAt;
  return { server, ms, cpuMs: cpuMs(serverPid(server.child.pid!)) };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function measure(bot: Bot, standIn: StandIn, dir: string, startMs: number[], startCpuMs: number[]): Promise<Measured> {
  const port = await freePort();
  const { server } = await timedStart(bot.command, environment(standIn, port, dir), port);
  const agent = keepAliveAgent();
  const pid = serverPid(server.child.pid!);
  const count = (key: string) => standIn.counts.get(key) ?? 0;
  const slackRequest = (i: number) => signedCommand(standIn.url, i);
  const activities = teamsActivities(`${standIn.url}/`);
  const teamsRequest = (i: number) => activities[i % activities.length]!;
  /** Runs a step, then waits (up to 5 s) until every acknowledged request has been answered at the stand-in. */
  const step = async (kind: 'response_url' | 'teams_reply', run: () => Promise<StepResult>): Promise<[StepResult, string]> => {
    const before = count(kind);
    const r = await run();
    await waitUntil(() => count(kind) - before >= r.latencies.length, 5_000);
    return [r, `${count(kind) - before}/${r.sent}`];
  };
  try {
    await sleep(IDLE_SETTLE_MS);
    const rssIdle = rssMb(pid);
    await pacedStep(agent, port, 100, 3, slackRequest); // warm-up (JIT, connections), not reported
    await pacedStep(agent, port, 50, 2, teamsRequest);

    const slack = new Map<number, StepResult>();
    const answered = { slack: '', teams: '' };
    const slackCpuBefore = cpuMs(pid);
    for (const rate of SLACK_RATES) {
      const [r, replies] = await step('response_url', () => pacedStep(agent, port, rate, SECONDS_PER_RATE, slackRequest));
      slack.set(rate, r);
      answered.slack += `${rate}/s ${replies}  `;
    }
    const cpuPerCommand = (cpuMs(pid) - slackCpuBefore) / [...slack.values()].reduce((n, r) => n + r.sent, 0);
    const teamsCpuBefore = cpuMs(pid);
    const [teams, teamsReplies] = await step('teams_reply', () => pacedStep(agent, port, TEAMS_RATE, SECONDS_PER_RATE, teamsRequest));
    answered.teams = teamsReplies;
    const cpuPerTurn = (cpuMs(pid) - teamsCpuBefore) / teams.sent;
    const mixed = (i: number): BenchRequest => (i % 2 === 0 ? slackRequest(i / 2) : teamsRequest((i - 1) / 2));
    const bulk = await bulkStep(agent, port, BULK, 10, mixed);
    await sleep(1_000);
    const rssLoaded = rssMb(pid);
    return { startMs, startCpuMs, rssIdle, rssLoaded, slack, teams, bulk, cpuPerCommand, cpuPerTurn, answered, exitCode: await stopAndClose(server, agent) };
  } catch (error) {
    await stopAndClose(server, agent);
    throw error;
  }
}

async function stopAndClose(server: ReturnType<typeof startServer>, agent: Agent): Promise<number | null> {
  agent.destroy();
  return server.stop();
}

const p99 = (r: StepResult | undefined) => (r ? summarize(r.latencies).p99 : NaN);
const f1 = (n: number) => n.toFixed(n < 10 ? 2 : 1);

function row(label: string, ours: number, bare: number, unit: string, target?: { ratio?: number; max?: number }): string {
  const ratio = ours / bare;
  let verdict = '';
  if (target?.ratio !== undefined) verdict = ratio <= target.ratio ? `≤ ${target.ratio}× bare: met` : `≤ ${target.ratio}× bare: NOT met`;
  if (target?.max !== undefined) verdict = ours <= target.max ? `≤ ${target.max} ${unit}: met` : `≤ ${target.max} ${unit}: NOT met`;
  return `${label.padEnd(34)}${`${f1(ours)} ${unit}`.padStart(12)}${`${f1(bare)} ${unit}`.padStart(12)}${`${ratio.toFixed(2)}×`.padStart(8)}   ${verdict}`;
}

async function main(): Promise<void> {
  console.log('Building dist/ (npm run build)…');
  buildCompiled();
  const standIn = await startStandIn();
  const dir = mkdtempSync(join(tmpdir(), 'thinkagain-bench-'));
  try {
    console.log(`\nThinkAgain beside a bare Bolt + botbuilder bot on loopback, Node ${process.version}\n`);
    const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
    console.log(`load average at the start: ${load()} (on ${cpus().length} cores; other work on the machine slows both bots)`);
    const starts = new Map<string, number[]>(BOTS.map((b) => [b.name, []]));
    const startCpu = new Map<string, number[]>(BOTS.map((b) => [b.name, []]));
    for (let i = 0; i < STARTS; i += 1) {
      for (const bot of BOTS) {
        const port = await freePort();
        const started = await timedStart(bot.command, environment(standIn, port, dir), port);
        starts.get(bot.name)!.push(started.ms);
        startCpu.get(bot.name)!.push(started.cpuMs);
        await started.server.stop();
      }
    }
    const npmPort = await freePort();
    const viaNpm = await timedStart(['npm', 'start'], environment(standIn, npmPort, dir), npmPort);
    const npmExit = await viaNpm.server.stop();

    const results = new Map<string, Measured>();
    for (const bot of BOTS) {
      console.log(`Loading ${bot.name}…`);
      results.set(bot.name, await measure(bot, standIn, dir, starts.get(bot.name)!, startCpu.get(bot.name)!));
    }
    const ours = results.get('ThinkAgain')!;
    const bare = results.get('bare bot')!;

    console.log(`\n${''.padEnd(34)}${'ThinkAgain'.padStart(12)}${'bare bot'.padStart(12)}${'ratio'.padStart(8)}   target`);
    console.log(row(`start → healthy (median of ${STARTS})`, median(ours.startMs), median(bare.startMs), 'ms', { max: 1500 }));
    console.log(row('  CPU time used until healthy', median(ours.startCpuMs), median(bare.startCpuMs), 'ms'));
    console.log(row('RSS idle', ours.rssIdle, bare.rssIdle, 'MB', { ratio: 1.3 }));
    console.log(row(`RSS after load`, ours.rssLoaded, bare.rssLoaded, 'MB', { ratio: 1.3 }));
    for (const rate of SLACK_RATES) console.log(row(`slash-command ack p99 at ${rate}/s`, p99(ours.slack.get(rate)), p99(bare.slack.get(rate)), 'ms', rate === 200 ? { ratio: 2 } : undefined));
    console.log(row(`Teams turn p99 at ${TEAMS_RATE}/s`, p99(ours.teams), p99(bare.teams), 'ms', { ratio: 2 }));
    console.log(row('  CPU time per slash command', ours.cpuPerCommand, bare.cpuPerCommand, 'ms'));
    console.log(row('  CPU time per Teams turn', ours.cpuPerTurn, bare.cpuPerTurn, 'ms'));

    console.log('\nDetails');
    console.log(`  npm start → healthy (ThinkAgain, once): ${Math.round(viaNpm.ms)} ms; exit code after SIGTERM: ${npmExit}`);
    for (const [name, m] of results) {
      const steps = [...m.slack].map(([rate, r]) => `${rate}/s p50 ${summarize(r.latencies).p50.toFixed(1)} ms errors ${r.errors}${r.errors ? ` (${describeErrors(r)})` : ''}`);
      const bulk = summarize(m.bulk.latencies);
      console.log(`  ${name}: starts ${m.startMs.map((x) => Math.round(x)).join(', ')} ms (CPU ${m.startCpuMs.join(', ')} ms)`);
      console.log(`    slash commands: ${steps.join('; ')}; answered via response_url: ${m.answered.slack.trim()}`);
      console.log(`    Teams at ${TEAMS_RATE}/s: p50 ${summarize(m.teams.latencies).p50.toFixed(1)} ms, errors ${m.teams.errors}${m.teams.errors ? ` (${describeErrors(m.teams)})` : ''}, replies ${m.answered.teams}`);
      console.log(`    load: ${m.bulk.sent} mixed requests on 10 connections, p99 ${bulk.p99.toFixed(1)} ms, errors ${m.bulk.errors}${m.bulk.errors ? ` (${describeErrors(m.bulk)})` : ''}; exit code after SIGTERM: ${m.exitCode}`);
    }
    console.log(`  load average at the end: ${load()}`);
  } finally {
    standIn.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

runBenchmark(main);
