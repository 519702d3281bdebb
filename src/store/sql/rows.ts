import type { ConversationAddress, Platform } from '../../core/conversation';
import type { SubscriptionView } from '../../core/ports';
import type { Weekday } from '../../core/schedule/weekly-schedule';
import type { Row } from './db';

/** pg returns BIGINT and COUNT as strings; SQLite returns numbers. */
export function num(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

export function optText(value: unknown): string | undefined {
  return value === null || value === undefined ? undefined : String(value);
}

export function addressOf(row: Row): ConversationAddress {
  const address: ConversationAddress = { platform: String(row.platform) as Platform, conversationId: String(row.conversation_id) };
  const workspaceId = optText(row.workspace_id);
  const label = optText(row.label);
  if (workspaceId) address.workspaceId = workspaceId;
  if (label) address.label = label;
  return address;
}

export function subscriptionViewOf(row: Row): SubscriptionView {
  const active = num(row.active) === 1;
  const view: SubscriptionView = {
    schedule: { day: String(row.day) as Weekday, time: String(row.time), timeZone: String(row.time_zone) },
    active,
    // Tips that actually went out (tip_rotation_index counts claimed weeks, failed ones too).
    tipsSent: num(row.tips_delivered),
  };
  if (active && row.next_due_at !== null && row.next_due_at !== undefined) view.nextTipAt = new Date(num(row.next_due_at));
  const endedReason = optText(row.ended_reason);
  if (endedReason) view.endedReason = endedReason;
  return view;
}

export const SUBSCRIPTION_COLUMNS = 'id, platform, conversation_id, workspace_id, label, day, time, time_zone, active, ended_reason, tip_rotation_index, tips_delivered, next_due_at';
