import { z } from 'zod';
import { rememberSecrets } from '../logging/redact';

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const envSchema = z.object({
  NODE_ENV: optionalText,
  PORT: optionalText.pipe(z.string().regex(/^\d+$/, 'must be a port number').transform(Number).pipe(z.number().int().max(65535, 'must be a port number')).optional()),
  DATABASE_URL: optionalText,
  CONTENT_DIR: optionalText,
  LOG_LEVEL: optionalText.pipe(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'must be one of fatal, error, warn, info, debug, trace, silent' }).optional()),
  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_API_URL: optionalText.pipe(z.url({ error: 'must be a full URL such as https://slack.com/api/' }).optional()),
  SLACK_CLIENT_ID: optionalText,
  SLACK_CLIENT_SECRET: optionalText,
  SLACK_STATE_SECRET: optionalText,
  TOKEN_ENCRYPTION_KEY: optionalText,
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: optionalText.pipe(z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], { error: 'must be SingleTenant, MultiTenant or UserAssignedMSI' }).optional()),
  MicrosoftAppTenantId: optionalText,
  PUBLIC_URL: optionalText.pipe(z.url({ error: 'must be a full URL such as https://thinkagain.example.org' }).optional()),
  SCHEDULER: optionalText.pipe(z.enum(['on', 'off'], { error: 'must be on or off' }).optional()),
  INSIGHTS: optionalText.pipe(z.enum(['on', 'off'], { error: 'must be on or off' }).optional()),
  INSIGHTS_RETENTION_DAYS: optionalText.pipe(z.string().regex(/^\d+$/, 'must be a whole number of days from 1 to 3650').transform(Number).pipe(z.number().int().min(1, 'must be a whole number of days from 1 to 3650').max(3650, 'must be a whole number of days from 1 to 3650')).optional()),
});

export type SlackConfig =
  | { mode: 'off' }
  | { mode: 'http'; botToken: string; signingSecret: string; apiUrl?: string }
  | { mode: 'socket'; botToken: string; appToken: string; signingSecret?: string; apiUrl?: string }
  | { mode: 'oauth'; clientId: string; clientSecret: string; stateSecret: string; signingSecret: string; apiUrl?: string };

export interface TeamsConfig {
  /** False in production when no app id is set: the Teams endpoint is not mounted at all. */
  enabled: boolean;
  /** True when no app id is set: Bot Framework's unauthenticated local mode (never in production). */
  localMode: boolean;
  appId?: string;
  appPassword?: string;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  tenantId?: string;
}

export interface Config {
  production: boolean;
  port: number;
  database: { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };
  contentDir: string;
  logLevel: string;
  slack: SlackConfig;
  teams: TeamsConfig;
  /** 32-byte key for encrypting stored Slack tokens, when set. */
  tokenEncryptionKey?: Buffer;
  publicUrl?: string;
  schedulerEnabled: boolean;
  /** What Slack and Teams interactions are recorded for the insights report, and for how long. */
  insights: InsightsConfig;
}

export interface InsightsConfig {
  /** False with INSIGHTS=off: nothing is recorded. */
  enabled: boolean;
  retentionDays: number;
}

export const DEFAULT_INSIGHTS_RETENTION_DAYS = 90;

/** Every problem with the configuration, listed together so they can all be fixed at once. */
export class ConfigError extends Error {
  readonly code = 'thinkagain_config_invalid';
  constructor(readonly problems: string[]) {
    super(`ThinkAgain cannot start; the configuration has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * What the terminal commands that only read content (`ask`, `chat`, `content check`) need: they must
 * work with any server configuration, including a production one they have no use for.
 */
export function readContentDir(env: NodeJS.ProcessEnv): string {
  const dir = env.CONTENT_DIR?.trim();
  return dir ? dir : 'content';
}

/** Reads and validates configuration once. Error messages name variables, never their values. */
export function readConfig(env: NodeJS.ProcessEnv): Config {
  const problems: string[] = [];
  let parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    // Note each malformed variable, then check the rest without it, so one message lists everything.
    problems.push(...parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`));
    const malformed = new Set(parsed.error.issues.map((i) => String(i.path[0])));
    parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([key]) => !malformed.has(key))));
    if (!parsed.success) throw new ConfigError(problems);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  // From here on, every log line and logged error blanks these values wherever they appear.
  rememberSecrets([e.SLACK_BOT_TOKEN, e.SLACK_APP_TOKEN, e.SLACK_SIGNING_SECRET, e.SLACK_CLIENT_SECRET, e.SLACK_STATE_SECRET, e.MicrosoftAppPassword, e.TOKEN_ENCRYPTION_KEY, passwordIn(e.DATABASE_URL)]);

  const slack = slackConfig(e, problems);
  const teams = teamsConfig(e, problems);
  if (production && teams.localMode) {
    // Production never serves Teams unauthenticated: without an app id the endpoint is simply not
    // mounted, which is right for a Slack-only deployment and refused when nothing else is configured.
    teams.enabled = false;
    if (slack.mode === 'off') {
      problems.push('NODE_ENV=production refuses to start without credentials and will not serve an unauthenticated Teams endpoint: set MicrosoftAppId and MicrosoftAppPassword (Teams), or SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (Slack)');
    }
  }

  let tokenEncryptionKey: Buffer | undefined;
  if (e.TOKEN_ENCRYPTION_KEY) {
    tokenEncryptionKey = decodeKey(e.TOKEN_ENCRYPTION_KEY);
    if (!tokenEncryptionKey) problems.push('TOKEN_ENCRYPTION_KEY must be 32 bytes, written as 64 hex characters or base64 (make one with: openssl rand -hex 32)');
  } else if (slack.mode === 'oauth' && production) {
    problems.push('TOKEN_ENCRYPTION_KEY is required in production when Slack OAuth is configured: stored tokens must be encrypted');
  }

  if (problems.length > 0) throw new ConfigError(problems);
  const databaseUrl = e.DATABASE_URL ?? 'data/thinkagain.db';
  const config: Config = {
    production,
    port: e.PORT ?? 3978,
    database: /^postgres(ql)?:\/\//.test(databaseUrl) ? { kind: 'postgres', url: databaseUrl } : { kind: 'sqlite', path: databaseUrl.replace(/^sqlite:(\/\/)?/, '') },
    contentDir: readContentDir(env),
    logLevel: e.LOG_LEVEL ?? 'info',
    slack,
    teams,
    schedulerEnabled: e.SCHEDULER !== 'off',
    insights: { enabled: e.INSIGHTS !== 'off', retentionDays: e.INSIGHTS_RETENTION_DAYS ?? DEFAULT_INSIGHTS_RETENTION_DAYS },
  };
  if (tokenEncryptionKey) config.tokenEncryptionKey = tokenEncryptionKey;
  if (e.PUBLIC_URL) config.publicUrl = e.PUBLIC_URL.replace(/\/+$/, '');
  return config;
}

