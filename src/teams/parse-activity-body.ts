/** Biggest activity accepted; Teams messages are far smaller (a message's text is at most about 28 KB). */
export const MAX_ACTIVITY_BYTES = 256 * 1024;

export type ParsedBody = { ok: true; body: Record<string, unknown> } | { ok: false; status: 400; error: string };

/**
 * Checks what botbuilder assumes before it has its own error handling: a JSON object with a `type`.
 * A body without `type` makes CloudAdapter.process throw outside its try/catch.
 */
export function parseActivityBody(raw: string): ParsedBody {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return { ok: false, status: 400, error: 'the body is not valid JSON' };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, status: 400, error: 'the body must be a JSON object (a Bot Framework activity)' };
  const type = (body as Record<string, unknown>).type;
  if (typeof type !== 'string' || type.trim() === '') return { ok: false, status: 400, error: 'the activity has no type' };
  return { ok: true, body: body as Record<string, unknown> };
}

/**
 * In local mode no token proves a request came from Microsoft, and the bot posts its replies to the
 * activity's `serviceUrl`: only a service on this machine (the Bot Framework Emulator, a test) may be
 * named, so nobody can make the server send requests elsewhere.
 */
export function isLoopbackServiceUrl(body: Record<string, unknown>): boolean {
  const url = body.serviceUrl;
  if (url === undefined) return true;
  if (typeof url !== 'string') return false;
  try {
    const host = new URL(url).hostname;
    return host === 'localhost' || host === '[::1]' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
  } catch {
    return false;
  }
}
