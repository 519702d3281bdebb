import { createLogger } from '../../src/logging/logger';

function capture() {
  const lines: string[] = [];
  return { lines, logger: createLogger('debug', { write: (l: string) => void lines.push(l) }) };
}

describe('the logger never writes a secret', () => {
  it('redacts token and password fields', () => {
    const { lines, logger } = capture();
    logger.info({ token: 'xoxb-111-222-abc', config: { password: 'hunter2', botToken: 'xoxb-333' }, headers: { authorization: 'Bearer abc.def' } }, 'starting');
    expect(lines.join('\n')).not.toMatch(/xoxb-111|hunter2|xoxb-333|abc\.def/);
  });

  it('logs an HTTP client error by name, message and status only, without its request headers', () => {
    const { lines, logger } = capture();
    const error = Object.assign(new Error('request failed for xoxb-999-888-secret'), {
      status: 401,
      config: { headers: { Authorization: 'Bearer very-secret-value' } },
      request: { headers: { authorization: 'Bearer very-secret-value' } },
    });
    logger.error({ err: error }, 'send failed');
    const line = JSON.parse(lines[0]!) as { err: Record<string, unknown> };
    expect(line.err).toMatchObject({ type: 'Error', status: 401 });
    expect(lines[0]).not.toMatch(/very-secret-value|xoxb-999/);
  });
});
