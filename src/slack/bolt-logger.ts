import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../logging/logger';

/** Bolt's and the Web API client's log calls, sent to our JSON logger (which redacts secrets). */
export function boltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: 'bolt' });
  // Bolt logs variadic values of any type; they are joined into one message string.
  const join = (msg: unknown[]) => msg.map((m) => (m instanceof Error ? m.message : typeof m === 'string' ? m : safeJson(m))).join(' ');
  return {
    debug: (...msg: unknown[]) => child.debug(join(msg)),
    info: (...msg: unknown[]) => child.info(join(msg)),
    warn: (...msg: unknown[]) => child.warn(join(msg)),
    error: (...msg: unknown[]) => child.error(join(msg)),
    setLevel: () => undefined,
    getLevel: () => boltLevel(logger.level),
    setName: () => undefined,
  };
}

/** The Bolt level that matches our logger's, so Bolt does not build debug strings nobody reads. */
export function boltLevel(level: string): LogLevel {
  if (level === 'debug' || level === 'trace') return LogLevel.DEBUG;
  if (level === 'info') return LogLevel.INFO;
  if (level === 'warn') return LogLevel.WARN;
  return LogLevel.ERROR;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
