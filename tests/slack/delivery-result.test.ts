import { StoreUnavailableError } from '../../src/core/ports';
import { deliveryFailure, tokenLookupFailure } from '../../src/slack/delivery-result';
import { InstallationNotFoundError } from '../../src/slack/installation-store';

describe('deliveryFailure', () => {
  it('turns a rate limit into a retry after Slack’s Retry-After', () => {
    expect(deliveryFailure({ code: 'slack_webapi_rate_limited_error', retryAfter: 30 })).toEqual({ status: 'retry', reason: 'rate limited by Slack', retryAfterMs: 30_000 });
  });

  it('ends the subscription for errors that will never succeed', () => {
    for (const error of ['channel_not_found', 'is_archived', 'not_in_channel', 'token_revoked', 'invalid_auth', 'account_inactive']) {
      expect(deliveryFailure({ code: 'slack_webapi_platform_error', data: { error } })).toEqual({ status: 'permanent', reason: error });
    }
  });

  it('retries other platform errors, HTTP errors and network failures', () => {
    expect(deliveryFailure({ code: 'slack_webapi_platform_error', data: { error: 'internal_error' } }).status).toBe('retry');
    expect(deliveryFailure({ code: 'slack_webapi_http_error', message: '503' }).status).toBe('retry');
    expect(deliveryFailure(new Error('ECONNREFUSED')).status).toBe('retry');
  });
});

describe('tokenLookupFailure', () => {
  it('ends the subscription when the workspace has no installation', () => {
    expect(tokenLookupFailure(new InstallationNotFoundError('T0GONE'))).toEqual({ status: 'permanent', reason: 'the app is not installed in this workspace' });
  });

  it('retries when the store could not be asked', () => {
    expect(tokenLookupFailure(new StoreUnavailableError('connection refused')).status).toBe('retry');
    expect(tokenLookupFailure(new Error('boom')).status).toBe('retry');
  });
});
