import { Client } from 'pg';

/**
 * A PostgreSQL database of the test's own (CREATE DATABASE with a unique name, dropped by `drop()`),
 * for tests that run whole processes against it or break it on purpose (ALLOW_CONNECTIONS false).
 * Created through TEST_DATABASE_URL's server; the database named there is never altered.
 */
export interface OwnDatabase {
  name: string;
  url: string;
  /** Runs one statement as the admin connection (on the server's `postgres` database). */
  admin(sql: string): Promise<void>;
  drop(): Promise<void>;
}

export async function createOwnDatabase(baseUrl: string, prefix: string): Promise<OwnDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const adminUrl = withDatabase(baseUrl, 'postgres');
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  return {
    name,
    url: withDatabase(baseUrl, name),
    admin,
    async drop() {
      await admin(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`).catch(() => undefined);
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
