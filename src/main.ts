import { buildAssistant } from './app/build-assistant';
import type { PlatformDeps } from './app/platform-adapter';
import { createPlatformAdapters } from './app/platforms';
import { startupMessage } from './app/startup-message';
import { storeBackedDeps } from './app/store-deps';
import { readConfig } from './config/config';
import { loadEnvironment } from './config/load-env';
import { reportFatal } from './cli/report-fatal';
import { StoreUnavailableError } from './core/subscriptions';
import { createLogger } from './logging/logger';
import { buildTipScheduler } from './scheduler/build-scheduler';
import { startScheduler, type RunningScheduler } from './scheduler/start-scheduler';
import { healthHandler } from './server/health';
import { startHttpServer, type Route } from './server/http-server';
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

  const { assistant, kb } = buildAssistant(config.contentDir, { subscriptions: store.subscriptions });
  const deps: PlatformDeps = { assistant, logger, ...storeBackedDeps(store, config, logger) };
  const adapters = createPlatformAdapters(config, deps);
  const routes: Route[] = [
    {
      method: 'GET',
      path: '/healthz',
      handler: healthHandler(
        () => store.ping(),
        () => ({ slack: config.slack.mode, teams: config.teams.localMode ? 'local' : 'authenticated', passages: String(kb.passages.length) }),
      ),
    },
    ...adapters.flatMap((a) => a.routes),
  ];

  const server = await startHttpServer(routes, config.port, logger);
  for (const adapter of adapters) await adapter.start();
  let scheduler: RunningScheduler | undefined;
  if (config.schedulerEnabled) {
    const tips = buildTipScheduler(store, adapters, assistant, logger);
    scheduler = startScheduler(() => tips.runDue(), logger);
  }
  const weekly = scheduler ? 'weekly tips sent from here (every minute)' : 'weekly tips off here (SCHEDULER=off; run `tips run-due` from cron)';
  process.stderr.write(`${startupMessage(config, server.port, adapters, `${store.describe()}; ${weekly}`)}\n`);
  logger.info({ port: server.port, store: store.describe(), scheduler: Boolean(scheduler), slack: config.slack.mode, teams: config.teams.localMode ? 'local' : 'authenticated' }, 'started');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await server.close(10_000);
    await scheduler?.stop();
    for (const adapter of adapters) await adapter.stop().catch((err: unknown) => logger.warn({ err }, 'adapter stop failed'));
    await store.close().catch((err: unknown) => logger.warn({ err }, 'closing the database failed'));
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.exitCode = reportFatal(error);
});
