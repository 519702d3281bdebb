import type { DeliveryResult, PlatformSender } from '../core/delivery';
import type { Reply } from '../core/replies';
import type { Logger } from '../logging/logger';
import type { DeliveryLedger, HeldDelivery } from '../core/ports';
import type { Pacer } from './pacer';
import { redactText } from '../logging/redact';
import type { RunSummary } from './run-summary';
import type { SchedulerTuning } from './tuning';

export interface AttemptContext {
  sender: PlatformSender;
  ledger: DeliveryLedger;
  reply: Reply;
  pacer: Pacer;
  clock: () => Date;
  sleep: (ms: number) => Promise<void>;
  tuning: SchedulerTuning;
  logger: Logger;
  /** True once the scheduler is stopping: a retry is then left to a later tick instead of waited for here. */
  stopping: () => boolean;
}

type Outcome = keyof Pick<RunSummary, 'sent' | 'ended' | 'retrying' | 'alreadyClaimed'>;

/**
 * Sends one claimed tip. Sent: recorded. Permanent refusal: the subscription ends with the reason.
 * Retry: short waits (Retry-After or backoff) are slept here, renewing the lease first; longer ones
 * let go of the lease with a retry time, for a later tick (any replica) to pick up. So do all waits
 * once the scheduler is stopping.
 */
export async function attemptDelivery(start: HeldDelivery, ctx: AttemptContext): Promise<Outcome> {
  const { ledger, pacer, clock, tuning, logger } = ctx;
  const address = start.address;
  const conversationKey = `${address.platform}:c:${address.conversationId}`;
  let held = start;
  for (let inRun = 1; ; inRun++) {
    await pacer.turn(conversationKey, tuning.perConversationMs);
    const workspaceMs = tuning.perWorkspaceMs[address.platform];
    if (workspaceMs && address.workspaceId) await pacer.turn(`${address.platform}:w:${address.workspaceId}`, workspaceMs);

    const result = await callWithTimeout(ctx.sender, held, ctx.reply, tuning.attemptTimeoutMs);
    const now = clock();
    const log = { deliveryId: held.deliveryId, platform: address.platform, conversationId: address.conversationId, dueAt: held.dueAt.toISOString(), attempt: held.attempts };
    if (result.status === 'sent') {
      await recordSent(held, ctx);
      logger.info({ ...log, tipIndex: held.tipIndex }, 'weekly tip sent');
      return 'sent';
    }
    if (result.status === 'permanent') {
      await ledger.endPermanently(held, now, result.reason);
      logger.warn({ ...log, reason: result.reason }, 'weekly tips ended: the platform refused the conversation');
      return 'ended';
    }
    const wait = Math.max(result.retryAfterMs ?? 0, backoff(held.attempts));
    if (result.retryAfterMs) pacer.holdOff(conversationKey, now.getTime() + result.retryAfterMs);
    if (inRun < tuning.maxInRunAttempts && wait <= tuning.maxInRunWaitMs && !ctx.stopping()) {
      logger.info({ ...log, reason: result.reason, waitMs: wait }, 'weekly tip will be retried shortly');
      await ctx.sleep(wait);
      const t = clock();
      if (!(await ledger.renew(held, t, new Date(t.getTime() + tuning.leaseMs)))) return 'alreadyClaimed';
      held = { ...held, attempts: held.attempts + 1 };
      continue;
    }
    await ledger.defer(held, now, new Date(now.getTime() + wait), result.reason);
    logger.warn({ ...log, reason: result.reason, retryInMs: wait }, 'weekly tip not delivered yet; a later run retries it');
    return 'retrying';
  }
}

/** 2 s, 4 s, 8 s … up to 10 minutes, with ±20 % jitter so replicas do not retry in step. */
export function backoff(attempts: number): number {
  const base = Math.min(2_000 * 2 ** Math.max(0, attempts - 1), 600_000);
  return Math.round(base * (0.8 + Math.random() * 0.4));
}

async function callWithTimeout(sender: PlatformSender, held: HeldDelivery, reply: Reply, timeoutMs: number): Promise<DeliveryResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<DeliveryResult>((resolve) => {
    // Not unref'd: a claim is in flight, so the process must stay until it is settled.
    timer = setTimeout(() => resolve({ status: 'retry', reason: `no answer within ${Math.round(timeoutMs / 1000)} s` }), timeoutMs);
  });
  try {
    return await Promise.race([sender.deliver(held.address, reply), timeout]);
  } catch (error) {
    return { status: 'retry', reason: `sender failed: ${redactText((error as { message?: string }).message ?? String(error))}` };
  } finally {
    clearTimeout(timer);
  }
}

/** The message is out: record it, trying a few times, because an unrecorded send could be retried by another replica. */
async function recordSent(held: HeldDelivery, ctx: AttemptContext): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await ctx.ledger.markSent(held, ctx.clock());
      return;
    } catch (error) {
      if (attempt >= 4) {
        ctx.logger.error({ err: error, deliveryId: held.deliveryId }, 'weekly tip was sent but could not be recorded; it may be sent again after the lease');
        throw error;
      }
      await ctx.sleep(500 * 2 ** attempt);
    }
  }
}
