import { exitOnStopSignals } from './app/shutdown';
import { createRuntime, startRuntime, teamsState, type Runtime, type StartedRuntime } from './app/runtime';
import { startupMessage } from './app/startup-message';
import { readConfig } from './config/config';
import { loadEnvironment } from './config/load-env';
import { reportFatal } from './cli/report-fatal';
import { StoreUnavailableError } from './core/ports';
import type { Store } from './store/store';
import { createLogger } from './logging/logger';
import { cannotReachDatabase } from './store/describe-unavailable';
import { openStore } from './store/open-store';

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

  let runtime: Runtime;
  let started: StartedRuntime;
  try {
    runtime = createRuntime(config, store, logger);
    started = await startRuntime(runtime, config, store, logger);
  } catch (error) {
    // Content or port problems after the database opened: close it so the process can exit at once.
    await store.close().catch(() => undefined);
    throw error;
  }
  const weekly = started.scheduler ? 'weekly tips sent from here (every minute)' : 'weekly tips off here (SCHEDULER=off; run `tips run-due` from cron)';
  process.stderr.write(`${startupMessage(config, started.server.port, runtime.adapters, `${store.describe()}; ${weekly}`)}\n`);
  logger.info({ port: started.server.port, store: store.describe(), scheduler: Boolean(started.scheduler), slack: config.slack.mode, teams: teamsState(config) }, 'started');
  exitOnStopSignals(started.stopSteps, logger);
}

main().catch((error: unknown) => {
  process.exitCode = reportFatal(error);
});
