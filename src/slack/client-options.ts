import type { webApi } from '@slack/bolt';

/**
 * Web API client settings for interactive paths: the configured base URL (GovSlack, tests), a
 * bounded timeout, and a couple of quick retries rather than the default half-hour back-off.
 */
export function interactiveClientOptions(apiUrl: string | undefined): webApi.WebClientOptions {
  const options: webApi.WebClientOptions = { timeout: 10_000, retryConfig: { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 2_000 } };
  if (apiUrl) options.slackApiUrl = apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`;
  return options;
}

/**
 * The same settings for the weekly-tip sender, with the client's own retries turned off: the scheduler
 * owns retries (with its claim in the database), and a client retrying by itself after a timeout or a
 * 5xx could post a tip that Slack had already accepted a second time. Rate limits are not waited out
 * either: a 429 comes back at once as an error carrying Retry-After, for the scheduler to pace itself.
 */
export function weeklyTipClientOptions(base: webApi.WebClientOptions): webApi.WebClientOptions {
  return { ...base, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true };
}
