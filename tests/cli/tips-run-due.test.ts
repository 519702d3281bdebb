import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { RUN_DUE_EXIT, runTipsDue } from '../../src/cli/tips-run-due';
import { readConfig, type Config } from '../../src/config/config';
import { openStore } from '../../src/store/open-store';
import { FakeSlack } from '../slack/support/fake-slack';

async function statusOf(config: Config) {
  const store = await openStore(config.database);
  try {
    return await store.subscriptions.status({ platform: 'slack', conversationId: 'C0LIMIT', workspaceId: 'T0001' });
  } finally {
    await store.close();
  }
}

function capture() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (c: Buffer) => (text += c.toString()));
  return { stream, text: () => text };
}

describe('thinkagain tips run-due', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thinkagain-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const config = readConfig({ DATABASE_URL: join(dir, 'db', 'bot.db'), LOG_LEVEL: 'silent' });

  it('creates the database on first use, runs once for the given instant and prints a summary', async () => {
    const out = capture();
    const err = capture();
    expect(await runTipsDue(config, ['--at', '2026-03-30T08:00:00Z'], out.stream, err.stream)).toBe(0);
    expect(out.text()).toMatch(/Weekly tips due at 2026-03-30T08:00:00.000Z/);
    expect(out.text()).toMatch(/due 0, sent 0/);
  });

  it('refuses an instant it cannot read', async () => {
    const err = capture();
    expect(await runTipsDue(config, ['--at', 'next monday'], capture().stream, err.stream)).toBe(2);
    expect(err.text()).toMatch(/not an ISO instant/);
  });

  it('says plainly when the database cannot be reached', async () => {
    const err = capture();
    const down = readConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none', LOG_LEVEL: 'silent' });
    expect(await runTipsDue(down, [], capture().stream, err.stream)).toBe(1);
    expect(err.text()).toMatch(/cannot be reached/);
  });
});

describe('thinkagain tips run-due exit codes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thinkagain-cli-exit-'));
  const slack = new FakeSlack();
  let config: ReturnType<typeof readConfig>;
  beforeAll(async () => {
    await slack.start();
    config = readConfig({ DATABASE_URL: join(dir, 'bot.db'), LOG_LEVEL: 'silent', SLACK_BOT_TOKEN: 'xoxb-exit-code', SLACK_SIGNING_SECRET: 'secret', SLACK_API_URL: `${slack.url}/api/` });
  });
  afterAll(async () => {
    await slack.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exits 3, with the summary and what is left, while a tip waits for a retry', async () => {
    const store = await openStore(config.database);
    const { subscription } = await store.subscriptions.subscribe({ platform: 'slack', conversationId: 'C0LIMIT', workspaceId: 'T0001' }, { day: 'monday', time: '09:00', timeZone: 'Europe/London' });
    await store.close();
    const due = subscription.nextTipAt!;
    slack.rateLimited['chat.postMessage'] = 120; // longer than a run waits: left to a later run

    const out = capture();
    const err = capture();
    expect(await runTipsDue(config, ['--at', due.toISOString()], out.stream, err.stream)).toBe(RUN_DUE_EXIT.left);
    expect(RUN_DUE_EXIT.left).not.toBe(0);
    expect(out.text()).toMatch(/due 1, sent 0, retrying later 1/);
    expect(err.text()).toMatch(/1 tip is left for a later run/);

    expect(await statusOf(config)).toMatchObject({ active: true, tipsSent: 0 });
  });
});
