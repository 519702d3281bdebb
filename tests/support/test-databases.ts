import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { postgresStore, sqliteStore, type StoreOptions } from '../../src/store/open-store';
import type { Store } from '../../src/store/store';

/**
 * The databases every store and scheduler test runs against: SQLite always (a temp file), PostgreSQL
 * when TEST_DATABASE_URL is set (the only place tests read it). Each `create()` gives a fresh, empty
 * database: a temp file, or a new PostgreSQL schema (so parallel jest workers never collide), dropped
 * by `cleanup()`.
 */
export interface TestDatabase {
  /** Opens a store on this database; several stores may share it (replicas). */
  open(options?: StoreOptions): Store;
}

export interface DatabaseKind {
  name: 'sqlite' | 'postgres';
  skipReason?: string;
  create(): Promise<TestDatabase>;
  cleanup(): Promise<void>;
}

const PG_URL = process.env.TEST_DATABASE_URL;

export function sqliteKind(): DatabaseKind {
  const dirs: string[] = [];
  const stores: Store[] = [];
  return {
    name: 'sqlite',
    async create() {
      const dir = mkdtempSync(join(tmpdir(), 'thinkagain-store-'));
      dirs.push(dir);
      const path = join(dir, 'nested', 'thinkagain.db');
      return {
        open(options) {
          const store = sqliteStore(path, options);
          stores.push(store);
          return store;
        },
      };
    },
    async cleanup() {
      for (const store of stores.splice(0)) await store.close().catch(() => undefined);
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function postgresKind(): DatabaseKind {
  const schemas: string[] = [];
  const stores: Store[] = [];
  if (!PG_URL) {
    return {
      name: 'postgres',
      skipReason: 'TEST_DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/test); the PostgreSQL run of this suite is skipped.',
      create: () => Promise.reject(new Error('no TEST_DATABASE_URL')),
      cleanup: async () => undefined,
    };
  }
  const url = PG_URL;
  return {
    name: 'postgres',
    async create() {
      const schema = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 10)}`;
      await withClient(url, (c) => c.query(`CREATE SCHEMA ${schema}`));
      schemas.push(schema);
      return {
        open(options) {
          const store = postgresStore(url, { ...options, schema });
          stores.push(store);
          return store;
        },
      };
    },
    async cleanup() {
      for (const store of stores.splice(0)) await store.close().catch(() => undefined);
      const drop = schemas.splice(0);
      if (drop.length) {
        await withClient(url, async (c) => {
          for (const schema of drop) await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`); // one client runs one query at a time
        });
      }
    },
  };
}

async function withClient<T>(url: string, work: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Runs `body` once per database; PostgreSQL is skipped, with the reason printed, when not configured. */
export function describeEachDatabase(title: string, body: (kind: DatabaseKind) => void): void {
  for (const kind of [sqliteKind(), postgresKind()]) {
    if (kind.skipReason) {
      describe.skip(`${title} [${kind.name}]`, () => {
        it('is skipped', () => undefined);
      });
      console.log(`Skipping "${title}" on ${kind.name}: ${kind.skipReason}`);
      continue;
    }
    describe(`${title} [${kind.name}]`, () => {
      afterAll(() => kind.cleanup());
      body(kind);
    });
  }
}

/** A clock tests move by hand. */
export class FakeClock {
  constructor(private at: Date) {}
  readonly now = (): Date => new Date(this.at.getTime());
  set(at: Date | string): void {
    this.at = new Date(at);
  }
  advance(ms: number): void {
    this.at = new Date(this.at.getTime() + ms);
  }
}
