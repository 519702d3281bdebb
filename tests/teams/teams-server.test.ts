import { ANSWER_WORDS } from '../../src/core/answer-words';
import { noticeSentence } from '../../src/core/notice-words';
import { askJson } from '../../src/cli/ask';
import type { TeamsMessage } from '../../src/teams/render/card';
import { botAddedToTeam, CHANNEL, cardSubmission, channelMessage, installationUpdate, personalMessage } from './support/activities';
import { startFakeConnector, type FakeConnector } from './support/fake-connector';
import { startTeamsServer, type TeamsTestServer } from './support/teams-server';

/** The real server and Teams adapter in local mode, replying to a stand-in Bot Connector. */
let connector: FakeConnector;
let bot: TeamsTestServer;

beforeAll(async () => {
  connector = await startFakeConnector();
  bot = await startTeamsServer();
});
afterAll(async () => {
  await bot.close();
  await connector.close();
});
beforeEach(() => {
  connector.posts.length = 0;
  connector.respondWith(200);
});

const sent = () => connector.posts.map((p) => p.body as unknown as TeamsMessage & Record<string, unknown>);
/** What Teams shows for a message: a card's summary (card messages carry no text) or the text. */
const headline = (m: TeamsMessage) => (m.attachments ? m.summary : m.text);
const card = (i = 0) => sent()[i]?.attachments?.[0]?.content;
const submitData = (i = 0): unknown[] => {
  const c = card(i);
  if (!c) return [];
  const fromBody = c.body.flatMap((e) => (e.type === 'ActionSet' ? (e.actions as Array<{ data?: unknown }>) : []));
  return [...fromBody, ...(c.actions ?? [])].map((a) => a.data).filter(Boolean);
};

describe('messages', () => {
  test('an @mention in a channel thread is answered in that thread with an answer card', async () => {
    const activity = channelMessage(connector.url, 'should this be a grant or a contract?');
    const res = await bot.post(activity);
    expect(res).toEqual({ status: 200, text: '' });
    expect(connector.posts).toHaveLength(1);
    const [post] = connector.posts;
    expect(post!.conversationId).toBe(`${CHANNEL};messageid=1712345000000`);
    expect(post!.replyToId).toBe(activity.id);
    expect(post!.headers.authorization).toBeUndefined();
    expect(post!.body).toMatchObject({ type: 'message', from: { id: '28:00000000-0000-0000-0000-000000000002' }, replyToId: activity.id });
    expect(card()).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
  });

  test('the same question gives the same passages in the same order as the CLI and Slack path (engine.search)', async () => {
    for (const question of ['should this be a grant or a contract?', 'how do we consult small groups?', 'how much monitoring is proportionate?', 'volunteers']) {
      connector.posts.length = 0;
      await bot.post(channelMessage(connector.url, question));
      const expected = bot.built.engine.search(question).hits.map((h) => h.passage.id);
      expect(askJson(bot.built.engine, question).results.map((r) => r.id)).toEqual(expected);
      const answerId = (submitData().find((d) => (d as { action: string }).action === 'feedback') as { id: string }).id;
      const moreIds = submitData()
        .filter((d) => (d as { action: string }).action === 'show_passage')
        .map((d) => (d as { id: string }).id);
      expect({ question, ids: [answerId, ...moreIds] }).toEqual({ question, ids: expected.slice(0, 1 + moreIds.length) });
      expect(moreIds.length).toBe(Math.min(2, expected.length - 1));
    }
  });

  test('a personal message runs the whole grammar: principles, principle N, help, about, tip, subscribe', async () => {
    for (const [text, summary] of [
      ['principles', 'The ten ThinkAgain principles'],
      ['principle 5', /^Principle 5 · /],
      ['help', 'How to use ThinkAgain'],
      ['about', 'About ThinkAgain'],
      ['tip', /^Tip · Principle \d+ · /],
      ['subscribe', 'Weekly tips are not switched on for this bot yet. Questions, tips and principles all work.'],
    ] as const) {
      connector.posts.length = 0;
      expect((await bot.post(personalMessage(connector.url, text))).status).toBe(200);
      expect(connector.posts).toHaveLength(1);
      expect(connector.posts[0]!.conversationId).toBe('a:1personal-chat-xyz');
      expect(headline(sent()[0]!)).toEqual(typeof summary === 'string' ? summary : expect.stringMatching(summary));
    }
  });

  test('a question with no confident match gets the honest no-match card', async () => {
    const question = 'kubernetes pod autoscaling';
    expect(bot.built.engine.search(question).answered).toBe(false);
    await bot.post(personalMessage(connector.url, question));
    expect(sent()[0]!.summary).toBe(ANSWER_WORDS.decline);
    expect(sent()[0]!.text).toBeUndefined();
  });

  test('a 10,000-character message is answered, not refused', async () => {
    const long = `grant or contract ${'and commissioning '.repeat(600)}`.slice(0, 10_000);
    expect(long).toHaveLength(10_000);
    const res = await bot.post(personalMessage(connector.url, long));
    expect(res.status).toBe(200);
    expect(connector.posts).toHaveLength(1);
    expect(sent()[0]!.summary).toMatch(/grant or a contract/i);
  });

  test('a bare @mention gets help', async () => {
    await bot.post(channelMessage(connector.url, ''));
    expect(sent()[0]!.summary).toBe('How to use ThinkAgain');
  });
});

