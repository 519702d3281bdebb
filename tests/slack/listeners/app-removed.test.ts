import { until } from '../../support/until';
import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { SubscriptionDirectory } from '../../../src/core/ports';
import type { Platform } from '../../../src/core/conversation';
import { REMOVED_REASON } from '../../../src/slack/listeners/app-removed';
import { eventBody, sendSigned } from '../support/signed-requests';
import { startSlackHarness, type SlackHarness } from '../support/slack-harness';

const JSON_TYPE = 'application/json';

/** Records what the listener asks of the store. */
class RecordingDirectory implements SubscriptionDirectory {
  readonly ended: Array<{ platform: Platform; workspaceId: string; reason: string }> = [];
  async listForWorkspace() {
    return [];
  }
  async endForWorkspace(platform: Platform, workspaceId: string, reason: string) {
    this.ended.push({ platform, workspaceId, reason });
    return 1;
  }
  async endForConversation() {
    return false;
  }
}

class RecordingInstallations implements InstallationStore {
  readonly deleted: Array<InstallationQuery<boolean>> = [];
  async storeInstallation() {}
  async fetchInstallation(): Promise<Installation<'v1' | 'v2', boolean>> {
    throw new Error('not used');
  }
  async deleteInstallation(query: InstallationQuery<boolean>) {
    this.deleted.push(query);
  }
}

describe('Slack app_uninstalled and tokens_revoked', () => {
  let h: SlackHarness;
  const directory = new RecordingDirectory();
  const installations = new RecordingInstallations();
  beforeAll(async () => {
    h = await startSlackHarness({ deps: { subscriptionDirectory: directory, slackInstallationStore: installations } });
  });
  afterAll(() => h.close());

  it('ends the workspace’s subscriptions and deletes its installation when the app is uninstalled', async () => {
    const res = await sendSigned(h.eventsUrl, eventBody('EvGone1', { type: 'app_uninstalled', event_ts: '1712345700.000100' }), JSON_TYPE);
    expect(res.status).toBe(200);
    await until(() => installations.deleted.length === 1);
    expect(directory.ended).toEqual([{ platform: 'slack', workspaceId: 'T0001', reason: REMOVED_REASON }]);
    expect(installations.deleted[0]).toMatchObject({ teamId: 'T0001', isEnterpriseInstall: false });
    expect(installations.deleted[0]!.enterpriseId ?? undefined).toBeUndefined();
    expect(h.logs.filter((l) => l.msg === 'interaction' && l.kind === 'app_uninstalled')).toEqual([expect.objectContaining({ platform: 'slack', outcome: 'ok' })]);
  });

  it('does the same when the bot token is revoked', async () => {
    directory.ended.length = 0;
    installations.deleted.length = 0;
    await sendSigned(h.eventsUrl, eventBody('EvGone2', { type: 'tokens_revoked', tokens: { bot: ['U0BOT'] }, event_ts: '1712345701.000100' }), JSON_TYPE);
    await until(() => installations.deleted.length === 1);
    expect(directory.ended).toEqual([{ platform: 'slack', workspaceId: 'T0001', reason: REMOVED_REASON }]);
  });

  it('ignores a revocation of user tokens only: the bot still works', async () => {
    directory.ended.length = 0;
    installations.deleted.length = 0;
    await sendSigned(h.eventsUrl, eventBody('EvGone3', { type: 'tokens_revoked', tokens: { oauth: ['U0USER01'] }, event_ts: '1712345702.000100' }), JSON_TYPE);
    await h.fake.settle(200);
    expect(directory.ended).toEqual([]);
    expect(installations.deleted).toEqual([]);
  });
});

describe('Slack app_uninstalled without a store', () => {
  it('is acknowledged and logged', async () => {
    const h = await startSlackHarness();
    try {
      const res = await sendSigned(h.eventsUrl, eventBody('EvGone4', { type: 'app_uninstalled', event_ts: '1712345703.000100' }), JSON_TYPE);
      expect(res.status).toBe(200);
      await until(() => h.logs.some((l) => l.msg === 'interaction' && l.kind === 'app_uninstalled'));
    } finally {
      await h.close();
    }
  });
});
