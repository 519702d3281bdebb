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
