import { StoreUnavailableError } from '../../core/ports';

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'EAI_AGAIN', 'ECONNABORTED']);
const SQLITE_CODES = /^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|FULL|READONLY|NOTADB|CORRUPT|PROTOCOL)/;
const MESSAGES = /not currently accepting connections|database "[^"]*" does not exist|connection terminated|timeout exceeded when trying to connect|connection error|not queryable|pool after calling end|database connection is not open|the database is closed/i;

/**
 * Only chooses the wording: a caller on the answer path falls back on any store error, whatever this says.
 * True for errors that mean "the database cannot be reached or cannot take writes right now"
 * (network, server shutting down, too many connections, locked or missing file), as opposed to a bug
 * in a statement, which should surface as itself.
 */
export function isUnavailable(error: unknown): boolean {
  if (error instanceof StoreUnavailableError) return true;
  // Duck-typed: errors made by Node's own modules are not `instanceof Error` inside jest's sandbox.
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code) || SQLITE_CODES.test(code)) return true;
    // PostgreSQL SQLSTATE: 08 connection exception, 53 insufficient resources, 57P0x shutdown / cannot connect now,
    // 3D000 the database is gone. (55000, "not accepting connections", is matched by its message: the code alone is broader.)
    if (/^(08|53|57P0|3D000)/.test(code)) return true;
  }
  return typeof message === 'string' && MESSAGES.test(message);
}

/** Rethrows a database error, turning "unreachable" into the core's StoreUnavailableError. */
export function rethrow(error: unknown, what: string): never {
  if (error instanceof StoreUnavailableError) throw error;
  if (isUnavailable(error)) {
    const detail = (error as { message?: unknown }).message ?? String(error);
    throw new StoreUnavailableError(`The database cannot be reached (${what}): ${String(detail)}`, { cause: error });
  }
  throw error;
}
