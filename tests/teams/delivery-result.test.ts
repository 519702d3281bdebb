import { deliveryFailure, REMOVED_REASON, retryAfterOf } from '../../src/teams/delivery-result';

const httpError = (statusCode: number, headers: Record<string, string> = {}) =>
  Object.assign(new Error(`status ${statusCode}`), { statusCode, response: { status: statusCode, headers: { get: (n: string) => headers[n] } } });

describe('deliveryFailure', () => {
  test('403 and 404: the bot is no longer there, permanently', () => {
    expect(deliveryFailure(httpError(403))).toEqual({ status: 'permanent', reason: REMOVED_REASON });
    expect(deliveryFailure(httpError(404))).toEqual({ status: 'permanent', reason: REMOVED_REASON });
  });
  test('429 honours Retry-After', () => {
    expect(deliveryFailure(httpError(429, { 'retry-after': '7' }))).toEqual({ status: 'retry', reason: 'Teams rate limit (429)', retryAfterMs: 7000 });
    expect(deliveryFailure(httpError(429))).toEqual({ status: 'retry', reason: 'Teams rate limit (429)' });
  });
  test('5xx, 412 and credential problems are retried; a network error too', () => {
    expect(deliveryFailure(httpError(502)).status).toBe('retry');
    expect(deliveryFailure(httpError(412)).status).toBe('retry');
    expect(deliveryFailure(httpError(401))).toMatchObject({ status: 'retry', reason: expect.stringMatching(/MicrosoftAppPassword/) });
    expect(deliveryFailure(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toEqual({ status: 'retry', reason: 'network error: ECONNREFUSED' });
  });
});

test('retryAfterOf reads seconds, HTTP dates and plain header objects', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');
  expect(retryAfterOf({ response: { headers: { 'retry-after': '1.5' } } }, now)).toBe(1500);
  expect(retryAfterOf({ response: { headers: { 'retry-after': 'Wed, 01 Jan 2025 00:00:30 GMT' } } }, now)).toBe(30000);
  expect(retryAfterOf({ response: { headers: { 'retry-after': 'soon' } } }, now)).toBeUndefined();
  expect(retryAfterOf(null, now)).toBeUndefined();
});
