import { personalMessage } from './support/activities';
import { startFakeConnector } from './support/fake-connector';
import { startTeamsServer } from './support/teams-server';

test('with MicrosoftAppId set, a request without a Bot Framework token is refused (401) before any turn runs', async () => {
  const connector = await startFakeConnector();
  const bot = await startTeamsServer({ enabled: true, localMode: false, appId: '00000000-0000-0000-0000-0000000000aa', appPassword: 'not-a-real-secret', appType: 'SingleTenant', tenantId: '00000000-0000-0000-0000-0000000000bb' });
  // botbuilder prints the AuthenticationError with console.error; keep the test output clean.
  const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    const res = await bot.post(personalMessage(connector.url, 'help'));
    expect(res.status).toBe(401);
    expect(res.text).not.toContain('not-a-real-secret');
    expect(connector.posts).toEqual([]);
    // Refusing a missing header needs no network: nothing is fetched from login.microsoftonline.com.
    expect(bot.adapter.describe()).toBe('Teams: authenticated as app 00000000… (SingleTenant), endpoint /api/messages');
  } finally {
    quiet.mockRestore();
    await bot.close();
    await connector.close();
  }
});
