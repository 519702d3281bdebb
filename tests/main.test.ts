import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyOfContent } from './support/content-fixture';
import { ensureCompiled, ROOT } from './support/compiled-build';

/** The server as a supervisor runs it: its own process group, a free port, a fresh SQLite file. */
interface Running {
  child: ChildProcess;
  port: number;
  databaseFile: string;
  logs: () => Record<string, unknown>[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const WAIT_MS = 60_000;

/** Resolves when `check` holds after some output, rejects if the process ends first or WAIT_MS passes. */
function waitFor<T>(child: ChildProcess, exited: Promise<unknown>, check: () => T | undefined, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`timed out waiting for ${what}`)), WAIT_MS);
    const onData = () => {
      const found = check();
      if (found !== undefined) finish(undefined, found);
    };
    const finish = (error?: Error, value?: T) => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      if (error) reject(error);
      else resolve(value as T);
    };
    child.stdout?.on('data', onData);
    void exited.then(() => finish(new Error(`the process ended before ${what}`)));
    onData();
  });
}

async function start(command: string, args: string[], dir: string): Promise<Running> {
  const databaseFile = join(dir, 'thinkagain.db');
  const child = spawn(command, args, {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'development',
      PORT: '0',
      DATABASE_URL: databaseFile,
      LOG_LEVEL: 'info',
    },
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const logs = () =>
    out
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  const started = () => logs().find((l) => l.msg === 'started');
  const line = await waitFor(child, exited, started, 'the "started" log line').catch((error: Error) => {
    throw new Error(`${error.message}\nstderr:\n${err}`);
  });
  return { child, port: Number(line.port), databaseFile, logs, exited };
}

/** True while any process is left in the group the server was started in (npm, node, anything they started). */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('the compiled server (npm start, node dist/main.js)', () => {
  let dir: string;
  const started: Running[] = [];

  beforeAll(() => ensureCompiled(), 200_000);
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'thinkagain-main-'));
  });
  afterEach(() => {
    for (const r of started.splice(0)) if (groupAlive(r.child.pid!)) process.kill(-r.child.pid!, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  const cases: [string, NodeJS.Signals, string, string[]][] = [
    ['node dist/main.js', 'SIGTERM', process.execPath, ['dist/main.js']],
    ['node dist/main.js', 'SIGINT', process.execPath, ['dist/main.js']],
    ['npm start', 'SIGTERM', 'npm', ['start']],
    ['npm start', 'SIGINT', 'npm', ['start']],
  ];

  it.each(cases)('%s: %s to the started process stops everything, leaves no process behind and exits 0', async (_name, signal, command, args) => {
    const server = await start(command, args, dir);
    started.push(server);
    const health = await fetch(`http://127.0.0.1:${server.port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', store: 'ok' });
    expect(existsSync(`${server.databaseFile}-wal`)).toBe(true); // the store is open, in WAL mode

    process.kill(server.child.pid!, signal);
    const exit = await server.exited;

    expect(exit).toEqual({ code: 0, signal: null });
    expect(groupAlive(server.child.pid!)).toBe(false);
    expect(server.logs().map((l) => l.msg)).toEqual(expect.arrayContaining(['shutting down', 'stopped']));
    expect(server.logs().find((l) => l.msg === 'shutting down')).toMatchObject({ signal });
    // SQLite folds its write-ahead log back into the file and removes it only when the last connection closes.
    expect(existsSync(`${server.databaseFile}-wal`)).toBe(false);
    await expect(fetch(`http://127.0.0.1:${server.port}/healthz`)).rejects.toThrow();
  }, 2 * WAIT_MS);
});

describe('the compiled command line (bin/thinkagain.cjs, npm run thinkagain)', () => {
  beforeAll(() => ensureCompiled(), 200_000);

  const run = (args: string[], cwd: string, env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [join(ROOT, 'bin', 'thinkagain.cjs'), ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, LOG_LEVEL: 'silent', ...env } });

  it('reads content/ from the folder it is run in, not from where it is installed', () => {
    const content = copyOfContent();
    const workdir = mkdtempSync(join(tmpdir(), 'thinkagain-cwd-'));
    try {
      content.edit('principles/06-impact.md', (t) => t.replace(/^slug: impact$/m, 'slug: impacts'));
      const broken = run(['content', 'check'], workdir, { CONTENT_DIR: content.dir });
      expect(broken.status).toBe(1);
      expect(broken.stderr).toMatch(/06-impact\.md/);

      const here = run(['content', 'check'], ROOT);
      expect(here.status).toBe(0);
      expect(here.stdout).toMatch(/content\/ is valid: 10 principles/);

      const elsewhere = run(['content', 'check'], workdir);
      expect(elsewhere.status).toBe(1);
      expect(elsewhere.stderr).toMatch(/is CONTENT_DIR right\?/);
    } finally {
      content.remove();
      rmSync(workdir, { recursive: true, force: true });
    }
  });

  it('answers ask --json with exactly one JSON line', () => {
    const result = run(['ask', '--json', 'commissioning'], ROOT);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const answer = JSON.parse(lines[0]!);
    expect(answer).toMatchObject({ query: 'commissioning', answered: true });
    expect(answer.results[0]).toMatchObject({ principle: 'commissioning' });
  });

  it('runs tips run-due against a fresh SQLite file and exits 0 when nothing is due', () => {
    const workdir = mkdtempSync(join(tmpdir(), 'thinkagain-tips-'));
    try {
      const result = run(['tips', 'run-due'], ROOT, { DATABASE_URL: join(workdir, 'tips.db'), NODE_ENV: 'development' });
      expect(result.stderr).not.toMatch(/stopped|error/i);
      expect(result.status).toBe(0);
      expect(existsSync(join(workdir, 'tips.db'))).toBe(true);
    } finally {
      rmSync(workdir, { recursive: true, force: true });
    }
  });
});
