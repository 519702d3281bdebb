import { randomUUID } from 'node:crypto';
import type { Platform } from '../../core/conversation';
import type { ClaimTiming, DeliveryLedger, DueSubscription, HeldDelivery } from '../../core/ports';
import type { Weekday } from '../../core/schedule/weekly-schedule';
import type { Db, Row, SqlValue } from './db';
import { addressOf, num } from './rows';

/**
 * The tip delivery log. Every week of every subscription gets at most one row (UNIQUE(subscription_id,
 * due_at)), written in the same transaction that moves the subscription on, before anything is sent.
 */
export class SqlDeliveries implements DeliveryLedger {
  constructor(private readonly db: Db) {}

  async findDue(at: Date, platforms: readonly Platform[], limit: number, spread = 1): Promise<DueSubscription[]> {
    if (platforms.length === 0) return [];
    const rows = await this.db.query(
      `SELECT id, platform, conversation_id, workspace_id, label, day, time, time_zone, tip_rotation_index, next_due_at FROM subscriptions
       WHERE active = 1 AND next_due_at <= ? AND platform IN (${platforms.map(() => '?').join(', ')})
       ORDER BY (id * ?) % 10007, id LIMIT ?`,
      [at.getTime(), ...platforms, Math.max(1, Math.floor(spread) % 10007), limit],
    );
    return rows.map((row) => ({
      id: num(row.id),
      address: addressOf(row),
      schedule: { day: String(row.day) as Weekday, time: String(row.time), timeZone: String(row.time_zone) },
      tipIndex: num(row.tip_rotation_index),
      nextDueAt: new Date(num(row.next_due_at)),
    }));
  }

  claim(due: DueSubscription, t: ClaimTiming): Promise<HeldDelivery | undefined> {
    return this.db.transaction(async (tx) => {
      // The row lock taken here makes a second claimer wait, then find next_due_at already moved.
      const [moved] = await tx.query('UPDATE subscriptions SET next_due_at = ?, updated_at = ? WHERE id = ? AND active = 1 AND next_due_at = ? RETURNING tip_rotation_index', [
        t.nextDueAt.getTime(),
        t.now.getTime(),
        due.id,
        due.nextDueAt.getTime(),
      ]);
      if (!moved) return undefined;
      const tipIndex = num(moved.tip_rotation_index);
      const leaseToken = randomUUID();
      const [inserted] = await tx.query(
        `INSERT INTO tip_deliveries (subscription_id, due_at, tip_index, status, attempts, claimed_at, lease_until, lease_token, next_attempt_at, retry_until)
         VALUES (?, ?, ?, 'claimed', 1, ?, ?, ?, ?, ?) ON CONFLICT (subscription_id, due_at) DO NOTHING RETURNING id`,
        [due.id, due.nextDueAt.getTime(), tipIndex, t.now.getTime(), t.leaseUntil.getTime(), leaseToken, t.now.getTime(), t.retryUntil.getTime()],
      );
      // Already handled (a re-subscription landed on a week that had gone out): move on, send nothing.
      if (!inserted) return undefined;
      await tx.run('UPDATE subscriptions SET tip_rotation_index = tip_rotation_index + 1 WHERE id = ?', [due.id]);
      return { deliveryId: num(inserted.id), subscriptionId: due.id, address: due.address, dueAt: due.nextDueAt, tipIndex, attempts: 1, leaseToken };
    });
  }

