import type { Migration, Db } from './sql/db';
import { SqlDeliveries } from './sql/sql-deliveries';
import { SqlInsights } from './sql/sql-insights';
import type { Store } from './store';
import { SqlConversations, SqlEventDeduper, SqlFeedback, SqlInstallations } from './sql/sql-small-ports';
import { SqlSubscriptions } from './sql/sql-subscriptions';

/** The store over either database: the statements are shared, the driver and migrations are per dialect. */
export class SqlStore implements Store {
  readonly subscriptions: SqlSubscriptions;
  readonly subscriptionDirectory: SqlSubscriptions;
  readonly events: SqlEventDeduper;
  readonly feedback: SqlFeedback;
  readonly conversations: SqlConversations;
  readonly deliveries: SqlDeliveries;
  readonly installations: SqlInstallations;
  readonly insights: SqlInsights;

  constructor(
    private readonly db: Db,
    private readonly migrations: readonly Migration[],
    clock: () => Date = () => new Date(),
  ) {
    this.subscriptions = new SqlSubscriptions(db, clock);
    this.subscriptionDirectory = this.subscriptions;
    this.events = new SqlEventDeduper(db, clock);
    this.feedback = new SqlFeedback(db);
    this.conversations = new SqlConversations(db, clock);
    this.deliveries = new SqlDeliveries(db);
    this.installations = new SqlInstallations(db, clock);
    this.insights = new SqlInsights(db);
  }

  migrate(): Promise<number[]> {
    return this.db.migrate(this.migrations);
  }

  ping(): Promise<void> {
    return this.db.ping();
  }

  close(): Promise<void> {
    return this.db.close();
  }

  describe(): string {
    return this.db.describe();
  }
}
