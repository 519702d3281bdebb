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
  return pino({ level, base: { app: 'thinkagain' }, redact: { paths: REDACT, censor: '[redacted]' } }, destination);
}

export const silentLogger: Logger = pino({ level: 'silent' });
