import type { Config } from '../config/config';
import { POSTGRES_MIGRATIONS } from './migrations/postgres';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';
import { PostgresDb, type PostgresOptions } from './sql/postgres-db';
import { SqliteDb } from './sql/sqlite-db';
import { SqlStore } from './sql-store';
import type { Store } from './store';

export interface StoreOptions {
  clock?: () => Date;
  /** PostgreSQL only: a schema first on the search_path (tests). */
  schema?: string;
  onIdleError?: (error: Error) => void;
}

/** SQLite: one file (created, with its folder, on first start); right for one instance. */
export function sqliteStore(path: string, options: StoreOptions = {}): Store {
  return new SqlStore(new SqliteDb(path), SQLITE_MIGRATIONS, options.clock);
}

/** PostgreSQL: for several replicas sharing one database. */
export function postgresStore(url: string, options: StoreOptions = {}): Store {
  const pg: PostgresOptions = { url };
  if (options.schema) pg.schema = options.schema;
  if (options.onIdleError) pg.onIdleError = options.onIdleError;
  return new SqlStore(new PostgresDb(pg), POSTGRES_MIGRATIONS, options.clock);
}

/**
 * Opens the configured store, checks it answers and applies pending migrations. Throws
 * StoreUnavailableError (with what it tried) when the database cannot be reached.
 */
export async function openStore(database: Config['database'], options: StoreOptions = {}): Promise<Store> {
  const store = database.kind === 'postgres' ? postgresStore(database.url, options) : sqliteStore(database.path, options);
  try {
    await store.ping();
    await store.migrate();
    return store;
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
}
