import type { Reply } from './replies';
import type { ConversationAddress } from './conversation';

/** What happened when a platform was asked to deliver a message. */
export type DeliveryResult =
  | { status: 'sent' }
  /** Worth trying again: rate limit (with the platform's Retry-After), 5xx, network error. */
  | { status: 'retry'; reason: string; retryAfterMs?: number }
  /** Will never work: archived channel, bot removed, token revoked. The subscription should end. */
  | { status: 'permanent'; reason: string };

/** Sends a reply into a conversation without a user message to answer (weekly tips). */
export interface PlatformSender {
  deliver(address: ConversationAddress, reply: Reply): Promise<DeliveryResult>;
}
