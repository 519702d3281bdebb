import type { Logger as BoltLogger } from '@slack/bolt';
import { LogLevel } from '@slack/bolt/dist/App'; // not the index, which also loads Express (see receiver.ts)
import type { Logger } from '../logging/logger';

const REDACTED = '[redacted]';

/**
 * Bolt's and the Web API client's log calls, sent to our JSON logger. Strings become the message and
 * anything else goes in a `details` field; both are scrubbed here first, because secrets inside a
 * message string or a nested object are out of reach of pino's field-name redaction.
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
    if (typeof arg === 'string') words.push(scrubSecrets(arg));
    else if (arg instanceof Error) {
      err ??= { name: arg.name, message: scrubSecrets(arg.message), ...('code' in arg && typeof arg.code === 'string' ? { code: arg.code } : {}) };
      words.push(scrubSecrets(arg.message));
    } else if (typeof arg === 'number' || typeof arg === 'boolean' || arg === null || arg === undefined) words.push(String(arg));
    else details.push(scrubValue(arg, 0, new WeakSet()));
  }
  const fields: Record<string, unknown> = {};
  if (err) fields.err = err;
  if (details.length === 1) fields.details = details[0];
  else if (details.length > 1) fields.details = details;
  return { msg: words.join(' '), fields };
}

/** Slack token shapes (bot, user, app-level, refresh, config tokens), bearer credentials, and secret-looking query or form fields. */
const SECRET_PATTERNS: ReadonlyArray<[RegExp, string]> = [
  [/\bxox[a-z]?(?:\.[a-z]+)?-[A-Za-z0-9-]+/gi, REDACTED],
  [/\bxapp-[A-Za-z0-9-]+/gi, REDACTED],
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, `$1 ${REDACTED}`],
  [/\b(authorization["']?\s*[:=]\s*["']?)(?!\[redacted\])[^"',;}\s]+/gi, `$1${REDACTED}`],
  [/\b((?:client_secret|signing_secret|token|refresh_token|password)["']?\s*[=:]\s*["']?)(?!\[redacted\])[^"'&,;}\s]+/gi, `$1${REDACTED}`],
];

/** Replaces anything in `text` that looks like a Slack token or credential. */
export function scrubSecrets(text: string): string {
  let out = text;
  for (const [pattern, replacement] of SECRET_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

const SECRET_KEY = /token|secret|password|authorization|cookie|signature/i;

function scrubValue(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return scrubSecrets(value);
  if (value === null || typeof value !== 'object') return typeof value === 'function' || typeof value === 'symbol' ? String(value) : value;
  if (seen.has(value)) return '[circular]';
  if (depth >= 6) return '[nested]';
  seen.add(value);
  if (value instanceof Error) return { name: value.name, message: scrubSecrets(value.message) };
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => scrubValue(v, depth + 1, seen));
  if (value instanceof URL || value instanceof URLSearchParams) return scrubSecrets(value.toString());
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value).slice(0, 100)) out[key] = SECRET_KEY.test(key) ? REDACTED : scrubValue(v, depth + 1, seen);
  return out;
}

/** The Bolt level that matches our logger's, so Bolt does not build debug strings nobody reads. */
export function boltLevel(level: string): LogLevel {
  if (level === 'debug' || level === 'trace') return LogLevel.DEBUG;
  if (level === 'info') return LogLevel.INFO;
  if (level === 'warn') return LogLevel.WARN;
  return LogLevel.ERROR;
}
