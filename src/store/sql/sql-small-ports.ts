import type { ConversationDirectory, EventDeduper, Feedback, FeedbackSink, InstallationRecord, InstallationRecords } from '../../core/ports';
import type { ConversationAddress, Platform } from '../../core/conversation';
import type { Db } from './db';

const DAY_MS = 86_400_000;
const PRUNE_EVERY_MS = 10 * 60_000;

/** Answers each Slack event id once across every replica sharing the database; ids are kept for a day. */
export class SqlEventDeduper implements EventDeduper {
  private lastPrune = 0;
  constructor(
    private readonly db: Db,
    private readonly clock: () => Date,
  ) {}

  async firstSighting(eventId: string): Promise<boolean> {
    const now = this.clock().getTime();
    if (now - this.lastPrune > PRUNE_EVERY_MS) {
      this.lastPrune = now;
      await this.db.run('DELETE FROM processed_events WHERE seen_at < ?', [now - DAY_MS]);
    }
    const changed = await this.db.run(
      `INSERT INTO processed_events (event_id, seen_at) VALUES (?, ?)
       ON CONFLICT (event_id) DO UPDATE SET seen_at = excluded.seen_at WHERE processed_events.seen_at < ?`,
      [eventId, now, now - DAY_MS],
    );
    return changed === 1;
  }
}

/** Feedback on a passage: which passage, helpful or not, platform, time. Never a user id or message text. */
export class SqlFeedback implements FeedbackSink {
  constructor(private readonly db: Db) {}
  async record(f: Feedback): Promise<void> {
    await this.db.run('INSERT INTO feedback (passage_id, helpful, platform, at) VALUES (?, ?, ?, ?)', [f.passageId, f.helpful ? 1 : 0, f.platform, f.at.getTime()]);
  }
}

/** Platform delivery details per conversation (Teams conversation references), as JSON. */
export class SqlConversations implements ConversationDirectory {
  constructor(
    private readonly db: Db,
    private readonly clock: () => Date,
  ) {}

  async save(address: ConversationAddress, reference: Record<string, unknown>): Promise<void> {
    await this.db.run(
      `INSERT INTO conversations (platform, conversation_id, workspace_id, reference, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (platform, conversation_id) DO UPDATE SET workspace_id = excluded.workspace_id, reference = excluded.reference, updated_at = excluded.updated_at`,
      [address.platform, address.conversationId, address.workspaceId ?? null, JSON.stringify(reference), this.clock().getTime()],
    );
  }

  async get(platform: Platform, conversationId: string): Promise<Record<string, unknown> | undefined> {
    const [row] = await this.db.query('SELECT reference FROM conversations WHERE platform = ? AND conversation_id = ?', [platform, conversationId]);
    return row ? (JSON.parse(String(row.reference)) as Record<string, unknown>) : undefined;
  }
}

/** Slack installations, stored as the (already encrypted) text the caller gives. */
export class SqlInstallations implements InstallationRecords {
  constructor(
    private readonly db: Db,
    private readonly clock: () => Date,
  ) {}

  async save(r: InstallationRecord): Promise<void> {
    const now = this.clock().getTime();
    await this.db.run(
      `INSERT INTO slack_installations (install_key, team_id, enterprise_id, is_enterprise_install, installation, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (install_key) DO UPDATE SET team_id = excluded.team_id, enterprise_id = excluded.enterprise_id,
         is_enterprise_install = excluded.is_enterprise_install, installation = excluded.installation, updated_at = excluded.updated_at`,
      [r.key, r.teamId ?? null, r.enterpriseId ?? null, r.isEnterpriseInstall ? 1 : 0, r.installation, now, now],
    );
  }

  async get(key: string): Promise<string | undefined> {
    const [row] = await this.db.query('SELECT installation FROM slack_installations WHERE install_key = ?', [key]);
    return row ? String(row.installation) : undefined;
  }

  async delete(key: string): Promise<boolean> {
    return (await this.db.run('DELETE FROM slack_installations WHERE install_key = ?', [key])) > 0;
  }
}
