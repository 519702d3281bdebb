import type { TurnContext } from 'botbuilder';
import { readConfig } from '../../src/config/config';
import { type DeliveryLedger, StoreUnavailableError } from '../../src/core/ports';
import { createLogger, type Logger } from '../../src/logging/logger';
import { redactText } from '../../src/logging/redact';
import { boltLogger } from '../../src/slack/bolt-logger';
import { BotIdentityCache } from '../../src/slack/bot-identity';
import { turnErrorHandler } from '../../src/teams/turn-error';
import { deliveryFailure } from '../../src/teams/delivery-result';
import { TipScheduler } from '../../src/scheduler/tip-scheduler';
import { tipReply } from '../scheduler/scheduler-support';

/**
 * Every secret shape, through every path that writes a log line or stores an error text. `secret` is
 * the part that must never appear; `text` is how it shows up in the wild.
 */
const KEY_HEX = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
const JWT = 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJhdWQiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIn0.c2lnbmF0dXJlLXBhcnQ';
const SAMPLES: Array<{ name: string; text: string; secret: string }> = [
  { name: 'Slack bot token (xoxb-)', text: 'token xoxb-1234567890-0987654321-AbCdEfGhIjKl failed', secret: 'xoxb-1234567890' },
  { name: 'Slack user token (xoxp-)', text: 'used xoxp-1111-2222-3333-abcdefabcdef', secret: 'xoxp-1111' },
  { name: 'Slack app-level token (xapp-)', text: 'socket xapp-1-A0APP01-1234567890-abcdef0123456789 refused', secret: 'xapp-1-A0APP01' },
  { name: 'Slack rotating token (xoxe.)', text: 'refresh xoxe.xoxp-1-Mi0yLTEyMzQ1Njc4OTAtMTIz expired', secret: 'Mi0yLTEyMzQ1Njc4OTAtMTIz' },
  { name: 'Slack refresh token (xoxe-)', text: 'refresh_token xoxe-1-My0xLTEyMzQ1Njc4OTAtMTIzNDU2', secret: 'My0xLTEyMzQ1Njc4OTAtMTIzNDU2' },
  { name: 'Bot Framework bearer token', text: `Authorization: Bearer ${JWT}`, secret: JWT.slice(0, 40) },
  { name: 'Bot Framework token without its header', text: `token was ${JWT}`, secret: JWT.slice(40) },
  { name: 'client secret in a form body', text: 'client_id=123.456&client_secret=8c3f0e2d9b7a4c1e5f60&code=abc', secret: '8c3f0e2d9b7a4c1e5f60' },
  { name: 'configured Teams client secret, shapeless', text: 'login failed for Q8~x.yzAbcDef_0123', secret: 'Q8~x.yzAbcDef_0123' },
  { name: 'TOKEN_ENCRYPTION_KEY (64 hex)', text: `key ${KEY_HEX} rejected`, secret: KEY_HEX },
  { name: 'password inside DATABASE_URL', text: 'could not connect to postgres://thinkagain:s3cr3t-Pa55@db.internal:5432/bot', secret: 's3cr3t-Pa55' },
];

// The process's configuration, read as at start-up: its secret values join the shapes.
readConfig({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'Q8~x.yzAbcDef_0123', MicrosoftAppTenantId: '00000000-0000-0000-0000-000000000002', TOKEN_ENCRYPTION_KEY: KEY_HEX, LOG_LEVEL: 'silent' });

function capture(): { lines: string[]; logger: Logger } {
  const lines: string[] = [];
  return { lines, logger: createLogger('debug', { write: (line: string) => void lines.push(line) }) };
}

