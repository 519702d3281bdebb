import pino, { type DestinationStream, type Logger } from 'pino';
import { REDACTED, redactText, redactValue, safeError } from './redact';

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

/**
 * JSON logs to stdout for the server; the CLI passes stderr so stdout stays clean. Every line goes
 * through the redaction module: message strings, every field (secret-named keys blanked, strings
 * scrubbed of token shapes and configured secrets), and errors reduced to type, message, code,
 * status and stack.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'thinkagain' },
      redact: { paths: REDACT, censor: REDACTED },
      serializers: { err: errorField, error: errorField },
      formatters: { log: (fields) => redactValue(fields) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          const scrubbed = args.map((a) => (typeof a === 'string' ? redactText(a) : a)) as typeof args;
          return method.apply(this, scrubbed);
        },
      },
    },
    destination,
  );
}

/** `err` / `error` fields: an error is reduced to what identifies it; anything else (a text already made safe) is redacted as it is. */
function errorField(value: unknown): unknown {
  const errorLike = typeof value === 'object' && value !== null && typeof (value as { message?: unknown }).message === 'string';
  return errorLike ? safeError(value) : redactValue(value);
}

export const silentLogger: Logger = pino({ level: 'silent' });
