import type { Logger } from './logger';

export interface Interaction {
  platform: 'slack' | 'teams' | 'cli' | 'scheduler';
  /** The command kind (ask, help, subscribe…) or the event handled (button, app_home, install…). */
  kind: string;
  startedAt: number;
  outcome: 'ok' | 'rejected' | 'error' | 'duplicate';
  /** Message text, logged only at debug level. */
  text?: string;
}

/** One line per handled request: platform, command kind, latency and outcome; text only at debug. */
export function logInteraction(logger: Logger, i: Interaction): void {
  const fields = { platform: i.platform, kind: i.kind, latencyMs: Math.round((performance.now() - i.startedAt) * 10) / 10, outcome: i.outcome };
  if (i.outcome === 'error') logger.warn(fields, 'interaction');
  else logger.info(fields, 'interaction');
  if (i.text !== undefined && logger.isLevelEnabled('debug')) logger.debug({ ...fields, text: i.text }, 'interaction text');
}
