import { startSlackHarness, type SlackHarness } from './support/slack-harness';
import { eventBody, sendSigned } from './support/signed-requests';

const JSON_TYPE = 'application/json';

describe('Slack Events API over HTTP (real server, fake Slack)', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('answers url_verification with the challenge', async () => {
    const res = await sendSigned(h.eventsUrl, JSON.stringify({ token: 'vtok', challenge: 'abc123', type: 'url_verification' }), JSON_TYPE);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ challenge: 'abc123' });
  });

  it('replies to an app_mention in the thread, without the mention, with the engine’s top passage', async () => {
    const before = h.fake.callsTo('/api/chat.postMessage').length;
    const question = 'how much monitoring is proportionate?';
    const res = await sendSigned(
      h.eventsUrl,
      eventBody('EvMention1', { type: 'app_mention', user: 'U0USER01', text: `<@U0BOT> ${question}`, ts: '1712345678.000100', channel: 'C0CHAN01', event_ts: '1712345678.000100' }),
      JSON_TYPE,
    );
    expect(res.status).toBe(200);
    const calls = await h.fake.waitFor('/api/chat.postMessage', before + 1);
    const post = calls[before]!;
    expect(post.body.channel).toBe('C0CHAN01');
    expect(post.body.thread_ts).toBe('1712345678.000100');
    expect(post.headers.authorization).toBe('Bearer xoxb-test-token');
    const expected = h.built.engine.search(question).hits[0]!.passage.id;
    expect(JSON.stringify(post.body.blocks)).toContain(`"value":"${expected}"`);
    // A reply in a public thread offers no "Share in channel": it is already public.
    expect(JSON.stringify(post.body.blocks)).not.toContain('share_reply');
  });

  it('replies to a direct message in the DM', async () => {
    const before = h.fake.callsTo('/api/chat.postMessage').length;
    await sendSigned(h.eventsUrl, eventBody('EvDm1', { type: 'message', channel_type: 'im', user: 'U0USER01', text: 'principles', ts: '1712345680.000100', channel: 'D0DM0001', event_ts: '1712345680.000100' }), JSON_TYPE);
    const calls = await h.fake.waitFor('/api/chat.postMessage', before + 1);
    expect(calls[before]!.body.channel).toBe('D0DM0001');
    expect(calls[before]!.body.thread_ts).toBeUndefined();
    expect(String(calls[before]!.body.text)).toContain('ten ThinkAgain principles');
  });

  it('ignores messages from bots, from itself, and message subtypes', async () => {
    const before = h.fake.callsTo('/api/chat.postMessage').length;
    const base = { type: 'message', channel_type: 'im', text: 'help', channel: 'D0DM0001' };
    await sendSigned(h.eventsUrl, eventBody('EvBot1', { ...base, user: 'U0OTHER', bot_id: 'B0OTHER', ts: '1.1', event_ts: '1.1' }), JSON_TYPE);
    await sendSigned(h.eventsUrl, eventBody('EvSelf1', { ...base, user: 'U0BOT', ts: '1.2', event_ts: '1.2' }), JSON_TYPE);
    await sendSigned(h.eventsUrl, eventBody('EvEdit1', { ...base, user: 'U0USER01', subtype: 'message_changed', ts: '1.3', event_ts: '1.3' }), JSON_TYPE);
    await sendSigned(h.eventsUrl, eventBody('EvChan1', { ...base, channel_type: 'channel', channel: 'C0CHAN01', user: 'U0USER01', ts: '1.4', event_ts: '1.4' }), JSON_TYPE);
    await h.fake.settle();
    expect(h.fake.callsTo('/api/chat.postMessage').length).toBe(before);
  });

  it('answers an event delivered three times exactly once', async () => {
    const before = h.fake.callsTo('/api/chat.postMessage').length;
    const body = eventBody('EvRetry1', { type: 'app_mention', user: 'U0USER01', text: '<@U0BOT> tip', ts: '1712345690.000100', channel: 'C0CHAN01', event_ts: '1712345690.000100' });
    const statuses = [];
    statuses.push((await sendSigned(h.eventsUrl, body, JSON_TYPE)).status);
    for (const retry of ['1', '2']) statuses.push((await sendSigned(h.eventsUrl, body, JSON_TYPE, { headers: { 'x-slack-retry-num': retry, 'x-slack-retry-reason': 'http_timeout' } })).status);
    expect(statuses).toEqual([200, 200, 200]);
    await h.fake.waitFor('/api/chat.postMessage', before + 1);
    await h.fake.settle();
    expect(h.fake.callsTo('/api/chat.postMessage').length).toBe(before + 1);
    // One interaction line per delivery: the answer's, then one for each dropped copy.
    const lines = h.logs.filter((l) => l.msg === 'interaction' && (l.kind === 'tip' || l.kind === 'app_mention'));
    expect(lines.map((l) => `${String(l.kind)} ${String(l.outcome)}`).sort()).toEqual(['app_mention duplicate', 'app_mention duplicate', 'tip ok']);
  });

  it('publishes the Home tab with the ten principles when it is opened', async () => {
    await sendSigned(h.eventsUrl, eventBody('EvHome1', { type: 'app_home_opened', user: 'U0USER01', channel: 'D0DM0001', tab: 'home', event_ts: '1712345700.000100' }), JSON_TYPE);
    const [call] = await h.fake.waitFor('/api/views.publish');
    expect(call!.body.user_id).toBe('U0USER01');
    const view = call!.body.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe('home');
    const json = JSON.stringify(view.blocks);
    for (const p of h.built.kb.principles) expect(json).toContain(JSON.stringify(p.title).slice(1, -1));
    expect(view.blocks.length).toBeLessThanOrEqual(100);
  });

  it('does not publish the Home tab for the Messages tab', async () => {
    const before = h.fake.callsTo('/api/views.publish').length;
    await sendSigned(h.eventsUrl, eventBody('EvHome2', { type: 'app_home_opened', user: 'U0USER01', channel: 'D0DM0001', tab: 'messages', event_ts: '1712345701.000100' }), JSON_TYPE);
    await h.fake.settle();
    expect(h.fake.callsTo('/api/views.publish').length).toBe(before);
  });
});
