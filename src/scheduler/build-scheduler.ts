import type { PlatformAdapter } from '../app/platform-adapter';
import type { Assistant } from '../core/assistant';
import type { PlatformSender } from '../core/delivery';
import type { Platform } from '../core/subscriptions';
import type { Logger } from '../logging/logger';
import type { Store } from '../store/store';
import { tipReplies } from './tip-reply';
import { TipScheduler } from './tip-scheduler';

/** The scheduler over the store, sending through each configured platform adapter's sender. */
export function buildTipScheduler(store: Store, adapters: readonly PlatformAdapter[], assistant: Assistant, logger: Logger): TipScheduler {
  const senders: Partial<Record<Platform, PlatformSender>> = {};
  for (const adapter of adapters) senders[adapter.name] = adapter.sender;
  return new TipScheduler({ ledger: store.deliveries, senders, tipReply: tipReplies(assistant), logger: logger.child({ part: 'tips' }) });
}
