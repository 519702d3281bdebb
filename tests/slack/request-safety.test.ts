import { startSlackHarness, type SlackHarness } from './support/slack-harness';
import { eventBody, FORM, sendSigned, signature, slashCommandBody } from './support/signed-requests';

describe('Slack requests that must be refused cleanly', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('refuses a bad signature with 401 and sends nothing', async () => {
    const before = h.fake.calls.length;
    const body = slashCommandBody('help', h.responseUrl());
    const res = await sendSigned(h.eventsUrl, body, FORM, { signature: signature(body, Math.floor(Date.now() / 1000), 'wrong-secret') });
    expect(res.status).toBe(401);
    await h.fake.settle(100);
    expect(h.fake.calls.length).toBe(before);
  });

  it('refuses a timestamp older than five minutes with 401', async () => {
    const res = await sendSigned(h.eventsUrl, slashCommandBody('help', h.responseUrl()), FORM, { timestamp: Math.floor(Date.now() / 1000) - 301 });
    expect(res.status).toBe(401);
  });

  it('refuses an unsigned request with 401', async () => {
    const res = await fetch(h.eventsUrl, { method: 'POST', headers: { 'content-type': FORM }, body: slashCommandBody('help', h.responseUrl()) });
    expect(res.status).toBe(401);
  });

  it('answers a malformed (but signed) body with a 4xx, and keeps serving', async () => {
    const res = await sendSigned(h.eventsUrl, '{"type": "event_callback", "event": ', 'application/json');
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.text).not.toMatch(/at .*\.ts:\d+/);
    const form = await sendSigned(h.eventsUrl, 'payload=%7Bnot-json', FORM);
    expect(form.status).toBeGreaterThanOrEqual(400);
    expect(form.status).toBeLessThan(500);
    const ok = await sendSigned(h.eventsUrl, JSON.stringify({ type: 'url_verification', challenge: 'still-alive' }), 'application/json');
    expect(JSON.parse(ok.text)).toEqual({ challenge: 'still-alive' });
  });

  it('answers GET on the events path with 405, and other paths with 404', async () => {
    const base = h.eventsUrl.replace('/slack/events', '');
    expect((await fetch(h.eventsUrl)).status).toBe(405);
    expect((await fetch(`${base}/slack/nothing`, { method: 'POST' })).status).toBe(404);
  });

  it('ignores a signed event of a type it does not handle (200, no reply)', async () => {
    const before = h.fake.calls.length;
    const res = await sendSigned(h.eventsUrl, eventBody('EvOther1', { type: 'reaction_added', user: 'U0USER01', reaction: 'tada', event_ts: '1.5' }), 'application/json');
    expect(res.status).toBe(200);
    await h.fake.settle(100);
    expect(h.fake.calls.length).toBe(before);
  });
});

describe('Slack with a token Slack refuses', () => {
  it('does not crash: logs the auth.test failure clearly and refuses Slack requests with 401', async () => {
    const h = await startSlackHarness({ failures: { 'auth.test': 'invalid_auth' } });
    try {
      expect(h.logs.some((l) => String(l.msg).includes('auth.test failed'))).toBe(true);
      const res = await sendSigned(h.eventsUrl, eventBody('EvAuth1', { type: 'app_mention', user: 'U0USER01', text: '<@U0BOT> help', ts: '2.1', channel: 'C0CHAN01', event_ts: '2.1' }), 'application/json');
      expect(res.status).toBe(401);
      const health = await fetch(h.eventsUrl, { method: 'GET' });
      expect(health.status).toBe(405);
    } finally {
      await h.close();
    }
  });
});
