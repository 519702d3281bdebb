import type { Platform } from '../core/conversation';
import type { PlatformSender } from '../core/delivery';
import type { DeliveryLedger } from '../core/ports';
import type { Reply } from '../core/replies';
import type { Logger } from '../logging/logger';

export interface SchedulerDeps {
  ledger: DeliveryLedger;
  /** The sender of each configured platform; subscriptions on other platforms wait, untouched. */
  senders: Partial<Record<Platform, PlatformSender>>;
  /** The tip message for a subscription's `n`th tip. */
  tipReply: (n: number) => Reply;
  logger: Logger;
  clock?: () => Date;
  sleep?: (ms: number) => Promise<void>;
}
