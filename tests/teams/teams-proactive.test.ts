import type { SubscriptionDirectory } from '../../src/core/ports';
import type { ConversationAddress } from '../../src/core/conversation';
import { CHANNEL, channelMessage, installationUpdate, TENANT } from './support/activities';
import { startFakeConnector, type FakeConnector } from './support/fake-connector';
import { startTeamsServer, type TeamsTestServer } from './support/teams-server';

/** Weekly tips: deliver() through the stored conversation reference, results mapped for the scheduler. */
let connector: FakeConnector;
let bot: TeamsTestServer;
const ended: Array<{ address: ConversationAddress; reason: string }> = [];
const directory: SubscriptionDirectory = {
  listForWorkspace: async () => [],
  endForWorkspace: async () => 0,
  endForConversation: async (address, reason) => {
    ended.push({ address, reason });
    return true;
  },
};

beforeAll(async () => {
  connector = await startFakeConnector();
  bot = await startTeamsServer(undefined, { subscriptionDirectory: directory });
  // A message in a channel thread stores the reference of the channel.
  await bot.post(channelMessage(connector.url, 'tip'));
});
afterAll(async () => {
  await bot.close();
  await connector.close();
});
beforeEach(() => {
  connector.posts.length = 0;
  connector.respondWith(200);
});

const channel: ConversationAddress = { platform: 'teams', conversationId: CHANNEL, workspaceId: TENANT };
const tip = async () => (await bot.built.assistant.handle('tip', channel)).reply;

test('a tip reaches the channel itself (a new post, not a reply in the old thread)', async () => {
  expect(await bot.adapter.sender.deliver(channel, await tip())).toEqual({ status: 'sent' });
  expect(connector.posts).toHaveLength(1);
  const [post] = connector.posts;
  expect(post!.path).toBe(`/v3/conversations/${encodeURIComponent(CHANNEL)}/activities`);
  expect(post!.replyToId).toBeUndefined();
  expect(post!.body).toMatchObject({ type: 'message', summary: expect.stringMatching(/^Tip · /), conversation: { id: CHANNEL } });
  expect(post!.body.text).toBeUndefined();
  expect((post!.body.attachments as unknown[]).length).toBe(1);
});

test('403 from the Connector (bot removed) is permanent', async () => {
  connector.respondWith(403);
  expect(await bot.adapter.sender.deliver(channel, await tip())).toEqual({ status: 'permanent', reason: 'ThinkAgain was removed from this conversation' });
});

test('429 is retried later, honouring Retry-After', async () => {
  connector.respondWith(429, { 'retry-after': '0' });
  const result = await bot.adapter.sender.deliver(channel, await tip());
  expect(result).toEqual({ status: 'retry', reason: 'Teams rate limit (429)', retryAfterMs: 0 });
});

test('a conversation never seen (no stored reference) is permanent', async () => {
  expect(await bot.adapter.sender.deliver({ platform: 'teams', conversationId: '19:never@thread.tacv2' }, await tip())).toMatchObject({ status: 'permanent' });
  expect(connector.posts).toEqual([]);
});

test('a Connector that cannot be reached is retried', async () => {
  const gone = await startFakeConnector();
  await gone.close();
  await bot.deps.conversations.save({ platform: 'teams', conversationId: '19:gone@thread.tacv2' }, { channelId: 'msteams', serviceUrl: gone.url, conversation: { id: '19:gone@thread.tacv2' }, bot: { id: '28:x' } });
  expect(await bot.adapter.sender.deliver({ platform: 'teams', conversationId: '19:gone@thread.tacv2' }, await tip())).toMatchObject({ status: 'retry', reason: expect.stringMatching(/network error/) });
});

test('installationUpdate remove ends the conversation’s subscription', async () => {
  await bot.post(installationUpdate(connector.url, 'remove', '19:leaving@thread.tacv2'));
  expect(ended).toEqual([{ address: expect.objectContaining({ platform: 'teams', conversationId: '19:leaving@thread.tacv2', workspaceId: TENANT }), reason: 'ThinkAgain was removed from this conversation' }]);
  expect(connector.posts).toEqual([]);
});