describe('card buttons', () => {
  test('👍 is recorded (passage id only) and acknowledged', async () => {
    const id = bot.built.kb.passages[0]!.id;
    await bot.post(cardSubmission(connector.url, { action: 'feedback', id, helpful: true }));
    expect(bot.feedback.recorded).toEqual([{ passageId: id, helpful: true, platform: 'teams', at: expect.any(Date) }]);
    expect(sent()[0]!.text).toBe('Thanks, glad that helped.');
  });

  test('"show passage" answers with that passage', async () => {
    const passage = bot.built.kb.passages[3]!;
    await bot.post(cardSubmission(connector.url, { action: 'show_passage', id: passage.id }));
    expect(submitData()).toContainEqual({ action: 'feedback', id: passage.id, helpful: true });
    expect(card()!.body.map((e) => e.text)).toContain(passage.title);
  });

  test('"principle" opens the principle', async () => {
    await bot.post(cardSubmission(connector.url, { action: 'principle', slug: 'voice' }));
    expect(sent()[0]!.summary).toMatch(/^Principle 3 · /);
  });

  test('unknown or forged submissions get a polite reply and record nothing', async () => {
    bot.feedback.recorded.length = 0;
    await bot.post(cardSubmission(connector.url, { action: 'drop_tables' }));
    await bot.post(cardSubmission(connector.url, { action: 'feedback', id: 'no-such-passage', helpful: false }));
    await bot.post(cardSubmission(connector.url, { action: 'show_passage', id: 'no-such-passage' }));
    await bot.post(cardSubmission(connector.url, { action: 'clarify_choice', id: 'no-such-passage' }));
    expect(sent().map((m) => m.text)).toEqual([
      noticeSentence({ kind: 'unknown-button' }, ''),
      noticeSentence({ kind: 'feedback-thanks', helpful: false }, ''),
      ANSWER_WORDS.passageGone,
      ANSWER_WORDS.passageGone,
    ]);
    expect(bot.feedback.recorded).toEqual([]);
  });
});