  skip(due: DueSubscription, nextDueAt: Date, now: Date, reason: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const moved = await tx.run('UPDATE subscriptions SET next_due_at = ?, updated_at = ? WHERE id = ? AND active = 1 AND next_due_at = ?', [
        nextDueAt.getTime(),
        now.getTime(),
        due.id,
        due.nextDueAt.getTime(),
      ]);
      if (moved === 0) return false;
      await tx.run(
        `INSERT INTO tip_deliveries (subscription_id, due_at, tip_index, status, attempts, claimed_at, lease_until, next_attempt_at, retry_until, error)
         VALUES (?, ?, ?, 'skipped', 0, ?, ?, ?, ?, ?) ON CONFLICT (subscription_id, due_at) DO NOTHING`,
        [due.id, due.nextDueAt.getTime(), due.tipIndex, now.getTime(), now.getTime(), now.getTime(), now.getTime(), reason.slice(0, 500)],
      );
      return true;
    });
  }

  async findRecoverable(now: Date, platforms: readonly Platform[], limit: number): Promise<HeldDelivery[]> {
    if (platforms.length === 0) return [];
    const n = now.getTime();
    const rows = await this.db.query(
      `SELECT d.id AS delivery_id, d.subscription_id, d.due_at, d.tip_index, d.attempts, d.lease_token, s.platform, s.conversation_id, s.workspace_id, s.label
       FROM tip_deliveries d JOIN subscriptions s ON s.id = d.subscription_id
       WHERE d.status = 'claimed' AND d.lease_until <= ? AND d.next_attempt_at <= ? AND d.retry_until > ? AND s.active = 1
         AND s.platform IN (${platforms.map(() => '?').join(', ')})
       ORDER BY d.id LIMIT ?`,
      [n, n, n, ...platforms, limit],
    );
    return rows.map(heldOf);
  }

  async takeOver(d: HeldDelivery, now: Date, leaseUntil: Date): Promise<HeldDelivery | undefined> {
    const token = randomUUID();
    const n = now.getTime();
    const changed = await this.db.run(
      `UPDATE tip_deliveries SET lease_until = ?, lease_token = ?, claimed_at = ?, attempts = attempts + 1
       WHERE id = ? AND status = 'claimed' AND lease_until <= ? AND next_attempt_at <= ? AND retry_until > ?`,
      [leaseUntil.getTime(), token, n, d.deliveryId, n, n, n],
    );
    return changed === 1 ? { ...d, attempts: d.attempts + 1, leaseToken: token } : undefined;
  }

  async renew(d: HeldDelivery, now: Date, leaseUntil: Date): Promise<boolean> {
    const changed = await this.db.run("UPDATE tip_deliveries SET lease_until = ?, claimed_at = ?, attempts = attempts + 1 WHERE id = ? AND status = 'claimed' AND lease_token = ?", [
      leaseUntil.getTime(),
      now.getTime(),
      d.deliveryId,
      d.leaseToken,
    ]);
    return changed === 1;
  }

  markSent(d: HeldDelivery, now: Date): Promise<void> {
    return this.db.transaction(async (tx) => {
      // Counted only by the update that makes the row 'sent', so a retried markSent never counts twice.
      const changed = await tx.run("UPDATE tip_deliveries SET status = 'sent', sent_at = ?, lease_until = ?, error = NULL WHERE id = ? AND status <> 'sent'", [
        now.getTime(),
        now.getTime(),
        d.deliveryId,
      ]);
      if (changed > 0) await tx.run('UPDATE subscriptions SET tips_delivered = tips_delivered + 1 WHERE id = ?', [d.subscriptionId]);
    });
  }

  async defer(d: HeldDelivery, now: Date, nextAttemptAt: Date, error: string): Promise<void> {
    await this.db.run("UPDATE tip_deliveries SET lease_until = ?, next_attempt_at = ?, error = ? WHERE id = ? AND status = 'claimed' AND lease_token = ?", [
      now.getTime(),
      nextAttemptAt.getTime(),
      error.slice(0, 500),
      d.deliveryId,
      d.leaseToken,
    ]);
  }

  endPermanently(d: HeldDelivery, now: Date, reason: string): Promise<void> {
    return this.db.transaction(async (tx) => {
      await tx.run("UPDATE tip_deliveries SET status = 'failed', lease_until = ?, error = ? WHERE id = ?", [now.getTime(), reason.slice(0, 500), d.deliveryId]);
      await tx.run('UPDATE subscriptions SET active = 0, ended_reason = ?, next_due_at = NULL, updated_at = ? WHERE id = ?', [reason.slice(0, 500), now.getTime(), d.subscriptionId]);
    });
  }

  expire(now: Date): Promise<number> {
    const n: SqlValue = now.getTime();
    return this.db.run("UPDATE tip_deliveries SET status = 'failed', error = COALESCE(error, 'no answer') WHERE status = 'claimed' AND retry_until <= ? AND lease_until <= ?", [n, n]);
  }
}

function heldOf(row: Row): HeldDelivery {
  return {
    deliveryId: num(row.delivery_id),
    subscriptionId: num(row.subscription_id),
    address: addressOf(row),
    dueAt: new Date(num(row.due_at)),
    tipIndex: num(row.tip_index),
    attempts: num(row.attempts),
    leaseToken: String(row.lease_token ?? ''),
  };
}
