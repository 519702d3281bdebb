import type { InstallationStore, Logger as BoltLogger, Receiver, webApi } from '@slack/bolt';
// Bolt's classes from their own modules: `@slack/bolt`'s index also loads Express and its body parsers
// for ExpressReceiver, which this bot never uses (about 6 MB and 100 ms of every start).
import HTTPReceiver from '@slack/bolt/dist/receivers/HTTPReceiver';
import SocketModeReceiver from '@slack/bolt/dist/receivers/SocketModeReceiver';
import { MemoryInstallationStore } from '@slack/oauth';
import type { SlackConfig } from '../config/config';
import type { Route } from '../server/http-server';
import { BOT_SCOPES } from './scopes';

export const SLACK_EVENTS_PATH = '/slack/events';
export const SLACK_INSTALL_PATH = '/slack/install';
export const SLACK_OAUTH_REDIRECT_PATH = '/slack/oauth_redirect';

export interface BuiltReceiver {
  receiver: Receiver;
  /** Routes our one HTTP server mounts; none in Socket Mode. */
  routes: Route[];
  /** Present in OAuth mode: where installations (and their bot tokens) are kept. */
  installationStore?: InstallationStore;
}

export interface ReceiverOptions {
  logger: BoltLogger;
  clientOptions: webApi.WebClientOptions;
  /** OAuth mode: where installations (and their bot tokens) are kept; without one they live in memory and are lost at restart. */
  installationStore?: InstallationStore;
}

/**
 * Bolt's receiver for the configured mode. HTTP and OAuth use an `HTTPReceiver` whose request
 * listener our own server calls (no second port); Socket Mode opens a WebSocket and needs no route.
 */
export function buildReceiver(config: Exclude<SlackConfig, { mode: 'off' }>, options: ReceiverOptions): BuiltReceiver {
  if (config.mode === 'socket') {
    // Bolt hands `installerOptions.clientOptions` to the Socket Mode client: that is how SLACK_API_URL reaches apps.connections.open.
    const receiver = new SocketModeReceiver({ appToken: config.appToken, logger: options.logger, installerOptions: { clientOptions: options.clientOptions } });
    return { receiver, routes: [] };
  }
  const common = { signingSecret: config.signingSecret, endpoints: [SLACK_EVENTS_PATH], processBeforeResponse: false, logger: options.logger };
  if (config.mode === 'http') {
    const receiver = new HTTPReceiver(common);
    return { receiver, routes: [route('POST', SLACK_EVENTS_PATH, receiver)] };
  }
  const installationStore = options.installationStore ?? new MemoryInstallationStore();
  const receiver = new HTTPReceiver({
    ...common,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    stateSecret: config.stateSecret,
    scopes: [...BOT_SCOPES],
    installationStore,
    installerOptions: { directInstall: true, installPath: SLACK_INSTALL_PATH, redirectUriPath: SLACK_OAUTH_REDIRECT_PATH, clientOptions: options.clientOptions },
  });
  return {
    receiver,
    installationStore,
    routes: [route('POST', SLACK_EVENTS_PATH, receiver), route('GET', SLACK_INSTALL_PATH, receiver), route('GET', SLACK_OAUTH_REDIRECT_PATH, receiver)],
  };
}

function route(method: 'GET' | 'POST', path: string, receiver: HTTPReceiver): Route {
  return {
    method,
    path,
    // Typed as a plain RequestListener, but Bolt returns the promise of its async handling: await it
    // so that a failure reaches our server's error handling instead of going unhandled.
    handler: async (req, res) => {
      await (receiver.requestListener(req, res) as unknown);
    },
  };
}
