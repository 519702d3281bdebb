import { buildAssistant } from './app/build-assistant';
import { LoggedFeedback, MemoryConversationDirectory, MemoryEventDeduper } from './app/memory-ports';
import type { PlatformDeps } from './app/platform-adapter';
import { createPlatformAdapters } from './app/platforms';
import { startupMessage } from './app/startup-message';
import { readConfig } from './config/config';
import { loadEnvironment } from './config/load-env';
import { reportFatal } from './cli/report-fatal';
import { createLogger } from './logging/logger';
import { healthHandler } from './server/health';
import { startHttpServer, type Route } from './server/http-server';

/** The one place that reads configuration and wires the parts together. */
async function main(): Promise<void> {
  const config = readConfig(loadEnvironment());
  const logger = createLogger(config.logLevel);
  const { assistant, kb } = buildAssistant(config.contentDir);

  const deps: PlatformDeps = {
    assistant,
    logger,
    events: new MemoryEventDeduper(),
    feedback: new LoggedFeedback(logger),
    conversations: new MemoryConversationDirectory(),
  };
  const adapters = createPlatformAdapters(config, deps);
  const routes: Route[] = [
    {
      method: 'GET',
      path: '/healthz',
      handler: healthHandler(
        async () => undefined,
        () => ({ slack: config.slack.mode, teams: config.teams.localMode ? 'local' : 'authenticated', passages: String(kb.passages.length) }),
      ),
    },
    ...adapters.flatMap((a) => a.routes),
  ];

  const server = await startHttpServer(routes, config.port, logger);
  for (const adapter of adapters) await adapter.start();
  process.stderr.write(`${startupMessage(config, server.port, adapters, 'in memory (no database yet)')}\n`);
  logger.info({ port: server.port, slack: config.slack.mode, teams: config.teams.localMode ? 'local' : 'authenticated' }, 'started');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await server.close(10_000);
    for (const adapter of adapters) await adapter.stop().catch((err: unknown) => logger.warn({ err }, 'adapter stop failed'));
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.exitCode = reportFatal(error);
});
