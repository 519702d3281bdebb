import type { InsightsLedger } from '../../core/ports';
import { SURFACES, type InteractionKind, type InteractionRecord, type RecordedPlatform, type Surface } from '../../core/insights/interaction';
import type { Db, Row } from './db';


const KINDS: readonly InteractionKind[] = ['question', 'choice', 'feedback', 'command'];

export class SqlInsights implements InsightsLedger {
  constructor(private readonly db: Db) {}

  async record(r: InteractionRecord): Promise<void> {
    await this.db.run(
      'INSERT INTO insight_interactions (at, platform, surface, kind, outcome, passage_ids, helpful, ref, question) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [r.at.getTime(), r.platform, r.surface, r.kind, r.outcome ?? null, r.passageIds.join(' '), r.helpful === undefined ? null : r.helpful ? 1 : 0, r.ref ?? null, r.question ?? null],
    );
  }

  async list(since: Date, until: Date): Promise<InteractionRecord[]> {
    const rows = await this.db.query(
      'SELECT at, platform, surface, kind, outcome, passage_ids, helpful, ref, question FROM insight_interactions WHERE at >= ? AND at < ? ORDER BY at, id',
      [since.getTime(), until.getTime()],
    );
    return rows.flatMap((row) => toRecord(row) ?? []);
  }

  deleteBefore(before: Date): Promise<number> {
    return this.db.run('DELETE FROM insight_interactions WHERE at < ?', [before.getTime()]);
  }

  deleteAll(): Promise<number> {
    return this.db.run('DELETE FROM insight_interactions');
  }
}

/** A row as a record; rows a newer version wrote with kinds this one does not know are left out. */
function toRecord(row: Row): InteractionRecord | undefined {
  const platform = String(row.platform);
  const surface = String(row.surface) as Surface;
  const kind = String(row.kind) as InteractionKind;
  if ((platform !== 'slack' && platform !== 'teams') || !SURFACES.includes(surface) || !KINDS.includes(kind)) return undefined;
  const record: InteractionRecord = { at: new Date(Number(row.at)), platform: platform as RecordedPlatform, surface, kind, passageIds: String(row.passage_ids ?? '').split(' ').filter(Boolean) };
  if (row.outcome !== null && row.outcome !== undefined) record.outcome = String(row.outcome);
  if (row.helpful !== null && row.helpful !== undefined) record.helpful = Number(row.helpful) === 1;
  if (row.ref !== null && row.ref !== undefined) record.ref = String(row.ref);
  if (row.question !== null && row.question !== undefined) record.question = String(row.question);
  return record;
}
