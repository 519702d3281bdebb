import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { createRuntime, startRuntime, type Runtime, type StartedRuntime } from '../../src/app/runtime';
import { shutDown } from '../../src/app/shutdown';
import { runTipsDue } from '../../src/cli/tips-run-due';
import { readConfig, type Config } from '../../src/config/config';
import { nextDueAfter } from '../../src/core/schedule/next-due';
import { createLogger, type Logger } from '../../src/logging/logger';
import { openStore } from '../../src/store/open-store';
import type { Store } from '../../src/store/store';
import { FakeSlack } from '../slack/support/fake-slack';
import { FORM, sendSigned, SIGNING_SECRET, slashCommandBody } from '../slack/support/signed-requests';
import { BOT, CHANNEL, channelMessage, TENANT } from '../teams/support/activities';
import { startFakeConnector, type FakeConnector } from '../teams/support/fake-connector';

/**
 * Issue 5, end to end: the real wiring of `npm start` (SQLite store, store-backed ports, both
 * adapters, one HTTP server) against a fake Slack Web API and a fake Bot Connector. Channels
 * subscribe from Slack and Teams; `tips run-due --at` (the CLI's own function, its own store on the
 * same file) then posts exactly one tip to each, and nothing more when run again.
 */
const SLACK_CHANNEL = 'C0CHAN01';
const MONDAY_09_LONDON = { day: 'monday', time: '09:00', timeZone: 'Europe/London' } as const;

