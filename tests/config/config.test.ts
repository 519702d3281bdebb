import { ConfigError, readConfig } from '../../src/config/config';

function problems(env: Record<string, string>): string[] {
  try {
    readConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('readConfig: configuration is validated once, with every problem listed', () => {
  it('runs locally with nothing set: SQLite, port 3978, Teams in local mode, Slack off', () => {
    const config = readConfig({});
    expect(config).toMatchObject({
      port: 3978,
      production: false,
      database: { kind: 'sqlite', path: 'data/thinkagain.db' },
      contentDir: 'content',
      slack: { mode: 'off' },
      teams: { enabled: true, localMode: true },
      schedulerEnabled: true,
    });
  });

  it('chooses PostgreSQL from a postgres:// URL', () => {
    expect(readConfig({ DATABASE_URL: 'postgres://u@db:5432/x' }).database).toEqual({ kind: 'postgres', url: 'postgres://u@db:5432/x' });
  });

  it('picks the Slack mode from the tokens given', () => {
    expect(readConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }).slack.mode).toBe('http');
    expect(readConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack.mode).toBe('socket');
    expect(readConfig({ SLACK_CLIENT_ID: 'c', SLACK_CLIENT_SECRET: 's', SLACK_STATE_SECRET: 't', SLACK_SIGNING_SECRET: 'g' }).slack.mode).toBe('oauth');
  });

  it('refuses production with no platform credentials, naming both ways to fix it', () => {
    expect(problems({ NODE_ENV: 'production' })).toEqual([expect.stringMatching(/refuses to start without credentials and will not serve an unauthenticated Teams endpoint.*MicrosoftAppId.*SLACK_BOT_TOKEN/)]);
  });

  it('never serves Teams unauthenticated in production: a Slack-only deployment runs without the Teams endpoint', () => {
    const config = readConfig({ NODE_ENV: 'production', SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' });
    expect(config.teams).toMatchObject({ enabled: false, localMode: true });
    expect(readConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }).teams.enabled).toBe(true);
    expect(readConfig({ NODE_ENV: 'production', MicrosoftAppId: 'id', MicrosoftAppPassword: 'p', MicrosoftAppTenantId: 't' }).teams).toMatchObject({ enabled: true, localMode: false, appType: 'SingleTenant' });
  });

  it('lists every problem together, naming variables and never their values', () => {
    const found = problems({
      PORT: 'eighty',
      SLACK_BOT_TOKEN: 'xoxb-secret-value',
      MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
      MicrosoftAppType: 'SingleTenant',
      TOKEN_ENCRYPTION_KEY: 'too-short-secret',
    });
    expect(found).toEqual(
      expect.arrayContaining([expect.stringContaining('PORT'), expect.stringContaining('SLACK_SIGNING_SECRET'), expect.stringContaining('MicrosoftAppPassword'), expect.stringContaining('MicrosoftAppTenantId')]),
    );
    const noPort = problems({ SLACK_BOT_TOKEN: 'xoxb-secret-value', MicrosoftAppId: 'id', MicrosoftAppType: 'SingleTenant', TOKEN_ENCRYPTION_KEY: 'too-short-secret' });
    expect(noPort.length).toBeGreaterThanOrEqual(4);
    expect(noPort.join('\n')).not.toMatch(/xoxb-secret-value|too-short-secret/);
  });

  it('refuses SingleTenant with no app id, as botbuilder would throw at start-up', () => {
    expect(problems({ MicrosoftAppType: 'SingleTenant' })).toEqual(['MicrosoftAppType=SingleTenant needs MicrosoftAppId']);
  });

  it('requires the token encryption key for Slack OAuth in production', () => {
    const found = problems({
      NODE_ENV: 'production',
      SLACK_CLIENT_ID: 'c',
      SLACK_CLIENT_SECRET: 's',
      SLACK_STATE_SECRET: 't',
      SLACK_SIGNING_SECRET: 'g',
      MicrosoftAppId: 'id',
      MicrosoftAppPassword: 'p',
      MicrosoftAppType: 'MultiTenant',
    });
    expect(found).toEqual([expect.stringContaining('TOKEN_ENCRYPTION_KEY is required in production')]);
  });
});
