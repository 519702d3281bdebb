// From its own module: botbuilder's index also loads skills, SharePoint, transcripts and the legacy
// adapter's routes, none used here (about 3 MB and 60 ms of every start).
import { CloudAdapter } from 'botbuilder/lib/cloudAdapter';
import type { PlatformAdapter, PlatformDeps } from '../server/platform-adapter';
import type { TeamsConfig } from '../config/config';
import { createBotAuthentication } from './bot-auth';
import { MESSAGES_PATH, messagesRoute } from './messages-route';
import { teamsSender } from './teams-sender';
import { ThinkAgainBot } from './thinkagain-bot';
import { turnErrorHandler } from './turn-error';

/** The Teams platform: botbuilder's CloudAdapter behind our route table and our PlatformAdapter port. */
export function createTeamsAdapter(config: TeamsConfig, deps: PlatformDeps): PlatformAdapter {
  const adapter = new CloudAdapter(createBotAuthentication(config));
  adapter.onTurnError = turnErrorHandler(deps.logger);
  const bot = new ThinkAgainBot(deps);
  return {
    name: 'teams',
    routes: [messagesRoute(adapter, bot, deps.logger, config.localMode || !config.appId)],
    describe: () => describeTeams(config),
    start: async () => undefined,
    stop: async () => undefined,
    sender: teamsSender(adapter, config.localMode ? '' : (config.appId ?? ''), deps.conversations),
  };
}

/** The start-up line: the mode, and at most a prefix of the app id (never a secret). */
export function describeTeams(config: TeamsConfig): string {
  if (config.localMode || !config.appId) return `Teams: ${MESSAGES_PATH} in Bot Framework's unauthenticated local mode (for trying locally only)`;
  return `Teams: authenticated as app ${config.appId.slice(0, 8)}… (${config.appType}), endpoint ${MESSAGES_PATH}`;
}
