import { ResilientEventDeduper, ResilientFeedback } from '../../src/app/resilient-ports';
import { StoreUnavailableError } from '../../src/core/ports';
import { silentLogger } from '../../src/logging/logger';
import { startSlackHarness, type SlackHarness } from './support/slack-harness';
import { eventBody, sendSigned } from './support/signed-requests';

const down = async (): Promise<never> => {
  throw new StoreUnavailableError();
};

describe('Slack while the database is down', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness({ deps: { events: new ResilientEventDeduper({ firstSighting: down }, silentLogger), feedback: new ResilientFeedback({ record: down }, silentLogger) } });
  });
  afterAll(async () => {
    await h.close();
  });

  it('still answers a mention, and still answers a redelivered event only once', async () => {
    const before = h.fake.callsTo('/api/chat.postMessage').length;
    const body = eventBody('EvDown1', { type: 'app_mention', user: 'U0USER01', text: '<@U0BOT> commissioning', ts: '1712345800.000100', channel: 'C0CHAN01', event_ts: '1712345800.000100' });
    await sendSigned(h.eventsUrl, body, 'application/json');
    await sendSigned(h.eventsUrl, body, 'application/json', { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    const calls = await h.fake.waitFor('/api/chat.postMessage', before + 1);
    await h.fake.settle();
    expect(h.fake.callsTo('/api/chat.postMessage')).toHaveLength(before + 1);
    expect(String(calls[before]!.body.text)).toMatch(/Source:/);
  });
});