type Env = z.infer<typeof envSchema>;

function slackConfig(e: Env, problems: string[]): SlackConfig {
  const apiUrl = e.SLACK_API_URL ? { apiUrl: e.SLACK_API_URL } : {};
  const oauthParts = [e.SLACK_CLIENT_ID, e.SLACK_CLIENT_SECRET, e.SLACK_STATE_SECRET];
  if (oauthParts.some(Boolean)) {
    if (!oauthParts.every(Boolean)) problems.push('Slack OAuth needs all of SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET');
    if (!e.SLACK_SIGNING_SECRET) problems.push('Slack OAuth needs SLACK_SIGNING_SECRET');
    if (e.SLACK_BOT_TOKEN) problems.push('SLACK_BOT_TOKEN is for a single workspace; leave it empty when SLACK_CLIENT_ID (multi-workspace OAuth) is set');
    return { mode: 'oauth', clientId: e.SLACK_CLIENT_ID ?? '', clientSecret: e.SLACK_CLIENT_SECRET ?? '', stateSecret: e.SLACK_STATE_SECRET ?? '', signingSecret: e.SLACK_SIGNING_SECRET ?? '', ...apiUrl };
  }
  if (e.SLACK_APP_TOKEN) {
    if (!e.SLACK_BOT_TOKEN) problems.push('SLACK_APP_TOKEN (Socket Mode) also needs SLACK_BOT_TOKEN');
    if (!e.SLACK_APP_TOKEN.startsWith('xapp-')) problems.push('SLACK_APP_TOKEN must be an app-level token starting with xapp-');
    const socket: SlackConfig = { mode: 'socket', botToken: e.SLACK_BOT_TOKEN ?? '', appToken: e.SLACK_APP_TOKEN, ...apiUrl };
    if (e.SLACK_SIGNING_SECRET) socket.signingSecret = e.SLACK_SIGNING_SECRET;
    return socket;
  }
  if (e.SLACK_BOT_TOKEN || e.SLACK_SIGNING_SECRET) {
    if (!e.SLACK_BOT_TOKEN) problems.push('SLACK_SIGNING_SECRET is set but SLACK_BOT_TOKEN is missing');
    if (!e.SLACK_SIGNING_SECRET) problems.push('SLACK_BOT_TOKEN is set but SLACK_SIGNING_SECRET is missing');
    return { mode: 'http', botToken: e.SLACK_BOT_TOKEN ?? '', signingSecret: e.SLACK_SIGNING_SECRET ?? '', ...apiUrl };
  }
  return { mode: 'off' };
}

function teamsConfig(e: Env, problems: string[]): TeamsConfig {
  const appType = e.MicrosoftAppType ?? (e.MicrosoftAppId ? 'SingleTenant' : 'MultiTenant');
  if (!e.MicrosoftAppId) {
    if (appType !== 'MultiTenant') problems.push(`MicrosoftAppType=${appType} needs MicrosoftAppId`);
    return { enabled: true, localMode: true, appType: 'MultiTenant' };
  }
  if (appType !== 'UserAssignedMSI' && !e.MicrosoftAppPassword) problems.push('MicrosoftAppId is set but MicrosoftAppPassword is missing');
  if (appType === 'SingleTenant' && !e.MicrosoftAppTenantId) problems.push('MicrosoftAppType=SingleTenant needs MicrosoftAppTenantId (your Azure tenant id)');
  const teams: TeamsConfig = { enabled: true, localMode: false, appId: e.MicrosoftAppId, appType };
  if (e.MicrosoftAppPassword) teams.appPassword = e.MicrosoftAppPassword;
  if (e.MicrosoftAppTenantId) teams.tenantId = e.MicrosoftAppTenantId;
  return teams;
}

function decodeKey(value: string): Buffer | undefined {
  const buffer = /^[0-9a-f]{64}$/i.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  return buffer.length === 32 ? buffer : undefined;
}

/** The password inside a connection URL, if any. */
function passwordIn(url: string | undefined): string | undefined {
  if (!url || !/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return undefined;
  try {
    return decodeURIComponent(new URL(url).password) || undefined;
  } catch {
    return undefined;
  }
}
