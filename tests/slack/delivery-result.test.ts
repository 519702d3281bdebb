import { deliveryFailure } from '../../src/slack/delivery-result';

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
