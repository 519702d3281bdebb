/**
 * What the loopback benchmarks (scripts/bench-http.ts, scripts/bench-teams.ts) share: building and
 * starting the compiled server and waiting for /healthz, its memory, and two load
 * shapes — an evenly paced open loop (one request every 1000/rate ms whether or not earlier ones
 * have finished, the way Slack and Teams deliver) and an unthrottled closed loop for bulk runs.
 *
 * Every request goes to 127.0.0.1 only, and every step is bounded in count and in time.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

const HOST = '127.0.0.1';

/** A port nothing is listening on right now. */
export async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, HOST, r));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

const ROOT = join(__dirname, '..', '..');

/** Compiles src/ into dist/ (`npm run build`), so a benchmark never measures a stale build. */
export function buildCompiled(): void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, stdio: 'inherit' });
}

/** A spawned server (its own process group) and what it has written to stderr so far. */
export interface StartedServer {
  child: ChildProcess;
  stderr: () => string;
  /** SIGTERM to the started process (SIGKILL to its group if it has not ended 40 s later); resolves with its exit code. */
  stop: () => Promise<number | null>;
}

/** The server's command line as `npm start` execs it (package.json's start script), with this node. */
export function serverCommand(): string[] {
  const start = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  const [, ...args] = start.replace(/^exec\s+/, '').split(/\s+/);
  return [process.execPath, ...args];
}

/**
 * Starts a server the way a supervisor does: by default as `npm start` execs it (call buildCompiled
 * first), or any other command, such as the bare bot or `npm start` itself.
 */
export function startServer(env: NodeJS.ProcessEnv, command: readonly string[] = serverCommand()): StartedServer {
  const [program, ...args] = command;
  const child = spawn(program!, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const killGroup = (signal: NodeJS.Signals): void => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  const stop = async (): Promise<number | null> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM'); // as Docker or Kubernetes stop a container's process
    const late = setTimeout(() => killGroup('SIGKILL'), 40_000);
    const code = await exited;
    clearTimeout(late);
    killGroup('SIGKILL'); // anything it left behind
    return code;
  };
  return { child, stderr: () => stderr, stop };
}

/** Polls `url` until it answers 200; fails early if the child exits. */
export async function waitHealthy(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the server did not become healthy in time');
}

function childrenOf(pid: number): { pid: number; args: string }[] {
  let out = '';
  try {
    out = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(pid)], { encoding: 'utf8' });
  } catch {
    return []; // ps exits 1 when there are none
  }
  return out
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => ({ pid: Number(line.split(/\s+/)[0]), args: line }));
}

/** The process actually serving: `rootPid` itself, or its deepest descendant running main (when started through npm or a loader). */
export function serverPid(rootPid: number): number {
  let found = rootPid;
  let frontier = [rootPid];
  while (frontier.length) {
    const next = frontier.flatMap(childrenOf);
    for (const c of next) if (/(dist|src)\/main\.[jt]s/.test(c.args)) found = c.pid;
    frontier = next.map((c) => c.pid);
  }
  return found;
}

/** CPU time (user + system) `pid` has used so far, in ms (10 ms resolution). */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // utime and stime, in 1/100 s
}

/** Resident set size of `pid` in MB, one decimal. */
export function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Math.round(Number(line?.replace(/\D+/g, '') ?? 0) / 102.4) / 10;
}

/** Nearest-rank percentile of an ascending array (NaN when empty). */
export const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

export interface Summary {
  p50: number;
  p99: number;
  max: number;
}

export function summarize(latencies: readonly number[]): Summary {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? NaN };
}

/** Milliseconds, right-aligned for the tables. */
export const ms = (n: number): string => `${n.toFixed(n < 10 ? 2 : 1)} ms`.padStart(9);

