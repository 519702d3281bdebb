import type { Activity } from 'botbuilder';
import { TurnContext } from 'botbuilder-core';

interface MentionEntity {
  type: 'mention';
  text: string;
  mentioned: { id: string };
}

/**
 * The user's words: the bot's own @mention removed (other mentions stay), whitespace trimmed and
 * collapsed. Malformed mention entities are ignored instead of crashing botbuilder's helper.
 */
export function questionText(activity: Activity): string {
  if (typeof activity.text !== 'string') return '';
  const recipientId = activity.recipient?.id;
  const entities = (activity.entities ?? []).filter(isWellFormedMention);
  const copy = { ...activity, entities } as Activity;
  let text = activity.text;
  if (recipientId) {
    // removeRecipientMention removes one occurrence; the bot may be mentioned more than once.
    for (let i = 0; i < 5 && entities.some((e) => e.mentioned.id === recipientId && copy.text.includes(e.text)); i += 1) {
      text = TurnContext.removeRecipientMention(copy) ?? '';
    }
  }
  return text.replace(/\s+/g, ' ').trim();
}

function isWellFormedMention(entity: unknown): entity is MentionEntity {
  if (typeof entity !== 'object' || entity === null) return false;
  const e = entity as Record<string, unknown>;
  const mentioned = e.mentioned as Record<string, unknown> | undefined;
  return typeof e.type === 'string' && e.type.toLowerCase() === 'mention' && typeof e.text === 'string' && e.text !== '' && typeof mentioned?.id === 'string';
}
