import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runTipsDue } from '../../src/cli/tips-run-due';
import { readConfig } from '../../src/config/config';

function capture() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (c: Buffer) => (text += c.toString()));
  return { stream, text: () => text };
}

describe('thinkagain tips run-due', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thinkagain-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const config = readConfig({ DATABASE_URL: join(dir, 'db', 'bot.db'), LOG_LEVEL: 'silent' });

  it('creates the database on first use, runs once for the given instant and prints a summary', async () => {
    const out = capture();
    const err = capture();
    expect(await runTipsDue(config, ['--at', '2026-03-30T08:00:00Z'], out.stream, err.stream)).toBe(0);
    expect(out.text()).toMatch(/Weekly tips due at 2026-03-30T08:00:00.000Z/);
    expect(out.text()).toMatch(/due 0, sent 0/);
  });

  it('refuses an instant it cannot read', async () => {
    const err = capture();
    expect(await runTipsDue(config, ['--at', 'next monday'], capture().stream, err.stream)).toBe(2);
    expect(err.text()).toMatch(/not an ISO instant/);
  });

  it('says plainly when the database cannot be reached', async () => {
    const err = capture();
    const down = readConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none', LOG_LEVEL: 'silent' });
    expect(await runTipsDue(down, [], capture().stream, err.stream)).toBe(1);
    expect(err.text()).toMatch(/cannot be reached/);
  });
});
