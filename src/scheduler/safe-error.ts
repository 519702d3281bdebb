/**
 * An error as one line for logs and the delivery log: its name and message, with anything that looks
 * like a secret (Slack tokens, bearer tokens, passwords in connection URLs) blanked. Never the whole
 * error object, whose fields (request options, headers) may carry a token.
 */
export function safeErrorText(error: unknown): string {
  const e = error as { name?: unknown; message?: unknown };
  const text = typeof e?.message === 'string' ? `${typeof e.name === 'string' ? `${e.name}: ` : ''}${e.message}` : String(error);
  return redactSecrets(text).slice(0, 500);
}

export function redactSecrets(text: string): string {
  return text
    .replace(/xox[a-z]-[A-Za-z0-9-]+/g, 'xox?-[redacted]')
    .replace(/(bearer\s+)[^\s,;"']+/gi, '$1[redacted]')
    .replace(/(\/\/[^/\s:@]+:)[^@\s/]+@/g, '$1[redacted]@');
}
