import { TurnContext } from 'botbuilder-core';
import { CloudAdapter } from 'botbuilder/lib/cloudAdapter';
import { noticeSentence } from '../../src/core/notice-words';
import { createLogger } from '../../src/logging/logger';
import type { TeamsMessage } from '../../src/teams/render/card';
import { TURN_LOGGED } from '../../src/teams/handled-turn';
import { turnErrorHandler } from '../../src/teams/turn-error';
import { botAddedToTeam, cardSubmission, channelMessage, installationUpdate, personalMessage } from './support/activities';
import { startFakeConnector, type FakeConnector } from './support/fake-connector';
import { startTeamsServer, type TeamsTestServer } from './support/teams-server';

/** Every Teams turn, whatever its activity, runs in one wrapper: one interaction line, errors under `err`, an apology only where someone waits. */
let connector: FakeConnector;
let bot: TeamsTestServer;

beforeAll(async () => {
  connector = await startFakeConnector();
  bot = await startTeamsServer(undefined, { logLevel: 'debug' });
});
afterAll(async () => {
  await bot.close();
  await connector.close();
});
beforeEach(() => {
  connector.posts.length = 0;
  connector.respondWith(200);
  bot.logs.length = 0;
});

const interactions = () => bot.logs.filter((l) => l.msg === 'interaction');
const sentTexts = () => connector.posts.map((p) => (p.body as unknown as TeamsMessage).text);
/** A secret as a Connector error could carry it: a bearer header with a Bot Framework token. */
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJib3QifQ.c2lnbmF0dXJlLXBhcnQ';

describe('one interaction line per turn', () => {
  test('each activity, handled or not, writes exactly one line with its kind and outcome', async () => {
    const conversation = '19:wrapper0001@thread.tacv2';
    const turns: Array<[Record<string, unknown>, { kind: string; outcome: string }]> = [
      [personalMessage(connector.url, 'principles'), { kind: 'principles', outcome: 'ok' }],
      [channelMessage(connector.url, 'how do we consult small groups?'), { kind: 'ask', outcome: 'ok' }],
      [cardSubmission(connector.url, { action: 'feedback', id: bot.built.kb.passages[0]!.id, helpful: true }), { kind: 'button:feedback', outcome: 'ok' }],
      [cardSubmission(connector.url, { action: 'launch_rockets' }), { kind: 'button:unknown', outcome: 'rejected' }],
      [installationUpdate(connector.url, 'add', conversation), { kind: 'install', outcome: 'ok' }],
      [botAddedToTeam(connector.url, conversation), { kind: 'install', outcome: 'duplicate' }],
      [installationUpdate(connector.url, 'remove', conversation), { kind: 'uninstall', outcome: 'ok' }],
      [{ ...personalMessage(connector.url, 'x'), type: 'typing' }, { kind: 'typing', outcome: 'ok' }],
    ];
    for (const [activity, expected] of turns) {
      bot.logs.length = 0;
      expect((await bot.post(activity)).status).toBe(200);
      expect(interactions()).toEqual([expect.objectContaining({ platform: 'teams', ...expected, latencyMs: expect.any(Number) })]);
    }
  });

  test('a question’s words are logged at debug level beside its line, and a button has none', async () => {
    await bot.post(personalMessage(connector.url, 'how much monitoring is proportionate?'));
    expect(bot.logs.filter((l) => l.msg === 'interaction text').map((l) => l.text)).toEqual(['how much monitoring is proportionate?']);
    bot.logs.length = 0;
    await bot.post(cardSubmission(connector.url, { action: 'show_passage', id: bot.built.kb.passages[0]!.id }));
    expect(bot.logs.filter((l) => l.msg === 'interaction text')).toEqual([]);
  });
});

describe('a failing turn', () => {
  test('a message whose handler throws gets the apology, one error line, and the error under err without the token', async () => {
    const original = bot.deps.assistant.handle;
    bot.deps.assistant.handle = async () => {
      throw new Error(`Connector said no to Authorization: Bearer ${TOKEN}`);
    };
    try {
      expect((await bot.post(channelMessage(connector.url, 'tip'))).status).toBe(200);
    } finally {
      bot.deps.assistant.handle = original;
    }
    expect(sentTexts()).toEqual([noticeSentence({ kind: 'apology' }, '')]);
    expect(interactions()).toEqual([expect.objectContaining({ platform: 'teams', kind: 'message', outcome: 'error' })]);
    const failures = bot.logs.filter((l) => l.msg === 'Teams turn failed');
    expect(failures).toEqual([expect.objectContaining({ level: 50, err: expect.objectContaining({ message: expect.stringContaining('Connector said no') }) })]);
    expect(failures[0]).not.toHaveProperty('error');
    expect(JSON.stringify(bot.logs)).not.toContain(TOKEN);
  });

  test('an install that fails is logged the same way, and no one is sent an apology', async () => {
    const original = bot.deps.events.firstSighting.bind(bot.deps.events);
    bot.deps.events.firstSighting = async () => {
      throw new Error(`store down, token=${TOKEN}`);
    };
    try {
      expect((await bot.post(installationUpdate(connector.url, 'add', '19:wrapper0002@thread.tacv2'))).status).toBe(200);
    } finally {
      bot.deps.events.firstSighting = original;
    }
    expect(connector.posts).toEqual([]);
    expect(interactions()).toEqual([expect.objectContaining({ kind: 'install', outcome: 'error' })]);
    expect(bot.logs.filter((l) => l.msg === 'Teams turn failed')).toEqual([expect.objectContaining({ err: expect.objectContaining({ message: 'store down, token=[redacted]' }) })]);
    expect(JSON.stringify(bot.logs)).not.toContain(TOKEN);
  });
});

describe('CloudAdapter’s onTurnError, the last resort', () => {
  const logs: Array<Record<string, unknown>> = [];
  const logger = createLogger('info', { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) });
  const onTurnError = turnErrorHandler(logger);
  const contextFor = (activity: Record<string, unknown>) => new TurnContext(new CloudAdapter(), activity);
  beforeEach(() => {
    logs.length = 0;
  });

  test('logs the error but no second line for a turn the wrapper already logged', async () => {
    const context = contextFor(installationUpdate(connector.url, 'add'));
    context.turnState.set(TURN_LOGGED, true);
    await onTurnError(context, new Error('late failure'));
    expect(logs.map((l) => l.msg)).toEqual(['Teams turn failed']);
  });

  test('writes the line itself for a failure the wrapper never saw', async () => {
    await onTurnError(contextFor(installationUpdate(connector.url, 'add')), new Error('early failure'));
    expect(logs.map((l) => [l.msg, l.outcome])).toEqual([
      ['Teams turn failed', undefined],
      ['interaction', 'error'],
    ]);
    expect(connector.posts).toEqual([]);
  });
});
