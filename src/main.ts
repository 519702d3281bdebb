import { exitOnStopSignals } from './app/shutdown';
import { startServices, type StartedServices } from './app/start-services';
import { readConfig } from './config/config';
import { loadEnvironment } from './config/load-env';
import { reportFatal } from './cli/report-fatal';
import { StoreUnavailableError } from './core/subscriptions';
import { createLogger } from './logging/logger';
import { cannotReachDatabase } from './store/describe-unavailable';
import { openStore } from './store/open-store';
import type { Store } from './store/store';

/** The one place that reads configuration and wires the parts together. */
async function main(): Promise<void> {
  const config = readConfig(loadEnvironment());
  const logger = createLogger(config.logLevel);

  let store: Store;
  try {
    store = await openStore(config.database, { onIdleError: (err) => logger.warn({ err }, 'a database connection was lost; the pool reconnects on the next query') });
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    process.stderr.write(`${cannotReachDatabase(config.database, error.message)}\n`);
    process.exitCode = 1;
    return;
  }

  let started: StartedServices;
  try {
    started = await startServices(config, store, logger);
  } catch (error) {
    // Content or port problems after the database opened: close it so the process can exit at once.
    await store.close().catch(() => undefined);
    throw error;
  }
  const { server, scheduler, adapters } = started;

  exitOnStopSignals(
    [
      { name: 'the HTTP server', run: () => server.close(10_000) },
      ...(scheduler ? [{ name: 'the scheduler', run: () => scheduler.stop() }] : []),
      ...adapters.map((adapter) => ({ name: `the ${adapter.name} adapter`, run: () => adapter.stop() })),
      { name: 'the database', run: () => store.close() },
    ],
    logger,
  );
}

main().catch((error: unknown) => {
  process.exitCode = reportFatal(error);
});
