import type { Migration } from '../sql/db';
import { POSTGRES_INSIGHTS_MIGRATION } from './insights';
import { ROTATION_INDEX_MIGRATION } from './rotation-index';

/** Numbered steps for PostgreSQL; never edit a released step, add the next number. Times are epoch milliseconds. */
export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial',
    sql: `
CREATE TABLE subscriptions (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  platform TEXT NOT NULL,
  conversation_id TEXT NOT NULL,
  workspace_id TEXT,
  label TEXT,
  day TEXT NOT NULL,
  time TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  ended_reason TEXT,
  tips_sent INTEGER NOT NULL DEFAULT 0,
  next_due_at BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  UNIQUE (platform, conversation_id)
);
CREATE INDEX subscriptions_due ON subscriptions (active, next_due_at);
CREATE INDEX subscriptions_workspace ON subscriptions (platform, workspace_id);

CREATE TABLE conversations (
  platform TEXT NOT NULL,
  conversation_id TEXT NOT NULL,
  workspace_id TEXT,
  reference TEXT NOT NULL,
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (platform, conversation_id)
);

CREATE TABLE slack_installations (
  install_key TEXT PRIMARY KEY,
  team_id TEXT,
  enterprise_id TEXT,
  is_enterprise_install INTEGER NOT NULL DEFAULT 0,
  installation TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);

CREATE TABLE feedback (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  passage_id TEXT NOT NULL,
  helpful INTEGER NOT NULL,
  platform TEXT NOT NULL,
  at BIGINT NOT NULL
);

CREATE TABLE processed_events (
  event_id TEXT PRIMARY KEY,
  seen_at BIGINT NOT NULL
);
CREATE INDEX processed_events_seen ON processed_events (seen_at);

CREATE TABLE tip_deliveries (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  subscription_id BIGINT NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
  due_at BIGINT NOT NULL,
  tip_index INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('claimed', 'sent', 'failed', 'skipped')),
  attempts INTEGER NOT NULL DEFAULT 0,
  claimed_at BIGINT NOT NULL,
  lease_until BIGINT NOT NULL,
  lease_token TEXT,
  next_attempt_at BIGINT NOT NULL,
  retry_until BIGINT NOT NULL,
  sent_at BIGINT,
  error TEXT,
  UNIQUE (subscription_id, due_at)
);
CREATE INDEX tip_deliveries_open ON tip_deliveries (status, lease_until);
`,
  },
  {
    version: 2,
    name: 'tips delivered',
    // tips_sent stays the rotation index (one per claimed week, so nothing repeats); tips_delivered
    // counts the tips that actually went out, for status. Backfilled from the delivery log.
    sql: `
ALTER TABLE subscriptions ADD COLUMN tips_delivered INTEGER NOT NULL DEFAULT 0;
UPDATE subscriptions SET tips_delivered = (SELECT COUNT(*) FROM tip_deliveries d WHERE d.subscription_id = subscriptions.id AND d.status = 'sent');
`,
  },
  POSTGRES_INSIGHTS_MIGRATION,
  ROTATION_INDEX_MIGRATION,
];
