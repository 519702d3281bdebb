import type { webApi } from '@slack/bolt';
import type { Logger } from '../logging/logger';
import { redactText } from '../logging/redact';

export interface BotIdentity {
  botUserId: string;
  botId: string;
  teamId?: string;
}

/**
 * The bot's own ids from `auth.test`, asked once and cached. A failure (bad token, Slack down) is
 * logged and never crashes the process: the next request asks again after `retryAfterMs`.
 */
export class BotIdentityCache {
  private pending: Promise<BotIdentity> | undefined;
  private failedAt = 0;

  constructor(
    private readonly client: webApi.WebClient,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
    private readonly retryAfterMs = 10_000,
  ) {}

  get(): Promise<BotIdentity> {
    if (this.pending) return this.pending;
    if (this.failedAt && this.now() - this.failedAt < this.retryAfterMs) return Promise.reject(new Error('Slack auth.test failed recently; not retrying yet'));
    const attempt = this.client.auth.test().then((r) => {
      if (!r.user_id || !r.bot_id) throw new Error('auth.test did not return a bot user: SLACK_BOT_TOKEN must be a bot token (xoxb-…)');
      const identity: BotIdentity = { botUserId: r.user_id, botId: r.bot_id };
      if (r.team_id) identity.teamId = r.team_id;
      return identity;
    });
    this.pending = attempt;
    attempt.catch((error: unknown) => {
      this.pending = undefined;
      this.failedAt = this.now();
      this.logger.error({ err: describeError(error) }, 'Slack auth.test failed: check SLACK_BOT_TOKEN (and SLACK_API_URL if set). Slack requests will be refused until it succeeds; other platforms keep working.');
    });
    return attempt;
  }
}

/** Error details safe to log: the message and Slack's error code, never request headers or tokens. */
export function describeError(error: unknown): { message: string; code?: string; slackError?: string } {
  if (!(error instanceof Error)) return { message: redactText(String(error)) };
  const withCode = error as Error & { code?: unknown; data?: { error?: unknown } };
  const out: { message: string; code?: string; slackError?: string } = { message: redactText(error.message) };
  if (typeof withCode.code === 'string') out.code = withCode.code;
  if (typeof withCode.data?.error === 'string') out.slackError = withCode.data.error;
  return out;
}
