import type { Migration } from '../sql/db';

/**
 * Migration 3: interactions for the insights report. No column can hold a user, channel or team id or
 * name; `question` holds scrubbed text only for clarify and decline outcomes and 👎 feedback; rows
 * older than INSIGHTS_RETENTION_DAYS are deleted by the scheduler's tick. Times are epoch milliseconds.
 */
function insightsMigration(idColumn: string, timeType: string): Migration {
  return {
    version: 3,
    name: 'insights',
    sql: `
CREATE TABLE insight_interactions (
  id ${idColumn},
  at ${timeType} NOT NULL,
  platform TEXT NOT NULL,
  surface TEXT NOT NULL,
  kind TEXT NOT NULL,
  outcome TEXT,
  passage_ids TEXT NOT NULL DEFAULT '',
  helpful INTEGER,
  ref TEXT,
  question TEXT
);
CREATE INDEX insight_interactions_at ON insight_interactions (at);
`,
  };
}

export const SQLITE_INSIGHTS_MIGRATION = insightsMigration('INTEGER PRIMARY KEY AUTOINCREMENT', 'INTEGER');
export const POSTGRES_INSIGHTS_MIGRATION = insightsMigration('BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY', 'BIGINT');
