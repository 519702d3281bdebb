import type { Config } from '../config/config';
import type { PlatformSender } from '../core/delivery';
import type { Platform } from '../core/conversation';
import type { Assistant } from '../core/assistant';
import type { InsightsRecorder } from '../core/insights/recorder';
import type { KnowledgeBase } from '../core/knowledge';
import { insightsRecorder } from '../insights/recording';
import { InsightsRetention, withRetention } from '../insights/retention';
import type { Logger } from '../logging/logger';
import { startScheduler, type RunningScheduler } from '../scheduler/start-scheduler';
import { TipScheduler } from '../scheduler/tip-scheduler';
import { healthHandler } from '../server/health';
import { startHttpServer, type Route, type RunningServer } from '../server/http-server';
import type { PlatformAdapter } from '../server/platform-adapter';
import type { Store } from '../store/store';
import { buildAssistant } from './build-assistant';
import { createPlatformAdapters } from './platforms';
import { loggedSubscriptions } from './resilient-ports';
import type { ShutdownStep } from './shutdown';
import { storeBackedDeps } from './store-deps';

/** Everything the bot is made of, built once over an open store; nothing is started and no port is opened. */
export interface Runtime {
  kb: KnowledgeBase;
  assistant: Assistant;
  /** Absent with INSIGHTS=off. */
  insights: InsightsRecorder | undefined;
  adapters: PlatformAdapter[];
  /** /healthz and every adapter's routes, for one HTTP server. */
  routes: Route[];
  /** Weekly tips, sent through each configured adapter's sender. */
  tips: TipScheduler;
  retention: InsightsRetention;
}

export interface StartedRuntime {
  server: RunningServer;
  scheduler: RunningScheduler | undefined;
  /** What to stop, in order: the HTTP server, the scheduler, the adapters, pending insights records, then the store. */
  stopSteps: ShutdownStep[];
}

/** The one place the parts are wired together: used by the server, `tips run-due` and the end-to-end tests. */
export function createRuntime(config: Config, store: Store, logger: Logger): Runtime {
  const insights = insightsRecorder(config.insights, store.insights, logger);
  const { kb, assistant } = buildAssistant(config.contentDir, { subscriptions: loggedSubscriptions(store.subscriptions, logger), ...(insights ? { insights } : {}) });
  const adapters = createPlatformAdapters(config, { assistant, logger, ...storeBackedDeps(store, config, logger) });
  const health: Route = {
    method: 'GET',
    path: '/healthz',
    handler: healthHandler(
      () => store.ping(),
      () => ({ slack: config.slack.mode, teams: teamsState(config), passages: String(kb.passages.length) }),
    ),
  };
  const senders: Partial<Record<Platform, PlatformSender>> = {};
  for (const adapter of adapters) senders[adapter.name] = adapter.sender;
  const tips = new TipScheduler({ ledger: store.deliveries, senders, tipReply: (n) => assistant.weeklyTip(n), logger: logger.child({ part: 'tips' }) });
  const retention = new InsightsRetention(store.insights, config.insights.retentionDays, logger);
  return { kb, assistant, insights, adapters, routes: [health, ...adapters.flatMap((a) => a.routes)], tips, retention };
}

/** Opens the HTTP server (on `host`, default every interface), starts every adapter and, with SCHEDULER on, the scheduler. */
export async function startRuntime(runtime: Runtime, config: Config, store: Store, logger: Logger, listen: { port: number; host?: string } = { port: config.port }): Promise<StartedRuntime> {
  const server = await startHttpServer(runtime.routes, listen.port, logger, ...(listen.host ? [listen.host] : []));
  for (const adapter of runtime.adapters) await adapter.start();
  const scheduler = config.schedulerEnabled ? startScheduler(withRetention((signal) => runtime.tips.runDue(undefined, { signal }), runtime.retention), logger) : undefined;
  const stopSteps: ShutdownStep[] = [
    { name: 'the HTTP server', run: () => server.close(10_000) },
    ...(scheduler ? [{ name: 'the scheduler', run: () => scheduler.stop() }] : []),
    ...runtime.adapters.map((adapter) => ({ name: `the ${adapter.name} adapter`, run: () => adapter.stop() })),
    ...(runtime.insights ? [{ name: 'the insights recorder', run: () => runtime.insights!.settled() }] : []),
    { name: 'the database', run: () => store.close() },
  ];
  return { server, scheduler, stopSteps };
}

export function teamsState(config: Config): string {
  if (!config.teams.enabled) return 'off';
  return config.teams.localMode ? 'local' : 'authenticated';
}
