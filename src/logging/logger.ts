import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** Field names whose values never reach a log line, wherever they appear. */
const REDACT = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'clientSecret',
  'stateSecret',
  'password',
  'appPassword',
  'authorization',
  'headers.authorization',
  'req.headers.authorization',
  '*.token',
  '*.botToken',
  '*.password',
  '*.authorization',
];

/** JSON logs to stdout for the server; the CLI passes stderr so stdout stays clean. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, base: { app: 'thinkagain' }, redact: { paths: REDACT, censor: '[redacted]' }, serializers: { err: serializeError, error: serializeError } }, destination);
}

const TOKEN_LIKE = /\b(xox[a-z]?-[\w-]+|xapp-[\w-]+|Bearer\s+[\w.~+/=-]+)/gi;

/**
 * Errors from HTTP clients carry their request (headers with tokens) and response in enumerable
 * properties, deeper than redaction paths reach: log only what identifies the failure.
 */
export function serializeError(value: unknown): unknown {
  if (!(value instanceof Error)) return value;
  const e = value as Error & { code?: unknown; status?: unknown; statusCode?: unknown };
  const out: Record<string, unknown> = { type: e.name, message: e.message.replace(TOKEN_LIKE, '[redacted]') };
  if (typeof e.code === 'string' || typeof e.code === 'number') out.code = e.code;
  const status = e.statusCode ?? e.status;
  if (typeof status === 'number') out.status = status;
  if (e.stack) out.stack = e.stack.replace(TOKEN_LIKE, '[redacted]');
  return out;
}

export const silentLogger: Logger = pino({ level: 'silent' });