describe('installation', () => {
  test('installationUpdate add twice (team install) sends one welcome', async () => {
    const conversation = '19:install0001@thread.tacv2';
    const first = installationUpdate(connector.url, 'add', conversation);
    expect((await bot.post(first)).status).toBe(200);
    expect((await bot.post(installationUpdate(connector.url, 'add', conversation))).status).toBe(200);
    expect(connector.posts).toHaveLength(1);
    expect(connector.posts[0]!.replyToId).toBe(first.id);
    expect(sent()[0]!.summary).toBe('Thanks for adding ThinkAgain');
    expect(sent()[0]!.text).toBeUndefined();
  });

  test('conversationUpdate with the bot among the members added welcomes once, without fetching members', async () => {
    const conversation = '19:install0002@thread.tacv2';
    await bot.post(botAddedToTeam(connector.url, conversation));
    await bot.post(installationUpdate(connector.url, 'add', conversation));
    expect(connector.posts.map((p) => p.path.split('/activities')[0])).toEqual([`/v3/conversations/${encodeURIComponent(conversation)}`]);
  });

  test('the install keeps the conversation reference for weekly tips', async () => {
    await bot.post(installationUpdate(connector.url, 'add', '19:install0003@thread.tacv2'));
    expect(await bot.deps.conversations.get('teams', '19:install0003@thread.tacv2')).toMatchObject({ serviceUrl: connector.url, channelId: 'msteams' });
  });
});

describe('malformed requests', () => {
  test('invalid JSON and a body without type get 400, and the server keeps answering', async () => {
    expect(await bot.post('{not json')).toEqual({ status: 400, text: JSON.stringify({ error: 'the body is not valid JSON' }) });
    expect(await bot.post({ text: 'no type', serviceUrl: connector.url })).toEqual({ status: 400, text: JSON.stringify({ error: 'the activity has no type' }) });
    expect(await bot.post([])).toMatchObject({ status: 400 });
    // Garbage that botbuilder itself copes with (no serviceUrl to reply to): refused or swallowed, never a crash.
    expect([200, 400]).toContain((await bot.post({ type: 'message', conversation: 'not an object' })).status);
    expect(await bot.post('x'.repeat(300 * 1024))).toMatchObject({ status: 413 });
    const after = await bot.post(personalMessage(connector.url, 'help'));
    expect(after.status).toBe(200);
    expect(sent().at(-1)!.summary).toBe('How to use ThinkAgain');
  });

  test('GET is not allowed', async () => {
    expect((await fetch(`${bot.url}/api/messages`)).status).toBe(405);
  });

  test('activity types the bot does not handle get 200 and no reply', async () => {
    expect((await bot.post({ ...personalMessage(connector.url, 'x'), type: 'typing' })).status).toBe(200);
    expect((await bot.post({ ...personalMessage(connector.url, 'x'), type: 'messageReaction', reactionsAdded: [{ type: 'like' }] })).status).toBe(200);
    expect(connector.posts).toEqual([]);
  });

  test('a failing turn gets a polite apology, never a stack trace, and the request still completes', async () => {
    const original = bot.feedback.record.bind(bot.feedback);
    const errorLines = () => bot.logs.filter((l) => l.msg === 'interaction' && l.platform === 'teams' && l.outcome === 'error').length;
    const errorsBefore = errorLines();
    bot.feedback.record = async () => {
      throw new Error('feedback store exploded at /secret/path.ts:12');
    };
    try {
      const res = await bot.post(cardSubmission(connector.url, { action: 'feedback', id: bot.built.kb.passages[0]!.id, helpful: true }));
      expect(res.status).toBe(200);
      expect(sent().map((m) => m.text)).toEqual([noticeSentence({ kind: 'apology' }, '')]);
      expect(JSON.stringify(connector.posts[0]!.body)).not.toMatch(/exploded|secret|\.ts:/);
      expect(errorLines()).toBe(errorsBefore + 1);
    } finally {
      bot.feedback.record = original;
    }
  });

  test('in local mode it refuses to reply to a serviceUrl that is not on this machine', async () => {
    const res = await bot.post(personalMessage('http://198.51.100.7/', 'help'));
    expect(res.status).toBe(403);
    expect(connector.posts).toHaveLength(0);
    expect((await bot.post(personalMessage(connector.url, 'help'))).status).toBe(200);
  });

  test('a Connector that refuses the reply does not crash the process', async () => {
    connector.respondWith(403); // not retried by botbuilder's HTTP pipeline, unlike 5xx
    const res = await bot.post(personalMessage(connector.url, 'principles'));
    expect(res.status).toBe(200);
    connector.respondWith(200);
    expect((await bot.post(personalMessage(connector.url, 'help'))).status).toBe(200);
  });
});
