import { ResilientEventDeduper, ResilientFeedback } from '../../src/app/resilient-ports';
import { StoreUnavailableError } from '../../src/core/ports';
import { createLogger } from '../../src/logging/logger';

function recordingLogger() {
  const lines: Array<Record<string, unknown>> = [];
  return { lines, logger: createLogger('info', { write: (l: string) => void lines.push(JSON.parse(l) as Record<string, unknown>) }) };
}

describe('ports that keep the bot answering while the database is down', () => {
  it('uses the shared de-duplication while it answers', async () => {
    const { logger } = recordingLogger();
    const deduper = new ResilientEventDeduper({ firstSighting: async (id) => id === 'new' }, logger);
    expect(await deduper.firstSighting('new')).toBe(true);
    expect(await deduper.firstSighting('old')).toBe(false);
  });

  it('falls back to memory when the database is unavailable, and says so', async () => {
    const { logger, lines } = recordingLogger();
    const deduper = new ResilientEventDeduper({ firstSighting: () => Promise.reject(new StoreUnavailableError()) }, logger);
    expect(await deduper.firstSighting('Ev1')).toBe(true);
    expect(await deduper.firstSighting('Ev1')).toBe(false);
    expect(await deduper.firstSighting('Ev2')).toBe(true);
    expect(lines.filter((l) => l.level === 40)).toHaveLength(2); // the repeat is known here: no database call, no warning
  });

  it('does not answer again, once the database is back, an event it first saw while the database was down', async () => {
    let down = true;
    const stored = new Set<string>();
    const shared = { firstSighting: async (id: string) => (down ? Promise.reject(new StoreUnavailableError()) : !stored.has(id) && Boolean(stored.add(id))) };
    const deduper = new ResilientEventDeduper(shared, recordingLogger().logger);
    expect(await deduper.firstSighting('EvDuringOutage')).toBe(true);
    down = false;
    expect(await deduper.firstSighting('EvDuringOutage')).toBe(false); // Slack's redelivery
    expect(await deduper.firstSighting('EvAfter')).toBe(true);
    expect(await deduper.firstSighting('EvAfter')).toBe(false);
  });

  it('falls back on any store error too (one nobody classified), and names it a database error in the log', async () => {
    const { logger, lines } = recordingLogger();
    const deduper = new ResilientEventDeduper({ firstSighting: () => Promise.reject(Object.assign(new Error('relation "slack_events" does not exist'), { code: '42P01' })) }, logger);
    expect(await deduper.firstSighting('Ev1')).toBe(true);
    expect(await deduper.firstSighting('Ev1')).toBe(false);
    expect(lines[0]).toMatchObject({ level: 40, msg: 'database error: de-duplicating this event in memory only', err: 'Error: relation "slack_events" does not exist' });
  });

  it('logs feedback it cannot store, without user ids or text, instead of failing the click', async () => {
    const { logger, lines } = recordingLogger();
    const feedback = new ResilientFeedback({ record: () => Promise.reject(new StoreUnavailableError()) }, logger);
    await feedback.record({ passageId: 'values-1', helpful: true, platform: 'slack', at: new Date() });
    expect(lines).toEqual([expect.objectContaining({ passageId: 'values-1', helpful: true, platform: 'slack', msg: 'database unavailable: feedback logged, not stored' })]);
  });
});
