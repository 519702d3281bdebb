import type { Config } from '../config/config';
import type { PlatformAdapter } from '../server/platform-adapter';
import type { SlackDeps } from '../slack/slack-deps';
import { createSlackAdapter } from '../slack/slack-adapter';
import { createTeamsAdapter } from '../teams/teams-adapter';

/** Builds the adapter of every configured platform. Outside production Teams always runs (local mode without an app id). */
export function createPlatformAdapters(config: Config, deps: SlackDeps): PlatformAdapter[] {
  const adapters: PlatformAdapter[] = [];
  if (config.slack.mode !== 'off') adapters.push(createSlackAdapter(config.slack, deps));
  if (config.teams.enabled) adapters.push(createTeamsAdapter(config.teams, deps));
  return adapters;
}
