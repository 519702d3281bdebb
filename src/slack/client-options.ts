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
