import { buildAssistant } from '../../src/app/build-assistant';
import { loggedSubscriptions, ResilientEventDeduper, ResilientFeedback } from '../../src/app/resilient-ports';
import { storeBackedDeps } from '../../src/app/store-deps';
import { readConfig } from '../../src/config/config';
import type { SubscriptionPort } from '../../src/core/ports';
import type { Store } from '../../src/store/store';
import { createLogger } from '../../src/logging/logger';
import { openStore } from '../../src/store/open-store';
import { createOwnDatabase, type OwnDatabase } from '../support/own-database';
import { buttonBody, eventBody, FORM, sendSigned, slashCommandBody } from './support/signed-requests';
import { startSlackHarness, type SlackHarness } from './support/slack-harness';

/**
 * Answering never depends on the store. Whatever the store does (refuse new connections, throw an
 * error nobody classified), a mention is answered once, a 👍 is thanked, and `subscribe` gets a reply
 * that says what is going on.
 */
const logger = createLogger('silent');
let eventCounter = 0;

async function mention(h: SlackHarness, words: string): Promise<string> {
  const before = h.fake.callsTo('/api/chat.postMessage').length;
  const ts = `17123458${String(++eventCounter).padStart(2, '0')}.000100`;
  const body = eventBody(`EvStore${eventCounter}`, { type: 'app_mention', user: 'U0USER01', text: `<@U0BOT> ${words}`, ts, channel: 'C0CHAN01', event_ts: ts });
  await sendSigned(h.eventsUrl, body, 'application/json');
  // Slack redelivers when it thinks the answer was lost: still one answer.
  await sendSigned(h.eventsUrl, body, 'application/json', { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
  const calls = await h.fake.waitFor('/api/chat.postMessage', before + 1);
  await h.fake.settle();
  expect(h.fake.callsTo('/api/chat.postMessage')).toHaveLength(before + 1);
  return String(calls[before]!.body.text);
}

async function slash(h: SlackHarness, text: string): Promise<string> {
  const responseUrl = h.responseUrl();
  expect((await sendSigned(h.eventsUrl, slashCommandBody(text, responseUrl), FORM)).status).toBe(200);
  const [reply] = await h.fake.waitFor(new URL(responseUrl).pathname);
  return String(reply!.body.text);
}

async function thumbsUp(h: SlackHarness): Promise<string> {
  const responseUrl = h.responseUrl();
  expect((await sendSigned(h.eventsUrl, buttonBody('feedback_up', h.built.kb.passages[0]!.id, responseUrl), FORM)).status).toBe(200);
  const [reply] = await h.fake.waitFor(new URL(responseUrl).pathname);
  return String(reply!.body.text);
}

const PG_URL = process.env.TEST_DATABASE_URL;
if (!PG_URL) console.log('Skipping "a PostgreSQL database that refuses new connections": TEST_DATABASE_URL is not set.');
(PG_URL ? describe : describe.skip)('Slack while PostgreSQL refuses new connections (ALLOW_CONNECTIONS false, SQLSTATE 55000)', () => {
  let own: OwnDatabase;
  let store: Store;
  let h: SlackHarness;

  beforeAll(async () => {
    own = await createOwnDatabase(PG_URL!, 'thinkagain_refusing');
    const config = readConfig({ DATABASE_URL: own.url, LOG_LEVEL: 'silent' });
    store = await openStore(config.database);
    const { assistant } = buildAssistant('content', { subscriptions: loggedSubscriptions(store.subscriptions, logger) });
    h = await startSlackHarness({ deps: { assistant, ...storeBackedDeps(store, config, logger) } });
  });
  afterAll(async () => {
    await h?.close();
    await store?.close();
    await own?.drop();
  });

  it('answers mentions once, thanks feedback, and gives subscribe the documented reply', async () => {
    expect(await slash(h, 'subscribe')).toMatch(/^Subscribed: weekly tips here/);

    await own.admin(`ALTER DATABASE ${own.name} ALLOW_CONNECTIONS false`);
    await own.admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${own.name}' AND pid <> pg_backend_pid()`);
    await expect(store.ping()).rejects.toThrow(/not currently accepting connections/);

    expect(await mention(h, 'how do we consult small groups?')).toMatch(/Source:/);
    expect(await thumbsUp(h)).toMatch(/thank/i);
    expect(await slash(h, 'subscribe friday 14:00')).toBe('Subscriptions cannot be changed right now because the database is not answering. Please try again in a few minutes; questions still work.');
    expect(await slash(h, 'commissioning')).toMatch(/Source:/);

    await own.admin(`ALTER DATABASE ${own.name} ALLOW_CONNECTIONS true`);
    expect(await slash(h, 'status')).toMatch(/^Weekly tips here on Monday/);
  });
});

describe('Slack when the store fails in a way nobody classified', () => {
  const odd = async (): Promise<never> => {
    throw Object.assign(new Error('relation "slack_events" does not exist'), { code: '42P01' });
  };
  const broken: SubscriptionPort = { subscribe: odd, unsubscribe: odd, status: odd };
  let h: SlackHarness;
  beforeAll(async () => {
    const { assistant } = buildAssistant('content', { subscriptions: loggedSubscriptions(broken, logger) });
    h = await startSlackHarness({ deps: { assistant, events: new ResilientEventDeduper({ firstSighting: odd }, logger), feedback: new ResilientFeedback({ record: odd }, logger) } });
  });
  afterAll(() => h.close());

  it('still answers mentions once, thanks feedback, and says subscriptions cannot be changed right now', async () => {
    expect(await mention(h, 'commissioning')).toMatch(/Source:/);
    expect(await thumbsUp(h)).toMatch(/thank/i);
    expect(await slash(h, 'subscribe')).toMatch(/^Subscriptions cannot be changed right now because the database reported a problem\. Please try again in a few minutes; questions still work\./);
  });
});
