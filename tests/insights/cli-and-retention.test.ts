import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseInsightsArgs } from '../../src/cli/insights';
import type { InteractionRecord } from '../../src/core/insights/interaction';
import { InsightsRetention, withRetention } from '../../src/insights/retention';
import { createLogger } from '../../src/logging/logger';
import { sqliteStore } from '../../src/store/open-store';
import type { Store } from '../../src/store/store';
import { CONTENT_DIR } from '../support/content-fixture';
import { describeEachDatabase, FakeClock } from '../support/test-databases';

const ROOT = join(__dirname, '..', '..');
const DAY_MS = 86_400_000;

/** Runs the real command line, as `npm run thinkagain -- insights …` does. */
function thinkagain(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'src', 'cli', 'main.ts'), 'insights', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR, LOG_LEVEL: 'silent', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const question = (at: Date, text?: string): InteractionRecord => ({ at, platform: 'slack', surface: 'slash-command', kind: 'question', outcome: text ? 'decline' : 'answer', passageIds: [], ...(text ? { question: text } : {}) });

describe('insights arguments', () => {
  const now = new Date('2026-03-10T12:00:00Z');
  test.each([
    [['--since', '2026-04-01'], /in the future/],
    [['--since', 'last tuesday'], /not a date or ISO instant/],
    [['--since', '2026-02-30T25:00:00Z'], /not a date or ISO instant/],
    [['--since'], /needs a date/],
    [['--json', '--html', 'x.html'], /Choose one/],
    [['--html'], /needs the file/],
    [['--csv'], /Unexpected "--csv"/],
  ])('%j is refused with a clear message', (args, message) => {
    expect(parseInsightsArgs(args, now)).toMatch(message);
  });

  test('dates, instants and one output', () => {
    expect(parseInsightsArgs(['--since', '2026-03-01', '--json'], now)).toEqual({ since: new Date('2026-03-01T00:00:00Z'), output: { kind: 'json' } });
    expect(parseInsightsArgs(['--since=2026-03-01T09:00:00+01:00', '--html', 'r.html'], now)).toEqual({ since: new Date('2026-03-01T08:00:00Z'), output: { kind: 'html', file: 'r.html' } });
    expect(parseInsightsArgs([], now)).toEqual({ output: { kind: 'text' } });
  });
});

describe('the insights command on a real SQLite file', () => {
  let dir: string;
  let path: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'thinkagain-insights-'));
    path = join(dir, 'thinkagain.db');
    const store = sqliteStore(path);
    await store.migrate();
    const recent = new Date(Date.now() - DAY_MS);
    await store.insights.record(question(recent));
    await store.insights.record(question(recent, 'how do I book a meeting room'));
    await store.insights.record(question(recent, 'Booking meeting rooms?'));
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a future --since is a clear error, exit 2, nothing on stdout', () => {
    const run = thinkagain(['--since', '2999-01-01'], { DATABASE_URL: path });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toContain('in the future');
    expect(run.stderr).toContain('Usage: thinkagain insights');
  });

  test('without a flag it prints a readable summary, with the declined questions grouped', () => {
    const run = thinkagain([], { DATABASE_URL: path });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Questions: 3 (answered 1 = 33%, clarified 0, declined 2)');
    expect(run.stdout).toMatch(/2 × \(2 declined, 0 clarified\)\n\s+"how do I book a meeting room"\n\s+"Booking meeting rooms\?"/);
  });

  test('--delete-all empties the table', () => {
    expect(thinkagain(['--delete-all'], { DATABASE_URL: path }).stdout).toContain('Deleted 3 recorded interactions');
    expect(JSON.parse(thinkagain(['--json'], { DATABASE_URL: path }).stdout).questions.total).toBe(0);
  });
});

describeEachDatabase('insights retention', (kind) => {
  let store: Store;
  const clock = new FakeClock(new Date('2026-06-01T12:00:00Z'));
  beforeEach(async () => {
    store = (await kind.create()).open();
    await store.migrate();
  });

  test('the scheduler tick deletes rows older than the retention period, at most once an hour, and still runs its own work', async () => {
    for (const daysAgo of [200, 91, 89, 1]) await store.insights.record(question(new Date(clock.now().getTime() - daysAgo * DAY_MS), `asked ${daysAgo} days ago`));
    const retention = new InsightsRetention(store.insights, 90, createLogger('silent'), clock.now);
    let ticks = 0;
    const tick = withRetention(async () => (ticks += 1), retention);
    await tick(new AbortController().signal);
    const left = async () => (await store.insights.list(new Date(0), new Date('2100-01-01'))).map((r) => r.question);
    expect(await left()).toEqual(['asked 89 days ago', 'asked 1 days ago']);

    clock.advance(30 * 60_000);
    await store.insights.record(question(new Date(0), 'very old'));
    await tick(new AbortController().signal);
    expect(await left()).toContain('very old');
    clock.advance(31 * 60_000);
    await tick(new AbortController().signal);
    expect(await left()).toEqual(['asked 89 days ago', 'asked 1 days ago']);
    expect(ticks).toBe(3);
  });

  test('a database that fails during pruning is logged and the tick goes on', async () => {
    const lines: string[] = [];
    const failing = { deleteBefore: () => Promise.reject(new Error('connection terminated')) };
    const retention = new InsightsRetention(failing, 90, createLogger('info', { write: (l: string) => void lines.push(l) }), clock.now);
    await expect(withRetention(async () => 'sent', retention)(new AbortController().signal)).resolves.toBe('sent');
    expect(lines.join('')).toContain('old interactions could not be deleted');
  });
});
