/**
 * The one place that decides what a secret looks like. Every logger (pino's lines, Bolt's log calls)
 * and every error text that may be logged or stored (the delivery log's last error) goes through it.
 *
 * Two nets: shapes (Slack tokens, bearer and basic credentials, JWTs such as Bot Framework tokens,
 * passwords inside connection URLs, 64-hex keys, `secret=…` pairs), and the exact values of the
 * secrets this process was configured with (client secrets have no shape of their own).
 */
export const REDACTED = '[redacted]';

const SHAPES: ReadonlyArray<[RegExp, string]> = [
  // Slack: xoxb- xoxp- xoxa- xoxr- xoxs- xoxe- tokens, xoxe.xoxp- refresh-style tokens, xapp- app-level tokens.
  [/\bxox[a-z]?(?:\.xox[a-z]?)?-[A-Za-z0-9-]+/gi, REDACTED],
  [/\bxox[a-z]?\.[A-Za-z0-9.-]+/gi, REDACTED],
  [/\bxapp-[A-Za-z0-9-]+/gi, REDACTED],
  [/\b(Bearer|Basic)\s+(?!\[redacted\])[A-Za-z0-9._~+/=-]+/gi, `$1 ${REDACTED}`],
  // JSON Web Tokens (Bot Framework, Entra ID) wherever they appear.
  [/\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]*)?/g, REDACTED],
  // user:password@ in any URL (DATABASE_URL).
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]*:)(?!\[redacted\])[^\s@/]+@/gi, `$1${REDACTED}@`],
  // 32-byte keys in hex (TOKEN_ENCRYPTION_KEY).
  [/\b[0-9a-f]{64}\b/gi, REDACTED],
  // name=value and "name": "value" pairs whose name says secret.
  [
    /\b((?:authorization|client_secret|clientSecret|signing_secret|signingSecret|state_secret|app_?password|MicrosoftAppPassword|password|passwd|refresh_token|access_token|token|TOKEN_ENCRYPTION_KEY|encryption_key)["']?\s*[=:]\s*["']?)(?!\[redacted\])[^"'&,;}\s]+/gi,
    `$1${REDACTED}`,
  ],
];

/** Object keys whose values are never written, whatever they hold. */
const SECRET_KEY = /token|secret|password|passwd|authorization|cookie|signature|encryption_?key|api_?key/i;

const knownSecrets = new Set<string>();

/**
 * Adds this process's configured secrets (bot tokens, signing and client secrets, the Teams app
 * password, the encryption key, the database password) to what is redacted wherever it appears.
 * Values shorter than 6 characters are ignored: they would blank ordinary words.
 */
export function rememberSecrets(values: ReadonlyArray<string | undefined>): void {
  for (const value of values) if (value && value.length >= 6) knownSecrets.add(value);
}

/** `text` with every secret in it replaced by [redacted]. */
export function redactText(text: string): string {
  let out = text;
  for (const secret of knownSecrets) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  for (const [pattern, replacement] of SHAPES) out = out.replace(pattern, replacement);
  return out;
}

/** A copy of `value` safe to log: strings redacted, secret-named keys blanked, errors reduced to name and message. */
export function redactValue(value: unknown, depth = 0, seen: WeakSet<object> = new WeakSet()): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return typeof value === 'function' || typeof value === 'symbol' ? String(value) : value;
  if (seen.has(value)) return '[circular]';
  if (depth >= 6) return '[nested]';
  seen.add(value);
  if (value instanceof Error) return safeError(value);
  if (value instanceof Date) return value;
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => redactValue(v, depth + 1, seen));
  if (value instanceof URL || value instanceof URLSearchParams) return redactText(value.toString());
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value).slice(0, 100)) out[key] = SECRET_KEY.test(key) && typeof v !== 'boolean' && typeof v !== 'number' ? REDACTED : redactValue(v, depth + 1, seen);
  return out;
}

export interface SafeError {
  type: string;
  message: string;
  code?: string | number;
  status?: number;
  stack?: string;
}

/**
 * What may be logged of an error: its type, message, code, HTTP status and stack, redacted. Never the
 * whole object: HTTP client errors carry their request (headers with tokens) in enumerable fields.
 */
export function safeError(error: unknown): SafeError {
  if (typeof error !== 'object' || error === null || typeof (error as { message?: unknown }).message !== 'string') return { type: 'NonError', message: redactText(String(error)).slice(0, 500) };
  const e = error as { name?: unknown; type?: unknown; message: string; code?: unknown; status?: unknown; statusCode?: unknown; response?: { status?: unknown }; stack?: unknown };
  const out: SafeError = { type: typeof e.name === 'string' ? e.name : typeof e.type === 'string' ? e.type : 'Error', message: redactText(e.message).slice(0, 1000) };
  if (typeof e.code === 'string' || typeof e.code === 'number') out.code = e.code;
  const status = [e.statusCode, e.status, e.response?.status].find((s) => typeof s === 'number') as number | undefined;
  if (status !== undefined) out.status = status;
  if (typeof e.stack === 'string') out.stack = redactText(e.stack);
  return out;
}

/** An error as one redacted line, "Name: message", for the delivery log and short log fields. */
export function safeErrorText(error: unknown): string {
  const e = safeError(error);
  return (e.type === 'NonError' ? e.message : `${e.type}: ${e.message}`).slice(0, 500);
}
