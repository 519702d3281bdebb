import { Client } from 'pg';
import { StoreUnavailableError } from '../../src/core/ports';
import { PostgresDb } from '../../src/store/sql/postgres-db';
import { createOwnDatabase, type OwnDatabase } from '../support/own-database';

/**
 * A connection terminated while the store holds it in a transaction (pg_terminate_backend, a
 * failover, a server restart) fails that transaction as "database unavailable" and leaves the process
 * running; the next statement gets a fresh connection. Uses a database of its own.
 */
const PG_URL = process.env.TEST_DATABASE_URL;
if (!PG_URL) console.log('Skipping "PostgreSQL connection lost mid-transaction": TEST_DATABASE_URL is not set.');

(PG_URL ? describe : describe.skip)('PostgreSQL connection lost mid-transaction', () => {
  let own: OwnDatabase;
  let db: PostgresDb;
  beforeAll(async () => {
    own = await createOwnDatabase(PG_URL!, 'thinkagain_connloss');
    db = new PostgresDb({ url: own.url });
  });
  afterAll(async () => {
    await db?.close();
    await own?.drop();
  });

  it('fails the transaction as unavailable, does not crash, and the next statement works', async () => {
    let carryOn!: () => void;
    const gate = new Promise<void>((r) => (carryOn = r));
    let inside!: () => void;
    const started = new Promise<void>((r) => (inside = r));
    const transaction = db.transaction(async (tx) => {
      await tx.query('SELECT 1 AS one');
      inside();
      await gate; // holding the connection, between two statements
      return tx.query('SELECT 2 AS two');
    });
    await started;

    const admin = new Client({ connectionString: PG_URL });
    await admin.connect();
    try {
      const killed = await admin.query('SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity WHERE datname = $1', [own.name]);
      expect(killed.rows.length).toBeGreaterThan(0);
      // Until the server has closed it, so the termination reaches the held connection first.
      while ((await admin.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [own.name])).rows[0].n > 0) await new Promise((r) => setImmediate(r));
    } finally {
      await admin.end();
    }
    carryOn();
    await expect(transaction).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(await db.query('SELECT 3 AS three')).toEqual([{ three: 3 }]);
  });
});
