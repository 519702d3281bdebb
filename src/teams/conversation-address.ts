import type { Activity, ConversationReference } from 'botbuilder';
import type { Surface } from '../core/insights/interaction';
import type { ConversationAddress } from '../core/conversation';
import type { TeamsScope } from './render/scope';

/** A channel thread is `19:…@thread.tacv2;messageid=…`; the channel itself is the part before `;`. */
export function conversationIdOf(activity: Pick<Activity, 'conversation'>): string {
  return (activity.conversation?.id ?? '').split(';messageid=')[0] ?? '';
}

interface TeamsChannelData {
  tenant?: { id?: string };
  team?: { name?: string };
  channel?: { name?: string };
}

/** Where an activity came from, in the core's terms: a channel (not a thread), a group chat or a personal chat. */
export function addressOf(activity: Activity): ConversationAddress {
  const channelData = (activity.channelData ?? {}) as TeamsChannelData;
  const address: ConversationAddress = { platform: 'teams', conversationId: conversationIdOf(activity) };
  const tenant = activity.conversation?.tenantId ?? channelData.tenant?.id;
  if (tenant) address.workspaceId = tenant;
  const label = [channelData.team?.name, channelData.channel?.name ?? activity.conversation?.name].filter(Boolean).join(' / ');
  if (label) address.label = label;
  return address;
}

/** How a typed message reached the bot, for insights: a personal chat is a direct message; channels and group chats @mention it. */
export function surfaceOf(activity: Activity): Surface {
  return scopeOf(activity) === 'personal' ? 'direct-message' : 'mention';
}

/** The kind of conversation an activity or a stored reference is in: it decides how commands are typed there. */
export function scopeOf(where: { conversation?: { conversationType?: string } }): TeamsScope {
  const type = where.conversation?.conversationType;
  if (type === 'personal') return 'personal';
  if (type === 'channel') return 'team';
  return 'groupChat';
}

/**
 * The reference kept for proactive tips: the channel itself (not the thread the message was in), no
 * message to reply to, and no user, so nothing personal is stored.
 */
export function referenceToKeep(reference: Partial<ConversationReference>): Record<string, unknown> {
  const kept: Record<string, unknown> = { ...reference };
  delete kept.activityId;
  delete kept.user;
  if (reference.conversation) kept.conversation = { ...reference.conversation, id: reference.conversation.id.split(';messageid=')[0] ?? reference.conversation.id };
  return kept;
}
