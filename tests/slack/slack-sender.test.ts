import { SlackSender } from '../../src/slack/slack-sender';
import { InstallationNotFoundError } from '../../src/store/slack-installation-store';
import { interactiveClientOptions } from '../../src/slack/client-options';
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
