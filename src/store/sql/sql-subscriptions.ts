import type { SubscriptionDirectory, SubscriptionPort, SubscriptionView, WorkspaceSubscription } from '../../core/ports';
import type { ConversationAddress, Platform } from '../../core/conversation';
import { nextDueAfter } from '../../core/schedule/next-due';
import type { WeeklySchedule } from '../../core/schedule/weekly-schedule';
import type { Db, Row, SqlRunner } from './db';
import { addressOf, num, SUBSCRIPTION_COLUMNS, subscriptionViewOf } from './rows';

/** A reschedule never brings two tips to one conversation closer together than this. */
const MIN_GAP_MS = 6 * 86_400_000;

/** One subscription per conversation; subscribing again reschedules (and restarts an ended one, keeping its place in the rotation). */
export class SqlSubscriptions implements SubscriptionPort, SubscriptionDirectory {
  constructor(
    private readonly db: Db,
    private readonly clock: () => Date,
  ) {}

  /**
   * Subscribing again differently (or after unsubscribing) never brings a tip within 6 days of the last
   * one sent or claimed for this conversation: Monday's tip went out, a switch to Tuesday starts the
   * next Tuesday but one. The new due time is the first on the schedule after the later of now and
   * that last tip + 6 days.
   */
  subscribe(where: ConversationAddress, schedule: WeeklySchedule): Promise<{ subscription: SubscriptionView; changed: boolean }> {
    const now = this.clock();
    return this.db.transaction(async (tx) => {
      const nextDue = nextDueAfter(schedule, now).getTime();
      const existing = await this.find(tx, where);
      if (!existing) {
        const inserted = await tx.run(
          `INSERT INTO subscriptions (platform, conversation_id, workspace_id, label, day, time, time_zone, active, tip_rotation_index, next_due_at, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, 1, 0, ?, ?, ?) ON CONFLICT (platform, conversation_id) DO NOTHING`,
          [where.platform, where.conversationId, where.workspaceId ?? null, where.label ?? null, schedule.day, schedule.time, schedule.timeZone, nextDue, now.getTime(), now.getTime()],
        );
        if (inserted === 1) return { subscription: subscriptionViewOf((await this.find(tx, where)) as Row), changed: true };
      }
      const row = existing ?? ((await this.find(tx, where)) as Row);
      const view = subscriptionViewOf(row);
      const same = view.active && view.schedule.day === schedule.day && view.schedule.time === schedule.time && view.schedule.timeZone === schedule.timeZone;
      if (same) return { subscription: view, changed: false };
      const quietUntil = (await this.lastTipAt(tx, num(row.id))) + MIN_GAP_MS;
      const rescheduledDue = quietUntil > now.getTime() ? nextDueAfter(schedule, new Date(quietUntil)).getTime() : nextDue;
      await tx.run(
        `UPDATE subscriptions SET day = ?, time = ?, time_zone = ?, active = 1, ended_reason = NULL, next_due_at = ?,
           workspace_id = COALESCE(?, workspace_id), label = COALESCE(?, label), updated_at = ?
         WHERE platform = ? AND conversation_id = ?`,
        [schedule.day, schedule.time, schedule.timeZone, rescheduledDue, where.workspaceId ?? null, where.label ?? null, now.getTime(), where.platform, where.conversationId],
      );
      return { subscription: subscriptionViewOf((await this.find(tx, where)) as Row), changed: true };
    });
  }

  async unsubscribe(where: ConversationAddress): Promise<boolean> {
    const changed = await this.db.run(
      'UPDATE subscriptions SET active = 0, ended_reason = NULL, next_due_at = NULL, updated_at = ? WHERE platform = ? AND conversation_id = ? AND active = 1',
      [this.clock().getTime(), where.platform, where.conversationId],
    );
    return changed > 0;
  }

  async status(where: ConversationAddress): Promise<SubscriptionView | undefined> {
    const row = await this.find(this.db, where);
    return row ? subscriptionViewOf(row) : undefined;
  }

  async listForWorkspace(platform: Platform, workspaceId: string): Promise<WorkspaceSubscription[]> {
    const rows = await this.db.query(`SELECT ${SUBSCRIPTION_COLUMNS} FROM subscriptions WHERE platform = ? AND workspace_id = ? ORDER BY active DESC, label, conversation_id`, [platform, workspaceId]);
    return rows.map((row) => ({ address: addressOf(row), subscription: subscriptionViewOf(row) }));
  }

  endForWorkspace(platform: Platform, workspaceId: string, reason: string): Promise<number> {
    return this.db.run('UPDATE subscriptions SET active = 0, ended_reason = ?, next_due_at = NULL, updated_at = ? WHERE platform = ? AND workspace_id = ? AND active = 1', [
      reason,
      this.clock().getTime(),
      platform,
      workspaceId,
    ]);
  }

  async endForConversation(address: ConversationAddress, reason: string): Promise<boolean> {
    const changed = await this.db.run('UPDATE subscriptions SET active = 0, ended_reason = ?, next_due_at = NULL, updated_at = ? WHERE platform = ? AND conversation_id = ? AND active = 1', [
      reason,
      this.clock().getTime(),
      address.platform,
      address.conversationId,
    ]);
    return changed > 0;
  }

  /**
   * When this conversation last had a tip go out, or may still have one go out: the latest due time of a
   * sent or claimed week, or the latest send or attempt of one (a tip sent late, or still being retried),
   * whichever is later. 0 when there is none.
   */
  private async lastTipAt(runner: SqlRunner, subscriptionId: number): Promise<number> {
    const [row] = await runner.query(
      "SELECT MAX(due_at) AS due, MAX(COALESCE(sent_at, claimed_at)) AS attempted FROM tip_deliveries WHERE subscription_id = ? AND status IN ('sent', 'claimed')",
      [subscriptionId],
    );
    return Math.max(num(row?.due ?? 0), num(row?.attempted ?? 0));
  }

  private async find(runner: SqlRunner, where: ConversationAddress): Promise<Row | undefined> {
    const rows = await runner.query(`SELECT ${SUBSCRIPTION_COLUMNS} FROM subscriptions WHERE platform = ? AND conversation_id = ?`, [where.platform, where.conversationId]);
    return rows[0];
  }
}
