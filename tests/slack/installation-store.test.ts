import { randomBytes } from 'node:crypto';
import type { Installation } from '@slack/bolt';
import { InstallationNotFoundError, SlackInstallationStore } from '../../src/slack/installation-store';
import type { Store } from '../../src/store/store';
import { TokenCipher } from '../../src/store/token-cipher';
import { describeEachDatabase } from '../support/test-databases';

const teamInstall = {
  team: { id: 'T1', name: 'Council' },
  enterprise: undefined,
  bot: { token: 'xoxb-team-secret', scopes: ['chat:write'], id: 'B1', userId: 'U1' },
  user: { id: 'U9', token: undefined, scopes: undefined },
  isEnterpriseInstall: false,
  appId: 'A1',
  tokenType: 'bot',
} as unknown as Installation<'v2', false>;

const orgInstall = {
  team: undefined,
  enterprise: { id: 'E1', name: 'Grid' },
  bot: { token: 'xoxb-org-secret', scopes: ['chat:write'], id: 'B2', userId: 'U2' },
  user: { id: 'U8', token: undefined, scopes: undefined },
  isEnterpriseInstall: true,
  appId: 'A1',
  tokenType: 'bot',
} as unknown as Installation<'v2', true>;

describeEachDatabase('the Slack installation store', (kind) => {
  let store: Store;
  let installations: SlackInstallationStore;

  beforeAll(async () => {
    store = (await kind.create()).open();
    await store.migrate();
    installations = new SlackInstallationStore(store.installations, new TokenCipher(randomBytes(32), { production: true }));
  });

  it('stores a workspace install encrypted and fetches it back for that workspace', async () => {
    await installations.storeInstallation(teamInstall);
    expect(await store.installations.get('T:T1')).not.toContain('xoxb');
    const fetched = await installations.fetchInstallation({ teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false });
    expect(fetched.bot?.token).toBe('xoxb-team-secret');
  });

  it('keys an org-wide Enterprise Grid install by the organisation', async () => {
    await installations.storeInstallation(orgInstall);
    const fetched = await installations.fetchInstallation({ teamId: 'T77', enterpriseId: 'E1', isEnterpriseInstall: true });
    expect(fetched.bot?.token).toBe('xoxb-org-secret');
  });

  it('deletes an installation (app_uninstalled, tokens_revoked); fetching it then fails', async () => {
    await installations.deleteInstallation({ teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false });
    await expect(installations.fetchInstallation({ teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false })).rejects.toBeInstanceOf(InstallationNotFoundError);
  });
});