describe.each(SAMPLES)('$name never reaches a log line or a stored error', ({ text, secret }) => {
  it('through the redaction function itself', () => {
    expect(redactText(text)).not.toContain(secret);
    expect(redactText(text)).toContain('[redacted]');
  });

  it('through the pino logger: message, fields, nested fields and errors', () => {
    const { lines, logger } = capture();
    logger.info(`starting: ${text}`);
    logger.warn({ detail: text, nested: { list: [text] } }, 'something happened');
    logger.error({ err: new Error(text) }, 'failed');
    logger.error({ error: Object.assign(new Error('request failed'), { config: { headers: { Authorization: text } } }) }, 'http failed');
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line).not.toContain(secret);
  });

  it('through the Bolt logger', () => {
    const { lines, logger } = capture();
    const bolt = boltLogger(logger);
    bolt.debug(text);
    bolt.error(new Error(text), { request: { body: text } });
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).not.toContain(secret);
  });

  it('through the Slack auth.test failure log', async () => {
    const { lines, logger } = capture();
    const client = { auth: { test: () => Promise.reject(Object.assign(new Error(text), { code: 'slack_webapi_platform_error', data: { error: 'invalid_auth' } })) } };
    const cache = new BotIdentityCache(client as unknown as ConstructorParameters<typeof BotIdentityCache>[0], logger);
    await expect(cache.get()).rejects.toThrow();
    await new Promise((r) => setImmediate(r));
    expect(lines.join('\n')).toMatch(/auth\.test failed/);
    expect(lines.join('\n')).not.toContain(secret);
  });

  it('through the Teams turn-error log and a Teams delivery failure reason', async () => {
    const { lines, logger } = capture();
    const context = { activity: { type: 'message' }, turnState: new Map(), sendActivity: () => Promise.reject(new Error(text)) } as unknown as TurnContext;
    await turnErrorHandler(logger)(context, Object.assign(new Error(text), { statusCode: 500 }));
    expect(lines.join('\n')).toMatch(/Teams turn failed/);
    expect(lines.join('\n')).not.toContain(secret);
    const result = deliveryFailure(new Error(text));
    expect(JSON.stringify(result)).not.toContain(secret);
  });

  it('through the scheduler: the error log line and the reason kept in the delivery log', async () => {
    const { lines, logger } = capture();
    const reasons: string[] = [];
    const due = { id: 1, address: { platform: 'slack' as const, conversationId: 'C1', workspaceId: 'T1' }, schedule: { day: 'monday' as const, time: '09:00', timeZone: 'Europe/London' }, nextDueAt: new Date('2026-01-05T09:00:00Z'), tipIndex: 0 };
    let found = false;
    const ledger = {
      expire: async () => 0,
      findRecoverable: async () => [],
      findDue: async () => (found ? [] : ((found = true), [due, { ...due, id: 2, address: { ...due.address, conversationId: 'C2' } }])),
      claim: async (d: typeof due) => {
        if (d.id === 1) throw new Error(text);
        return { deliveryId: 2, subscriptionId: 2, address: d.address, dueAt: d.nextDueAt, tipIndex: 0, attempts: 1 };
      },
      defer: async (_held: unknown, _now: Date, _until: Date, reason: string) => void reasons.push(reason),
    } as unknown as DeliveryLedger;
    const failing = { deliver: () => Promise.reject(new Error(text)) };
    const summary = await new TipScheduler({ ledger, senders: { slack: failing }, tipReply, logger }, { maxInRunAttempts: 1 }).runDue(new Date('2026-01-05T09:00:00Z'));
    expect(summary).toMatchObject({ failed: 1, retrying: 1 });
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).not.toContain(secret);
    expect(lines.join('\n')).toMatch(/could not be handled/);
    expect(lines.join('\n')).not.toContain(secret);
  });
});

it('a store error on the answer path is logged without the database password', () => {
  const { lines, logger } = capture();
  logger.warn({ err: new StoreUnavailableError('The database cannot be reached: connect to postgres://bot:hunter2-long@db:5432/x failed') }, 'database unavailable');
  expect(lines[0]).not.toContain('hunter2-long');
});
