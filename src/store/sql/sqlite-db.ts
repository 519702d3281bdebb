import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { Db, Migration, Row, SqlRunner, SqlValue } from './db';
import { Mutex } from './mutex';
import { rethrow } from './unavailable';

/**
 * SQLite through better-sqlite3: one file, WAL mode (readers never wait for the writer), a busy
 * timeout so a second process (a `tips run-due` cron beside `npm start`) waits for the write lock
 * instead of failing. Statements are synchronous; a mutex keeps one async transaction from
 * interleaving with another statement on this connection.
 */
export class SqliteDb implements Db {
  readonly dialect = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly mutex = new Mutex();
  private readonly runner: SqlRunner;

  constructor(private readonly path: string) {
    try {
      if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
      this.db = new Database(path);
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('busy_timeout = 5000');
      this.db.pragma('foreign_keys = ON');
      this.db.pragma('synchronous = NORMAL');
    } catch (error) {
      rethrow(error, `opening ${path}`);
    }
    this.runner = { query: async (sql, params) => this.querySync(sql, params), run: async (sql, params) => this.runSync(sql, params) };
  }

  query(sql: string, params?: readonly SqlValue[]): Promise<Row[]> {
    return this.mutex.run(async () => this.querySync(sql, params));
  }

  run(sql: string, params?: readonly SqlValue[]): Promise<number> {
    return this.mutex.run(async () => this.runSync(sql, params));
  }

  transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T> {
    return this.mutex.run(async () => {
      this.guard(() => this.db.exec('BEGIN IMMEDIATE'), 'begin');
      try {
        const result = await fn(this.runner);
        this.guard(() => this.db.exec('COMMIT'), 'commit');
        return result;
      } catch (error) {
        if (this.db.open && this.db.inTransaction) this.db.exec('ROLLBACK');
        throw error;
      }
    });
  }

  /** All in one synchronous BEGIN IMMEDIATE transaction: a second process waits, then finds nothing to do. */
  migrate(steps: readonly Migration[]): Promise<number[]> {
    return this.mutex.run(async () =>
      this.guard(() => {
        const apply = this.db.transaction(() => {
          this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)');
          const done = new Set((this.db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
          const applied: number[] = [];
          for (const step of [...steps].sort((a, b) => a.version - b.version)) {
            if (done.has(step.version)) continue;
            this.db.exec(step.sql);
            this.db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(step.version, step.name, Date.now());
            applied.push(step.version);
          }
          return applied;
        });
        return apply.immediate();
      }, 'migrating'),
    );
  }

  async ping(): Promise<void> {
    await this.query('SELECT 1 AS ok');
  }

  async close(): Promise<void> {
    await this.mutex.run(async () => {
      if (this.db.open) this.db.close();
    });
  }

  describe(): string {
    return `SQLite (${this.path})`;
  }

  private querySync(sql: string, params: readonly SqlValue[] = []): Row[] {
    return this.guard(() => {
      const statement = this.db.prepare(sql);
      if (statement.reader) return statement.all(...params) as Row[];
      statement.run(...params);
      return [];
    }, 'query');
  }

  private runSync(sql: string, params: readonly SqlValue[] = []): number {
    return this.guard(() => this.db.prepare(sql).run(...params).changes, 'statement');
  }

  private guard<T>(work: () => T, what: string): T {
    try {
      return work();
    } catch (error) {
      rethrow(error, what);
    }
  }
}
