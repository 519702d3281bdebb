/** A value a query parameter may take: both drivers accept these unchanged. */
export type SqlValue = string | number | null;
export type Row = Record<string, unknown>;

/** Runs statements written once for both dialects, with `?` placeholders. */
export interface SqlRunner {
  /** Rows of a SELECT, or of a statement with RETURNING. */
  query(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** Runs a statement; returns how many rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
}

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** One database connection (SQLite) or pool (PostgreSQL), as the SQL store sees it. */
export interface Db extends SqlRunner {
  readonly dialect: 'sqlite' | 'postgres';
  /** Runs `fn` in one transaction that takes the write lock at once (SQLite BEGIN IMMEDIATE). */
  transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T>;
  /** Applies the steps not yet applied, safe when several processes start at once; returns the versions applied. */
  migrate(steps: readonly Migration[]): Promise<number[]>;
  ping(): Promise<void>;
  close(): Promise<void>;
  describe(): string;
}
