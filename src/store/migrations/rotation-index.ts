import type { Migration } from '../sql/db';

/**
 * Migration 4: `tips_sent` was the rotation index (one per claimed week, a week given up counted too),
 * while status's "tips sent" is `tips_delivered`. The column is renamed to say what it holds; values are kept.
 * The same statement on SQLite (3.25 and later) and PostgreSQL.
 */
export const ROTATION_INDEX_MIGRATION: Migration = {
  version: 4,
  name: 'tip rotation index',
  sql: 'ALTER TABLE subscriptions RENAME COLUMN tips_sent TO tip_rotation_index;',
};