/** One request to send: built when it is due, so signatures and timestamps are fresh. */
export interface BenchRequest {
  path: string;
  method?: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * A keep-alive agent for the load steps; destroy it when done. Idle sockets are dropped after 4 s,
 * before the servers' 5 s keep-alive timeout, so a request is never sent on a socket the server is
 * closing (which shows as ECONNRESET after a pause between steps).
 */
export const keepAliveAgent = (maxSockets = 256): Agent => new Agent({ keepAlive: true, maxSockets, timeout: 4_000 });

/** Sends one request to 127.0.0.1:`port`; resolves with the status code once the body has been read. */
export function send(agent: Agent, port: number, r: BenchRequest, timeoutMs = 10_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: HOST, port, path: r.path, method: r.method ?? 'POST', agent, headers: { ...r.headers, 'content-length': Buffer.byteLength(r.body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(r.body);
  });
}

export interface StepResult {
  /** Latencies (ms) of the 2xx answers, ascending. */
  latencies: number[];
  /** Non-2xx answers, timeouts and connection errors. */
  errors: number;
  /** Each distinct error (`HTTP 503`, `ECONNRESET`, `timeout`…) with how often it happened. */
  errorKinds: Map<string, number>;
  sent: number;
  elapsedMs: number;
}

const is2xx = (status: number): boolean => status >= 200 && status < 300;

/** Sends one request and records its outcome: a latency from `from` on 2xx, otherwise an error kind. */
async function timed(agent: Agent, port: number, r: BenchRequest, from: number, into: Pick<StepResult, 'latencies' | 'errorKinds'>): Promise<void> {
  let kind: string;
  try {
    const status = await send(agent, port, r);
    if (is2xx(status)) return void into.latencies.push(performance.now() - from);
    kind = `HTTP ${status}`;
  } catch (error) {
    kind = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
  }
  into.errorKinds.set(kind, (into.errorKinds.get(kind) ?? 0) + 1);
}

const errorCount = (kinds: Map<string, number>): number => [...kinds.values()].reduce((a, b) => a + b, 0);

/** `ECONNRESET ×2, HTTP 503 ×1`, or '' when there were none. */
export const describeErrors = (r: StepResult): string => [...r.errorKinds].map(([k, n]) => `${k} ×${n}`).join(', ');

/**
 * Open loop: request i is due at start + i·1000/rate ms and is sent then, whether or not earlier ones
 * have answered. Its latency is measured from when it was due, not when the timer fired, so any
 * queueing in this process or the server still counts. Sends at most rate·seconds requests and
 * stops scheduling new ones after seconds + 5 s if the event loop falls behind.
 */
export async function pacedStep(agent: Agent, port: number, rate: number, seconds: number, build: (i: number) => BenchRequest): Promise<StepResult> {
  const total = Math.round(rate * seconds);
  const out = { latencies: [] as number[], errorKinds: new Map<string, number>() };
  let sent = 0;
  const started = performance.now();
  const stopSchedulingAt = started + seconds * 1000 + 5_000;
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total && performance.now() < stopSchedulingAt; i += 1) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    sent += 1;
    inFlight.push(timed(agent, port, build(i), due, out));
  }
  await Promise.all(inFlight);
  return { latencies: out.latencies.sort((a, b) => a - b), errors: errorCount(out.errorKinds), errorKinds: out.errorKinds, sent, elapsedMs: performance.now() - started };
}

/** Closed loop: `connections` workers each send the next request as soon as the last answered, `amount` in all (bounded by `maxMs`). */
export async function bulkStep(agent: Agent, port: number, amount: number, connections: number, build: (i: number) => BenchRequest, maxMs = 120_000): Promise<StepResult> {
  const out = { latencies: [] as number[], errorKinds: new Map<string, number>() };
  let next = 0;
  const started = performance.now();
  const worker = async (): Promise<void> => {
    while (next < amount && performance.now() - started < maxMs) {
      const i = next++;
      await timed(agent, port, build(i), performance.now(), out);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  return { latencies: out.latencies.sort((a, b) => a - b), errors: errorCount(out.errorKinds), errorKinds: out.errorKinds, sent: next, elapsedMs: performance.now() - started };
}

/** Requests per second a step actually achieved. */
export const throughput = (r: StepResult): number => (r.sent * 1000) / r.elapsedMs;

/** Polls `done` every 20 ms until it holds or `timeoutMs` passes; says whether it held. */
export async function waitUntil(done: () => boolean, timeoutMs = 3_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  return done();
}

/** Runs a benchmark's main function: a failure prints its message (no stack) and sets exit code 1. */
export function runBenchmark(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
