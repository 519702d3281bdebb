import type { Logger as BoltLogger } from '@slack/bolt';
import { LogLevel } from '@slack/bolt/dist/App'; // not the index, which also loads Express (see receiver.ts)
import type { Logger } from '../logging/logger';
import { redactText, redactValue } from '../logging/redact';

/**
 * Bolt's and the Web API client's log calls, sent to our JSON logger. Strings become the message and
 * anything else goes in a `details` field; both go through the redaction module (src/logging/redact.ts).
 */
export function boltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: 'bolt' });
  const write = (level: 'debug' | 'info' | 'warn' | 'error') => (...args: unknown[]) => {
    if (!child.isLevelEnabled(level)) return;
    const { msg, fields } = toLogEntry(args);
    child[level](fields, msg);
  };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    setLevel: () => undefined,
    getLevel: () => boltLevel(logger.level),
    setName: () => undefined,
  };
}

/** Bolt's variadic arguments as one scrubbed message plus scrubbed structured fields. */
export function toLogEntry(args: unknown[]): { msg: string; fields: Record<string, unknown> } {
  const words: string[] = [];
  const details: unknown[] = [];
  let err: Record<string, unknown> | undefined;
  for (const arg of args) {
    if (typeof arg === 'string') words.push(redactText(arg));
    else if (arg instanceof Error) {
      err ??= { name: arg.name, message: redactText(arg.message), ...('code' in arg && typeof arg.code === 'string' ? { code: arg.code } : {}) };
      words.push(redactText(arg.message));
    } else if (typeof arg === 'number' || typeof arg === 'boolean' || arg === null || arg === undefined) words.push(String(arg));
    else details.push(redactValue(arg));
  }
  const fields: Record<string, unknown> = {};
  if (err) fields.err = err;
  if (details.length === 1) fields.details = details[0];
  else if (details.length > 1) fields.details = details;
  return { msg: words.join(' '), fields };
}

/** The Bolt level that matches our logger's, so Bolt does not build debug strings nobody reads. */
export function boltLevel(level: string): LogLevel {
  if (level === 'debug' || level === 'trace') return LogLevel.DEBUG;
  if (level === 'info') return LogLevel.INFO;
  if (level === 'warn') return LogLevel.WARN;
  return LogLevel.ERROR;
}
