import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SlackSender } from '../../src/slack/slack-sender';
import { InstallationNotFoundError } from '../../src/slack/installation-store';
import { interactiveClientOptions, weeklyTipClientOptions } from '../../src/slack/client-options';
import { FakeSlack } from './support/fake-slack';
import { realAssistant } from './support/slack-harness';

describe('SlackSender (weekly tips) against a fake Slack', () => {
  const fake = new FakeSlack();
  beforeAll(() => fake.start());
  afterAll(() => fake.stop());

  const tip = () => realAssistant().assistant.views.kb.principles[0]!;

  function sender(token: string | null = 'xoxb-tips') {
    return new SlackSender(async () => token ?? undefined, interactiveClientOptions(`${fake.url}/api`));
  }

  it('posts the tip to the channel with blocks and a fallback', async () => {
    const p = tip();
    const result = await sender().deliver({ platform: 'slack', conversationId: 'C0TIPS', workspaceId: 'T0001' }, { kind: 'tip', tip: p.tips[0]!, principle: realAssistant().assistant.views.principleSummary(p.slug)! });
    expect(result).toEqual({ status: 'sent' });
    const [call] = await fake.waitFor('/api/chat.postMessage');
    expect(call!.body.channel).toBe('C0TIPS');
    expect(call!.headers.authorization).toBe('Bearer xoxb-tips');
    expect(String(call!.body.text)).toContain('Tip');
    expect(JSON.stringify(call!.body.blocks)).toContain('read_principle');
    expect(JSON.stringify(call!.body.blocks)).not.toContain('share_reply');
  });

  it('reports an archived channel as permanent', async () => {
    fake.failures['chat.postMessage'] = 'is_archived';
    try {
      expect(await sender().deliver({ platform: 'slack', conversationId: 'C0GONE' }, { kind: 'help' })).toEqual({ status: 'permanent', reason: 'is_archived' });
    } finally {
      delete fake.failures['chat.postMessage'];
    }
  });

  it('reports a workspace without a token as permanent, and other platforms as not its business', async () => {
    expect((await sender(null).deliver({ platform: 'slack', conversationId: 'C1' }, { kind: 'help' })).status).toBe('permanent');
    expect((await sender().deliver({ platform: 'teams', conversationId: 'x' }, { kind: 'help' })).status).toBe('permanent');
  });

  it('reports an uninstalled workspace (the installation store has none) as permanent, and a store failure as retry', async () => {
    const uninstalled = new SlackSender(async () => Promise.reject(new InstallationNotFoundError('T0GONE')), interactiveClientOptions(`${fake.url}/api`));
    expect(await uninstalled.deliver({ platform: 'slack', conversationId: 'C1', workspaceId: 'T0GONE' }, { kind: 'help' })).toEqual({ status: 'permanent', reason: 'the app is not installed in this workspace' });
    const storeDown = new SlackSender(async () => Promise.reject(new Error('connection refused')), interactiveClientOptions(`${fake.url}/api`));
    expect((await storeDown.deliver({ platform: 'slack', conversationId: 'C1', workspaceId: 'T0001' }, { kind: 'help' })).status).toBe('retry');
  });
});

/**
 * The scheduler owns retries: the Web API client must not post again by itself, or a tip Slack had
 * already accepted (the answer lost to a 5xx or a timeout) would appear twice in the channel.
 */
describe('SlackSender never retries by itself', () => {
  let server: Server;
  let url = '';
  let posts = 0;
  let answer: (res: import('node:http').ServerResponse) => void = (res) => res.end('{"ok":true}');

  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        if (req.url?.startsWith('/api/chat.postMessage')) posts += 1;
        answer(res);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  beforeEach(() => {
    posts = 0;
  });

  // The sender is given the interactive options (with retries), as the Slack adapter does.
  const sender = () => new SlackSender(async () => 'xoxb-tips', interactiveClientOptions(url));
  const where = { platform: 'slack', conversationId: 'C0TIPS', workspaceId: 'T0001' } as const;

  it('posts once on an HTTP 500 and reports retry to the scheduler', async () => {
    answer = (res) => {
      res.statusCode = 500;
      res.end('oops');
    };
    const result = await sender().deliver(where, { kind: 'help' });
    expect(result.status).toBe('retry');
    expect(posts).toBe(1);
  });

  it('posts once on a 429 and hands back Retry-After, without waiting it out', async () => {
    answer = (res) => {
      res.statusCode = 429;
      res.setHeader('retry-after', '3600');
      res.end('');
    };
    // An hour's Retry-After: had the client waited it out, this would never resolve within the test.
    expect(await sender().deliver(where, { kind: 'help' })).toEqual({ status: 'retry', reason: 'rate limited by Slack', retryAfterMs: 3_600_000 });
    expect(posts).toBe(1);
  });

  it('keeps the base URL and timeout but turns retries off and rate limits into errors', () => {
    const options = weeklyTipClientOptions(interactiveClientOptions('https://slack.example/api'));
    expect(options).toMatchObject({ slackApiUrl: 'https://slack.example/api/', timeout: 10_000, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true });
    expect(interactiveClientOptions(undefined).retryConfig?.retries).toBe(2); // interactive clients unchanged
  });
});
