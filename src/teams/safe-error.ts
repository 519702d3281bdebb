import { redactText } from '../logging/redact';

/**
 * What may be logged about an error from botbuilder: its name, message, HTTP status and code. Connector
 * errors carry the outgoing request, whose headers hold a bearer token, so they are never logged whole.
 */
export function safeError(error: unknown): { name: string; message: string; statusCode?: number; code?: string } {
  if (!(error instanceof Error)) return { name: 'NonError', message: redactText(String(error)).slice(0, 300) };
  const e = error as Error & { statusCode?: unknown; code?: unknown };
  const out: { name: string; message: string; statusCode?: number; code?: string } = { name: e.name, message: redactText(e.message).slice(0, 500) };
  const status = statusOf(error);
  if (status !== undefined) out.statusCode = status;
  if (typeof e.code === 'string') out.code = e.code;
  return out;
}

/** The HTTP status of a Connector error, wherever botbuilder's HTTP client put it. */
export function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as { statusCode?: unknown; status?: unknown; response?: { status?: unknown } };
  for (const candidate of [e.statusCode, e.status, e.response?.status]) if (typeof candidate === 'number') return candidate;
  return undefined;
}
