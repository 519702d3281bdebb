import type { SubscriptionDirectory, WorkspaceSubscription } from '../../../src/core/ports';
import type { Platform } from '../../../src/core/conversation';
import { eventBody, sendSigned } from '../support/signed-requests';
import { startSlackHarness, type SlackHarness } from '../support/slack-harness';

const JSON_TYPE = 'application/json';

/** One workspace with two channels: one subscribed, one whose tips ended. */
class OneWorkspace implements SubscriptionDirectory {
  readonly asked: Array<[Platform, string]> = [];
  async listForWorkspace(platform: Platform, workspaceId: string): Promise<WorkspaceSubscription[]> {
    this.asked.push([platform, workspaceId]);
    return [
      { address: { platform: 'slack', conversationId: 'C0CHAN01', workspaceId, label: 'general' }, subscription: { schedule: { day: 'wednesday', time: '14:30', timeZone: 'Europe/London' }, active: true, tipsSent: 3 } },
      { address: { platform: 'slack', conversationId: 'C0OLD001', workspaceId }, subscription: { schedule: { day: 'friday', time: '09:00', timeZone: 'Europe/London' }, active: false, endedReason: 'is_archived', tipsSent: 1 } },
    ];
  }
  async endForWorkspace() {
    return 0;
  }
  async endForConversation() {
    return false;
  }
}

describe('Slack Home tab with a store', () => {
  let h: SlackHarness;
  const directory = new OneWorkspace();
  beforeAll(async () => {
    h = await startSlackHarness({ deps: { subscriptionDirectory: directory } });
  });
  afterAll(() => h.close());

  it('lists this workspace’s active subscriptions, asking the store for this team only', async () => {
    await sendSigned(h.eventsUrl, eventBody('EvHomeSubs1', { type: 'app_home_opened', user: 'U0USER01', channel: 'D0DM0001', tab: 'home', event_ts: '1712345700.000100' }), JSON_TYPE);
    const [call] = await h.fake.waitFor('/api/views.publish');
    expect(directory.asked).toEqual([['slack', 'T0001']]);
    const json = JSON.stringify(call!.body.view);
    expect(json).toContain('Weekly tips in this workspace');
    expect(json).toContain('<#C0CHAN01>');
    expect(json.toLowerCase()).toContain('wednesday');
    expect(json).not.toContain('C0OLD001');
    expect(json).not.toContain('No channel gets weekly tips yet');
  });
});
