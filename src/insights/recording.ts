import { randomUUID } from 'node:crypto';
import type { InsightsConfig } from '../config/config';
import type { InsightsPort } from '../core/insights/interaction';
import { InsightsRecorder } from '../core/insights/recorder';
import type { Logger } from '../logging/logger';
import { safeErrorText } from '../logging/redact';

/** The recorder main gives the Assistant, or none with INSIGHTS=off. A lost record costs one warning a minute at most. */
export function insightsRecorder(config: InsightsConfig, port: InsightsPort, logger: Logger, clock: () => Date = () => new Date()): InsightsRecorder | undefined {
  if (!config.enabled) return undefined;
  return new InsightsRecorder({
    port,
    clock,
    newRef: () => randomUUID().replace(/-/g, '').slice(0, 16),
    onLost: (error, lost) => logger.warn({ err: safeErrorText(error), lost }, 'insights: interactions not recorded because the database did not answer; replies were not affected'),
  });
}
