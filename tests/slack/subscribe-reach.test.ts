import { until } from '../support/until';
import { buildAssistant } from '../../src/app/build-assistant';
import type { ConversationAddress } from '../../src/core/conversation';
import type { SubscriptionPort } from '../../src/core/ports';
import { conversationReach } from '../../src/slack/conversation-reach';
import { PRIVATE_CHANNEL_NOTE } from '../../src/core/notice-words';
import { SLASH_COMMAND_OPTIONS } from '../../src/slack/render/options';
import { renderReply } from '../../src/slack/render/render-reply';
import { startSlackHarness, type SlackHarness } from './support/slack-harness';
import { eventBody, FORM, sendSigned, slashCommandBody } from './support/signed-requests';

/** Remembers subscriptions in memory, so the test can see which conversations were subscribed. */
class RecordingSubscriptions implements SubscriptionPort {
  readonly subscribed: ConversationAddress[] = [];
  async subscribe(where: ConversationAddress, schedule: Parameters<SubscriptionPort['subscribe']>[1]) {
    this.subscribed.push(where);
    return { subscription: { schedule, active: true, tipsSent: 0 }, changed: true };
  }
  async unsubscribe(): Promise<boolean> {
    return false;
  }
  async status() {
    return undefined;
  }
}

describe('/thinkagain subscribe where Slack may refuse the weekly tip', () => {
  let h: SlackHarness;
  const port = new RecordingSubscriptions();
  beforeAll(async () => {
    h = await startSlackHarness({ deps: { assistant: buildAssistant('content', { subscriptions: port }).assistant } });
  });
  afterAll(async () => {
    await h.close();
  });

  async function command(text: string, channel: { id: string; name: string }) {
    const responseUrl = h.responseUrl();
    await sendSigned(h.eventsUrl, slashCommandBody(text, responseUrl, '/thinkagain', channel), FORM);
    const [call] = await h.fake.waitFor(new URL(responseUrl).pathname);
    return call!.body as { response_type: string; text: string; blocks: unknown[] };
  }

  it('a public channel subscribes with no note: chat:write.public lets the bot post there', async () => {
    const body = await command('subscribe', { id: 'C0PUBLIC1', name: 'general' });
    expect(body.text).toMatch(/^Subscribed: weekly tips here on Mondays/);
    expect(body.text).not.toMatch(/invite/i);
    expect(port.subscribed.map((a) => a.conversationId)).toContain('C0PUBLIC1');
  });

  it('a private channel subscribes, and says to invite the bot or tips cannot be delivered', async () => {
    const body = await command('subscribe friday 10:00', { id: 'G0PRIVATE', name: 'privategroup' });
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toMatch(/^Subscribed: weekly tips here on Fridays at 10:00/);
    expect(body.text).toContain('/invite @ThinkAgain');
    expect(body.text).toContain('tips cannot be delivered');
    expect(JSON.stringify(body.blocks)).toContain('/invite @ThinkAgain');
    expect(port.subscribed.map((a) => a.conversationId)).toContain('G0PRIVATE');
  });

  it('a direct message is refused with the way that works, and nothing is subscribed', async () => {
    const body = await command('subscribe', { id: 'D0PEOPLE1', name: 'directmessage' });
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toMatch(/cannot post in conversations between people/);
    expect(body.text).toMatch(/type “subscribe” \(without \/thinkagain\) in ThinkAgain’s Messages tab/);
    expect(body.text).toContain('in a channel instead');
    expect(port.subscribed.map((a) => a.conversationId)).not.toContain('D0PEOPLE1');
    await until(() => h.logs.some((l) => l.msg === 'interaction' && l.kind === 'subscribe' && l.outcome === 'rejected'), 'the rejected subscribe to be logged');
  });

  it('the advice works: “subscribe” written to the bot in its Messages tab subscribes that DM', async () => {
    const before = h.fake.callsTo('/api/chat.postMessage').length;
    await sendSigned(h.eventsUrl, eventBody('EvSubDm1', { type: 'message', channel_type: 'im', user: 'U0USER01', text: 'subscribe', ts: '1712345690.000100', channel: 'D0BOTDM01', event_ts: '1712345690.000100' }), 'application/json');
    const calls = await h.fake.waitFor('/api/chat.postMessage', before + 1);
    expect(String(calls[before]!.body.text)).toMatch(/^Subscribed: weekly tips here/);
    expect(String(calls[before]!.body.text)).not.toMatch(/invite/i);
    expect(port.subscribed.map((a) => a.conversationId)).toContain('D0BOTDM01');
  });

  it('a group direct message is refused too', async () => {
    const body = await command('subscribe monday', { id: 'G0MPDM001', name: 'mpdm-alice--bob-1' });
    expect(body.text).toMatch(/cannot be delivered in a group direct message/);
    expect(port.subscribed.map((a) => a.conversationId)).not.toContain('G0MPDM001');
  });

  it('other commands in a direct message are answered as usual', async () => {
    const body = await command('help', { id: 'D0PEOPLE1', name: 'directmessage' });
    expect(JSON.stringify(body)).toContain('/thinkagain principles');
  });
});

describe('conversationReach', () => {
  it('tells channels, private channels, DMs and group DMs apart from the slash command fields', () => {
    expect(conversationReach('C0AAA', 'general')).toBe('open');
    expect(conversationReach('C0AAA', 'privategroup')).toBe('members-only');
    expect(conversationReach('G0AAA', 'secret-project')).toBe('members-only');
    expect(conversationReach('D0AAA', 'directmessage')).toBe('direct-message');
    expect(conversationReach('D0AAA', undefined)).toBe('direct-message');
    expect(conversationReach('G0AAA', 'mpdm-alice--bob-1')).toBe('group-dm');
  });
});

describe('the private-channel note', () => {
  it('is shown only under a successful subscribe, escaped, in the fallback text too', () => {
    const options = { ...SLASH_COMMAND_OPTIONS, subscribeNote: PRIVATE_CHANNEL_NOTE };
    const subscription = { schedule: { day: 'monday' as const, time: '09:00', timeZone: 'Europe/London' }, active: true, tipsSent: 0 };
    const subscribed = renderReply({ kind: 'subscribed', subscription, changed: false }, options);
    expect(subscribed.text).toContain(PRIVATE_CHANNEL_NOTE);
    expect(subscribed.blocks).toHaveLength(2);
    for (const reply of [{ kind: 'status' as const, subscription }, { kind: 'unsubscribed' as const, wasSubscribed: true }, { kind: 'help' as const }]) {
      expect(JSON.stringify(renderReply(reply, options))).not.toContain('/invite');
    }
  });
});
