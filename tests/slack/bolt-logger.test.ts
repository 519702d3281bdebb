import { createLogger } from '../../src/logging/logger';
import { redactText as scrubSecrets } from '../../src/logging/redact';
import { boltLogger } from '../../src/slack/bolt-logger';

const BOT = 'xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx';
const USER = 'xoxp-1111-2222-3333-abcdefabcdef';
const APP = 'xapp-1-A0APP01-1234567890-abcdef0123456789';
const REFRESH = 'xoxe-1-My0xLTEyMzQ1Ng';
const BASIC = 'Y2xpZW50OnNlY3JldA==';

function capture() {
  const lines: string[] = [];
  const logger = createLogger('debug', { write: (line: string) => void lines.push(line) });
  return { bolt: boltLogger(logger), lines };
}

describe('Bolt logger', () => {
  it('never prints a token or an Authorization header, whatever shape Bolt logs them in', () => {
    const { bolt, lines } = capture();
    bolt.debug(`http request url: https://slack.com/api/auth.test?token=${BOT}`);
    bolt.debug('http request headers:', { headers: { Authorization: `Bearer ${BOT}`, 'User-Agent': 'bolt' } });
    bolt.info('request', { config: { headers: { authorization: `Bearer ${USER}` } }, data: `token=${APP}&client_secret=s3cr3t-value` });
    bolt.warn(`Authorization: Basic ${BASIC}`, { nested: [{ deeper: { note: `refresh with ${REFRESH}` } }] });
    bolt.error(new Error(`An API error occurred: invalid_auth for ${BOT}`));
    bolt.error('failed', { token: BOT, botToken: BOT, appToken: APP, signingSecret: 'sig-secret-1' });
    expect(lines).toHaveLength(6);
    const all = lines.join('\n');
    for (const secret of [BOT, USER, APP, REFRESH, BASIC, 's3cr3t-value', 'sig-secret-1', 'xoxb-', 'xoxp-', 'xapp-1', 'xoxe-1']) expect(all).not.toContain(secret);
    expect(all).toContain('[redacted]');
  });

  it('keeps the useful part: messages, levels, and non-secret fields as structured details', () => {
    const { bolt, lines } = capture();
    bolt.warn('rate limited, retrying in', 3, 'seconds', { method: 'chat.postMessage', attempt: 2 });
    const line = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(line).toMatchObject({ level: 40, component: 'bolt', msg: 'rate limited, retrying in 3 seconds', details: { method: 'chat.postMessage', attempt: 2 } });
  });

  it('copes with circular objects and respects the level', () => {
    const lines: string[] = [];
    const bolt = boltLogger(createLogger('warn', { write: (line: string) => void lines.push(line) }));
    const loop: Record<string, unknown> = { name: 'loop' };
    loop.self = loop;
    bolt.debug('not shown', BOT);
    bolt.error('loop', loop);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('[circular]');
  });

  it('scrubs every Slack token shape from plain text', () => {
    for (const token of ['xoxb-1-2-abc', 'xoxp-1-2-3-abc', 'xoxa-2-abc', 'xoxr-abc', 'xoxs-abc', 'xoxe.xoxp-1-abc', APP]) {
      expect(scrubSecrets(`before ${token} after`)).toBe('before [redacted] after');
    }
  });
});
