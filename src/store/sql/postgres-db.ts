import { Pool, type PoolClient } from 'pg';
import type { Db, Migration, Row, SqlRunner, SqlValue } from './db';
import { toNumberedPlaceholders } from './placeholders';
import { isUnavailable, rethrow } from './unavailable';

/** Any fixed number: every replica takes the same advisory lock while migrating. */
const MIGRATION_LOCK_KEY = 7_245_390_118;

export interface PostgresOptions {
  url: string;
  /** A schema to put first on the search_path (tests use one schema per file). */
  schema?: string;
  max?: number;
  /** Reports errors of idle pooled connections (the server went away); without it they would crash the process. */
  onIdleError?: (error: Error) => void;
}

/** PostgreSQL through a pg Pool; for several replicas sharing one database. */
export class PostgresDb implements Db {
  readonly dialect = 'postgres' as const;
  private readonly pool: Pool;

  constructor(private readonly options: PostgresOptions) {
    this.pool = new Pool({
      connectionString: options.url,
      max: options.max ?? 10,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    this.pool.on('error', (error) => options.onIdleError?.(error));
  }

  async query(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
    try {
      return (await this.pool.query(toNumberedPlaceholders(sql), [...params])).rows as Row[];
    } catch (error) {
      rethrow(error, 'query');
    }
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    try {
      return (await this.pool.query(toNumberedPlaceholders(sql), [...params])).rowCount ?? 0;
    } catch (error) {
      rethrow(error, 'statement');
    }
  }

  transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T> {
    return this.withClient(async (client) => {
      await client.query('BEGIN');
      try {
        const result = await fn(clientRunner(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
  }

  /** Under a session advisory lock, so a second replica starting at the same moment waits and then finds nothing to do. */
  migrate(steps: readonly Migration[]): Promise<number[]> {
    return this.withClient(async (client) => {
      await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
      try {
        await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)');
        const done = new Set((await client.query('SELECT version FROM schema_migrations')).rows.map((r: { version: number }) => r.version));
        const applied: number[] = [];
        for (const step of [...steps].sort((a, b) => a.version - b.version)) {
          if (done.has(step.version)) continue;
          await client.query('BEGIN');
          try {
            await client.query(step.sql);
            await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [step.version, step.name, Date.now()]);
            await client.query('COMMIT');
          } catch (error) {
            await client.query('ROLLBACK').catch(() => undefined);
            throw error;
          }
          applied.push(step.version);
        }
        return applied;
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
      }
    });
  }

  async ping(): Promise<void> {
    await this.query('SELECT 1 AS ok');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  describe(): string {
    const url = new URL(this.options.url);
    return `PostgreSQL (${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname})`;
  }

  private async withClient<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    let broken: Error | undefined;
    // While checked out, a client has no pool listener: a connection terminated between two statements
    // (pg_terminate_backend, a server restart) would emit an unhandled 'error' and end the process. The
    // listener goes on inside the pool's callback, synchronously: the message that kills the connection
    // can arrive in the same read as the one that made it ready, before an awaited promise resumes.
    const onError = (error: Error) => {
      broken ??= error;
    };
    let client: PoolClient;
    try {
      client = await new Promise<PoolClient>((resolve, reject) => {
        this.pool.connect((error, connected) => {
          if (error || !connected) return reject(error ?? new Error('the pool gave no connection'));
          connected.on('error', onError);
          resolve(connected);
        });
      });
    } catch (error) {
      rethrow(error, 'connecting');
    }
    try {
      return await work(client);
    } catch (error) {
      if (isUnavailable(error)) broken ??= error instanceof Error ? error : new Error(String(error));
      rethrow(error, 'transaction');
    } finally {
      client.off('error', onError);
      client.release(broken);
    }
  }
}

function clientRunner(client: PoolClient): SqlRunner {
  return {
    async query(sql, params = []) {
      return (await client.query(toNumberedPlaceholders(sql), [...params])).rows as Row[];
    },
    async run(sql, params = []) {
      return (await client.query(toNumberedPlaceholders(sql), [...params])).rowCount ?? 0;
    },
  };
}