let dir: string;
let slack: FakeSlack;
let connector: FakeConnector;
let config: Config;
let store: Store;
let logger: Logger;
let built: Runtime;
let started: StartedRuntime | undefined;
let base: string;
let responses = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'thinkagain-e2e-'));
  slack = new FakeSlack();
  await slack.start();
  connector = await startFakeConnector();
  // The environment main would read, as an object: Slack over HTTP with its Web API on the fake, Teams in local mode.
  config = readConfig({
    DATABASE_URL: join(dir, 'data', 'thinkagain.db'),
    LOG_LEVEL: 'silent',
    SLACK_BOT_TOKEN: 'xoxb-e2e-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: `${slack.url}/api/`,
    SCHEDULER: 'off',
  });
  expect(config.slack.mode).toBe('http');
  expect(config.teams.localMode).toBe(true);

  // The runtime src/main.ts starts, on 127.0.0.1 and a free port.
  logger = createLogger(config.logLevel);
  store = await openStore(config.database);
  built = createRuntime(config, store, logger);
  started = await startRuntime(built, config, store, logger, { port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${started.server.port}`;
});

afterAll(async () => {
  if (started) await shutDown(started.stopSteps, logger);
  else await store?.close();
  await connector?.close();
  await slack?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** `/thinkagain <text>` in #general, signed as Slack signs it; resolves with the ephemeral reply's text. */
async function slashCommand(text: string): Promise<string> {
  const path = `/response/e2e-${++responses}`;
  const res = await sendSigned(`${base}/slack/events`, slashCommandBody(text, `${slack.url}${path}`), FORM);
  expect(res.status).toBe(200);
  const [reply] = await slack.waitFor(path);
  return String(reply!.body.text);
}

/** `@ThinkAgain <words>` in a Teams channel; resolves with the bot's reply as the Connector received it. */
async function teamsChannelMessage(words: string): Promise<Record<string, unknown>> {
  const before = connector.posts.length;
  const activity = channelMessage(connector.url, words);
  expect(activity.entities).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'mention', mentioned: BOT })]));
  const res = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  expect(res.status).toBeLessThan(300);
  expect(connector.posts.length).toBe(before + 1);
  return connector.posts[before]!.body;
}

/** Exactly what `npm run thinkagain -- tips run-due --at <iso>` does, in process. */
async function runDue(at: Date): Promise<string> {
  const out = new PassThrough();
  const err = new PassThrough();
  let text = '';
  let errors = '';
  out.on('data', (c: Buffer) => (text += c.toString()));
  err.on('data', (c: Buffer) => (errors += c.toString()));
  const code = await runTipsDue(config, ['--at', at.toISOString()], out, err);
  expect({ code, errors }).toEqual({ code: 0, errors: '' });
  return text;
}

const slackTips = () => slack.callsTo('/api/chat.postMessage');
const teamsTips = () => connector.posts.filter((p) => p.conversationId === CHANNEL && p.replyToId === undefined);
const principle = (n: number) => built.kb.principles.find((p) => p.number === n)!;

describe('weekly tips end to end (Slack slash command + Teams channel → tips run-due)', () => {
  const subscribedAt = new Date();
  // Both subscribe with the default schedule: the next Monday 09:00 in London after now.
  const firstDue = nextDueAfter(MONDAY_09_LONDON, subscribedAt);
  const secondDue = nextDueAfter(MONDAY_09_LONDON, firstDue);

  it('subscribes from a Slack slash command and from a Teams channel mention, and both confirm', async () => {
    const slackReply = await slashCommand('subscribe monday 09:00 Europe/London');
    expect(slackReply).toMatch(/^Subscribed: weekly tips here on Monday/i);
    expect(slackReply).toContain('Europe/London');

    const teamsReply = await teamsChannelMessage('subscribe');
    expect(teamsReply).toMatchObject({ type: 'message', conversation: { id: expect.stringContaining(CHANNEL) } });
    expect(JSON.stringify(teamsReply)).toMatch(/Subscribed: weekly tips here on Monday/i);

    const slackStatus = await store.subscriptions.status({ platform: 'slack', conversationId: SLACK_CHANNEL, workspaceId: 'T0001' });
    const teamsStatus = await store.subscriptions.status({ platform: 'teams', conversationId: CHANNEL, workspaceId: TENANT });
    expect(slackStatus).toMatchObject({ active: true, nextTipAt: firstDue });
    expect(teamsStatus).toMatchObject({ active: true, nextTipAt: firstDue });
  });

  it('a minute before the due instant, run-due sends nothing', async () => {
    expect(await runDue(new Date(firstDue.getTime() - 60_000))).toMatch(/due 0, sent 0/);
    expect(slackTips()).toHaveLength(0);
    expect(teamsTips()).toHaveLength(0);
  });

  it('at the next Monday 09:00 London, run-due posts principle 1’s first tip once to each channel', async () => {
    expect(await runDue(firstDue)).toMatch(/due 2, sent 2/);

    const first = principle(1);
    const tip = first.tips[0]!;
    expect(slackTips()).toHaveLength(1);
    const [slackTip] = slackTips();
    expect(slackTip!.headers.authorization).toBe('Bearer xoxb-e2e-token');
    expect(slackTip!.body.channel).toBe(SLACK_CHANNEL);
    expect(String(slackTip!.body.text)).toContain(`Tip · 1. ${first.title}`);
    expect(String(slackTip!.body.text)).toContain(tip.text.slice(0, 60));
    // Unasked, the tip says what it is and how to stop it, as commands are typed in a Slack channel.
    expect(String(slackTip!.body.text)).toMatch(/^Your weekly ThinkAgain tip\./);
    expect(JSON.stringify(slackTip!.body.blocks)).toContain('To stop, type \\"/thinkagain unsubscribe\\" here.');
    expect(JSON.stringify(slackTip!.body.blocks)).toContain('read_principle');

    expect(teamsTips()).toHaveLength(1);
    const [teamsTip] = teamsTips();
    expect(teamsTip!.path).toBe(`/v3/conversations/${encodeURIComponent(CHANNEL)}/activities`);
    expect(String(teamsTip!.body.summary)).toBe(`Your weekly ThinkAgain tip · Principle 1 · ${first.title}`);
    expect(JSON.stringify(teamsTip!.body)).toContain('To stop, type \\"@ThinkAgain unsubscribe\\" here.');
    expect(JSON.stringify(teamsTip!.body)).toContain(first.title);
  });

  it('run again at the same instant, run-due posts nothing more', async () => {
    expect(await runDue(firstDue)).toMatch(/due 0, sent 0/);
    await slack.settle(100);
    expect(slackTips()).toHaveLength(1);
    expect(teamsTips()).toHaveLength(1);
    expect(await store.subscriptions.status({ platform: 'slack', conversationId: SLACK_CHANNEL, workspaceId: 'T0001' })).toMatchObject({ tipsSent: 1, nextTipAt: secondDue });
  });

  it('after unsubscribe in Slack, the next week posts to Teams only', async () => {
    expect(await slashCommand('unsubscribe')).toBe('Done: no more weekly tips here.');
    expect(await runDue(secondDue)).toMatch(/due 1, sent 1/);
    await slack.settle(100);
    expect(slackTips()).toHaveLength(1);
    expect(teamsTips()).toHaveLength(2);
    expect(JSON.stringify(teamsTips()[1]!.body)).toContain(principle(2).title);
    expect(await slashCommand('status')).toMatch(/^Weekly tips here have stopped/);
  });
});
