import { createRuntime, startRuntime } from '../../src/app/runtime';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { PlatformAdapter } from '../../src/server/platform-adapter';
import { readConfig } from '../../src/config/config';
import { nextDueAfter } from '../../src/core/schedule/next-due';
import { createLogger } from '../../src/logging/logger';
import type { RunningScheduler } from '../../src/scheduler/start-scheduler';
import type { RunningServer } from '../../src/server/http-server';
import { openStore } from '../../src/store/open-store';
import type { Store } from '../../src/store/store';
import { FakeSlack } from '../slack/support/fake-slack';
import { FORM, sendSigned, SIGNING_SECRET, slashCommandBody } from '../slack/support/signed-requests';
import { sqlOf } from '../scheduler/scheduler-support';
import { createOwnDatabase, type OwnDatabase } from '../support/own-database';

/**
 * `tips run-due` as operators run it: three real processes racing, with the scheduler's pacing as in
 * production, beside a running server (the real runtime, its own scheduler ticking) on the same
 * database, all posting to a stand-in Slack. Sixty channels of one workspace are due: each must get
 * exactly one tip before the last process exits, and every process must exit 0 with its summary.
 */
const ROOT = resolve(__dirname, '../..');
const CHANNELS = 60;
const RUNS = 3;
const MONDAY_09_LONDON = { day: 'monday', time: '09:00', timeZone: 'Europe/London' } as const;

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runDueProcess(env: Record<string, string>, at: Date, onStart?: (child: ReturnType<typeof spawn>) => void): Promise<Finished> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'tips', 'run-due', '--at', at.toISOString()], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    onStart?.(child);
  });
}

const PG_URL = process.env.TEST_DATABASE_URL;
const kinds: Array<{ name: string; skip?: string }> = [{ name: 'sqlite' }, { name: 'postgres', ...(PG_URL ? {} : { skip: 'TEST_DATABASE_URL is not set' }) }];

for (const kind of kinds) {
  if (kind.skip) {
    console.log(`Skipping "three racing tips run-due processes" on ${kind.name}: ${kind.skip}.`);
    describe.skip(`three racing tips run-due processes [${kind.name}]`, () => it('is skipped', () => undefined));
    continue;
  }

  describe(`three racing tips run-due processes beside a running server [${kind.name}]`, () => {
    let dir: string;
    let own: OwnDatabase | undefined;
    let databaseUrl: string;
    let slack: FakeSlack;
    let store: Store;
    let adapters: PlatformAdapter[];
    let server: RunningServer;
    let scheduler: RunningScheduler;

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'thinkagain-rundue-'));
      if (kind.name === 'postgres') {
        own = await createOwnDatabase(PG_URL!, 'thinkagain_rundue');
        databaseUrl = own.url;
      } else databaseUrl = join(dir, 'data', 'thinkagain.db');
      slack = new FakeSlack();
      await slack.start();
      const config = readConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', SLACK_BOT_TOKEN: 'xoxb-run-due-token', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: `${slack.url}/api/` });
      // As `npm start` wires it (src/app/runtime.ts), on 127.0.0.1 and a free port.
      const logger = createLogger(config.logLevel);
      store = await openStore(config.database);
      const runtime = createRuntime(config, store, logger);
      adapters = runtime.adapters;
      const started = await startRuntime(runtime, config, store, logger, { port: 0, host: '127.0.0.1' });
      server = started.server;
      scheduler = started.scheduler!;
    });

    afterAll(async () => {
      await scheduler?.stop();
      await server?.close(1_000);
      for (const adapter of adapters ?? []) await adapter.stop();
      await store?.close();
      await slack?.stop();
      await own?.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('gives each of 60 channels exactly one tip, all before the last run exits, and every run exits 0', async () => {
      const eventsUrl = `http://127.0.0.1:${server.port}/slack/events`;
      const channels = Array.from({ length: CHANNELS }, (_, i) => `C0RUN${String(i).padStart(3, '0')}`);
      for (const [i, id] of channels.entries()) {
        const path = `/response/subscribe-${i}`;
        const res = await sendSigned(eventsUrl, slashCommandBody('subscribe monday 09:00 Europe/London', `${slack.url}${path}`, '/thinkagain', { id, name: `team-${i}` }), FORM);
        expect(res.status).toBe(200);
        const [reply] = await slack.waitFor(path);
        expect(String(reply!.body.text)).toMatch(/^Subscribed: weekly tips here on Monday/);
      }
      const due = nextDueAfter(MONDAY_09_LONDON, new Date());

      const env = { DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', SLACK_BOT_TOKEN: 'xoxb-run-due-token', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: `${slack.url}/api/` };
      const runs = await Promise.all(Array.from({ length: RUNS }, () => runDueProcess(env, due)));

      // Counted the moment the last process has exited: nothing may still be on its way.
      const posted = slack.callsTo('/api/chat.postMessage').map((c) => String(c.body.channel));
      expect(posted.sort()).toEqual([...channels].sort());
      for (const run of runs) {
        expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
        expect(run.stdout).toMatch(/retrying later 0, .*failed 0/);
      }
      const sentByRuns = runs.map((r) => Number(/sent (\d+)/.exec(r.stdout)?.[1] ?? NaN));
      expect(sentByRuns.reduce((a, b) => a + b, 0)).toBe(CHANNELS);
      for (const id of channels) expect(await store.subscriptions.status({ platform: 'slack', conversationId: id, workspaceId: 'T0001' })).toMatchObject({ tipsSent: 1 });
    }, 180_000);
  });
}

describe('tips run-due stopped by SIGTERM [sqlite]', () => {
  let dir: string;
  let slack: FakeSlack;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'thinkagain-rundue-stop-'));
    slack = new FakeSlack();
    await slack.start();
  });
  afterAll(async () => {
    await slack.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stops claiming, settles every claim it holds, exits 3 with its summary; the next run sends the rest', async () => {
    const databaseUrl = join(dir, 'bot.db');
    const store = await openStore({ kind: 'sqlite', path: databaseUrl });
    const channels = Array.from({ length: 30 }, (_, i) => `C0STOP${String(i).padStart(2, '0')}`);
    for (const id of channels) await store.subscriptions.subscribe({ platform: 'slack', conversationId: id, workspaceId: 'T0001' }, MONDAY_09_LONDON);
    const due = nextDueAfter(MONDAY_09_LONDON, new Date());
    const env = { DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', SLACK_BOT_TOKEN: 'xoxb-run-due-token', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: `${slack.url}/api/` };

    // Paced at five a second for one workspace: the run is still sending when the signal comes.
    const stopped = await runDueProcess(env, due, (child) => {
      void slack.waitFor('/api/chat.postMessage', 3, 60_000).then(() => child.kill('SIGTERM'));
    });
    expect(stopped.code).toBe(3);
    expect(stopped.stdout).toMatch(/Weekly tips due at .*\n {2}due \d+, sent \d+/);
    expect(stopped.stderr).toMatch(/Stopped by a signal/);
    const posted = slack.callsTo('/api/chat.postMessage').length;
    expect(posted).toBeLessThan(channels.length);
    const rows = await sqlOf(store).query('SELECT status, count(*) AS n FROM tip_deliveries GROUP BY status');
    // Every tip it posted is recorded as sent; nothing is left claimed in the hands of a process that is gone.
    expect(rows).toEqual([{ status: 'sent', n: posted }]);

    const rest = await runDueProcess(env, due);
    expect(rest.code).toBe(0);
    expect(slack.callsTo('/api/chat.postMessage').map((c) => String(c.body.channel)).sort()).toEqual(channels);
    await store.close();
  }, 120_000);
});
