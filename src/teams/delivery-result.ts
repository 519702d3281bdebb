import type { DeliveryResult } from '../core/delivery';
import { safeError, statusOf } from './safe-error';

export const REMOVED_REASON = 'ThinkAgain was removed from this conversation';

/** Turns a failed Connector call into what the scheduler needs: give up, or try again (and when). */
export function deliveryFailure(error: unknown): DeliveryResult {
  const status = statusOf(error);
  if (status === 403 || status === 404) return { status: 'permanent', reason: REMOVED_REASON };
  if (status === 429) {
    const retryAfterMs = retryAfterOf(error);
    return { status: 'retry', reason: 'Teams rate limit (429)', ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  }
  if (status === 401) return { status: 'retry', reason: 'Teams refused the bot’s credentials (401): check MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId' };
  if (status !== undefined) return { status: 'retry', reason: `Teams answered ${status}` };
  return { status: 'retry', reason: `network error: ${safeError(error).code ?? safeError(error).message}` };
}

/** Retry-After in milliseconds (seconds or an HTTP date), from whichever header shape the HTTP client used. */
export function retryAfterOf(error: unknown, now = Date.now()): number | undefined {
  const headers = (error as { response?: { headers?: unknown } } | null)?.response?.headers;
  const value = headerValue(headers, 'retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function headerValue(headers: unknown, name: string): string | undefined {
  if (typeof headers !== 'object' || headers === null) return undefined;
  const h = headers as { get?: unknown } & Record<string, unknown>;
  if (typeof h.get === 'function') {
    const got: unknown = (h.get as (n: string) => unknown).call(headers, name);
    if (typeof got === 'string') return got;
  }
  const direct = h[name] ?? h[name.toLowerCase()];
  return typeof direct === 'string' ? direct : undefined;
}
