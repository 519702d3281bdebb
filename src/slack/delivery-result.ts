import type { DeliveryResult } from '../core/delivery';
import { InstallationNotFoundError } from './installation-store';

/** Slack errors that will never succeed on retry: the subscription in that channel should end. */
const PERMANENT = new Set([
  'channel_not_found',
  'is_archived',
  'not_in_channel',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'invalid_auth',
  'not_authed',
  'team_access_not_granted',
  'restricted_action',
  'restricted_action_read_only_channel',
  'restricted_action_non_threadable_channel',
  'ekm_access_denied',
  'missing_scope',
  'no_permission',
  'team_not_found',
  'app_uninstalled',
]);

/** Turns a Web API failure into what the scheduler needs to know: retry (and when) or give up. Pure. */
export function deliveryFailure(error: unknown): DeliveryResult {
  const e = error as { code?: unknown; retryAfter?: unknown; data?: { error?: unknown }; message?: unknown };
  if (e.code === 'slack_webapi_rate_limited_error') {
    const seconds = typeof e.retryAfter === 'number' ? e.retryAfter : 1;
    return { status: 'retry', reason: 'rate limited by Slack', retryAfterMs: seconds * 1000 };
  }
  if (e.code === 'slack_webapi_platform_error') {
    const slackError = typeof e.data?.error === 'string' ? e.data.error : 'unknown_error';
    return PERMANENT.has(slackError) ? { status: 'permanent', reason: slackError } : { status: 'retry', reason: slackError };
  }
  const message = typeof e.message === 'string' ? e.message : 'unknown error';
  return { status: 'retry', reason: e.code === 'slack_webapi_http_error' ? `Slack answered with an HTTP error: ${message}` : `could not reach Slack: ${message}` };
}

/**
 * Turns a failed token lookup into a result: a workspace with no installation (never installed, or
 * uninstalled) will never have one, so its subscriptions end; anything else (the store is down) is retried.
 */
export function tokenLookupFailure(error: unknown): DeliveryResult {
  if (error instanceof InstallationNotFoundError) return { status: 'permanent', reason: 'the app is not installed in this workspace' };
  return { status: 'retry', reason: `could not look up the workspace's token: ${error instanceof Error ? error.message : String(error)}` };
}
