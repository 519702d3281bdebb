import type { InstallationStore } from '@slack/bolt';
// From its own module, as in receiver.ts: `@slack/bolt`'s index also loads Express.
import App from '@slack/bolt/dist/App';
import { WebClient } from '@slack/web-api';
import type { PlatformAdapter } from '../server/platform-adapter';
import type { SlackDeps } from './slack-deps';
import type { SlackConfig } from '../config/config';
import { boltLevel, boltLogger } from './bolt-logger';
import { BotIdentityCache, describeError } from './bot-identity';
import { interactiveClientOptions } from './client-options';
import { InFlightWork } from './in-flight';
import { registerSlackListeners } from './listeners';
import { buildReceiver } from './receiver';
import { SlackSender, type TokenLookup } from './slack-sender';

export interface SlackAdapterOptions {
  /** OAuth mode: where installations are stored; defaults to `deps.slackInstallationStore`. */
  installationStore?: InstallationStore;
  /** How long `stop()` waits for answers still being worked on after their ack; default 10 s. */
  stopTimeoutMs?: number;
}

export const DEFAULT_STOP_TIMEOUT_MS = 10_000;

/**
 * The Slack app: Bolt with our receiver, the listeners, and a sender for weekly tips. Creating it
 * never calls Slack; `start()` checks the token and logs (never throws) if Slack refuses it. `stop()`
 * waits (up to `stopTimeoutMs`) for answers still being sent after their ack, so none is dropped at shutdown.
 */
export function createSlackAdapter(config: SlackConfig, deps: SlackDeps, options: SlackAdapterOptions = {}): PlatformAdapter {
  if (config.mode === 'off') throw new Error('createSlackAdapter needs a Slack configuration (mode is off)');
  const logger = deps.logger.child({ platform: 'slack' });
  const clientOptions = interactiveClientOptions(config.apiUrl);
  const bolt = boltLogger(logger);
  const installationStore = options.installationStore ?? deps.slackInstallationStore;
  if (config.mode === 'oauth' && !installationStore) logger.warn('Slack OAuth without a store: installations are kept in memory and lost at restart');
  const built = buildReceiver(config, { logger: bolt, clientOptions, ...(installationStore ? { installationStore } : {}) });

  let identity: BotIdentityCache | undefined;
  let app: App;
  let tokenFor: TokenLookup;
  if (config.mode === 'oauth') {
    app = new App({ receiver: built.receiver, logger: bolt, logLevel: boltLevel(logger.level), clientOptions, convoStore: false });
    const store = built.installationStore!;
    tokenFor = async (teamId) => (teamId ? (await store.fetchInstallation({ teamId, enterpriseId: undefined, isEnterpriseInstall: false })).bot?.token : undefined);
  } else {
    const botToken = config.botToken;
    const cache = new BotIdentityCache(new WebClient(botToken, { ...clientOptions, logger: bolt }), logger);
    identity = cache;
    // Our own authorize instead of `token`: Bolt would call auth.test in its constructor and a refusal
    // would become an unhandled rejection that ends the process (and Teams with it).
    app = new App({
      receiver: built.receiver,
      logger: bolt,
      logLevel: boltLevel(logger.level),
      clientOptions,
      convoStore: false,
      authorize: async () => {
        const id = await cache.get();
        return { botToken, botId: id.botId, botUserId: id.botUserId, ...(id.teamId ? { teamId: id.teamId } : {}) };
      },
    });
    tokenFor = async () => botToken;
  }
  app.error(async (error) => {
    logger.error({ err: describeError(error) }, 'Slack listener error');
    throw error;
  });
  const inFlight = new InFlightWork();
  inFlight.register(app);
  registerSlackListeners(app, { ...deps, logger });
  const stopTimeoutMs = options.stopTimeoutMs ?? DEFAULT_STOP_TIMEOUT_MS;

  return {
    name: 'slack',
    routes: built.routes,
    describe: () => describeMode(config),
    async start() {
      if (identity) {
        await identity.get().then(
          (id) => logger.info({ botUserId: id.botUserId, teamId: id.teamId }, 'Slack token accepted'),
          () => undefined, // already logged clearly by the cache; the server keeps running
        );
      }
      if (config.mode === 'socket') {
        await app.start().catch((error: unknown) => logger.error({ err: describeError(error) }, 'Slack Socket Mode could not connect: check SLACK_APP_TOKEN; other platforms keep working'));
      }
    },
    async stop() {
      // Socket Mode: stop taking new events first. Over HTTP our server has already stopped accepting requests.
      if (config.mode === 'socket') await app.stop().catch((error: unknown) => logger.warn({ err: describeError(error) }, 'Slack Socket Mode did not close cleanly'));
      const pending = inFlight.size;
      if (pending === 0) return;
      logger.info({ pending }, 'Waiting for Slack answers still being sent');
      if (!(await inFlight.drain(stopTimeoutMs))) logger.warn({ pending: inFlight.size, timeoutMs: stopTimeoutMs }, 'Stopped with Slack answers still being sent: they may be lost');
    },
    sender: new SlackSender(tokenFor, clientOptions),
  };
}

function describeMode(config: Exclude<SlackConfig, { mode: 'off' }>): string {
  const api = config.apiUrl ? `, Web API ${config.apiUrl}` : '';
  switch (config.mode) {
    case 'http':
      return `Slack: HTTP mode, single workspace (POST /slack/events)${api}`;
    case 'socket':
      return `Slack: Socket Mode, single workspace (no public URL needed)${api}`;
    case 'oauth':
      return `Slack: multi-workspace OAuth (install at /slack/install; events at POST /slack/events)${api}`;
  }
}
