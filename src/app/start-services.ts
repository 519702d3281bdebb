import type { Config } from '../config/config';
import { insightsRecorder } from '../insights/recording';
import { InsightsRetention, withRetention } from '../insights/retention';
import type { Logger } from '../logging/logger';
import { buildTipScheduler } from '../scheduler/build-scheduler';
import { startScheduler, type RunningScheduler } from '../scheduler/start-scheduler';
import { healthHandler } from '../server/health';
import { startHttpServer, type Route, type RunningServer } from '../server/http-server';
import type { Store } from '../store/store';
import { buildAssistant } from './build-assistant';
import type { PlatformAdapter, PlatformDeps } from './platform-adapter';
import { createPlatformAdapters } from './platforms';
import { loggedSubscriptions } from './resilient-ports';
import { startupMessage } from './startup-message';
import { storeBackedDeps } from './store-deps';

export interface StartedServices {
  server: RunningServer;
  scheduler: RunningScheduler | undefined;
  adapters: PlatformAdapter[];
}

/** Content, platforms, the HTTP server and the scheduler, on an open store; says what is running. */
export async function startServices(config: Config, store: Store, logger: Logger): Promise<StartedServices> {
  const insights = insightsRecorder(config.insights, store.insights, logger);
  const { assistant, kb } = buildAssistant(config.contentDir, { subscriptions: loggedSubscriptions(store.subscriptions, logger), ...(insights ? { insights } : {}) });
  const deps: PlatformDeps = { assistant, logger, ...storeBackedDeps(store, config, logger) };
  const adapters = createPlatformAdapters(config, deps);
  const routes: Route[] = [
    {
      method: 'GET',
      path: '/healthz',
      handler: healthHandler(
        () => store.ping(),
        () => ({ slack: config.slack.mode, teams: teamsState(config), passages: String(kb.passages.length) }),
      ),
    },
    ...adapters.flatMap((a) => a.routes),
  ];

  const server = await startHttpServer(routes, config.port, logger);
  for (const adapter of adapters) await adapter.start();
  let scheduler: RunningScheduler | undefined;
  if (config.schedulerEnabled) {
    const tips = buildTipScheduler(store, adapters, assistant, logger);
    const retention = new InsightsRetention(store.insights, config.insights.retentionDays, logger);
    scheduler = startScheduler(withRetention((signal) => tips.runDue(undefined, { signal }), retention), logger);
  }
  const weekly = scheduler ? 'weekly tips sent from here (every minute)' : 'weekly tips off here (SCHEDULER=off; run `tips run-due` from cron)';
  process.stderr.write(`${startupMessage(config, server.port, adapters, `${store.describe()}; ${weekly}`)}\n`);
  logger.info({ port: server.port, store: store.describe(), scheduler: Boolean(scheduler), slack: config.slack.mode, teams: teamsState(config) }, 'started');

  return { server, scheduler, adapters };
}

function teamsState(config: Config): string {
  if (!config.teams.enabled) return 'off';
  return config.teams.localMode ? 'local' : 'authenticated';
}
