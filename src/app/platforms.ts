import type { Config } from '../config/config';
import type { PlatformAdapter, PlatformDeps } from './platform-adapter';
import { createSlackAdapter } from '../slack/slack-adapter';
import { createTeamsAdapter } from '../teams/teams-adapter';

/** Builds the adapter of every configured platform. Teams always runs (local mode without an app id). */
export function createPlatformAdapters(_config: Config, _deps: PlatformDeps): PlatformAdapter[] {
  const adapters: PlatformAdapter[] = [];
  if (_config.slack.mode !== 'off') adapters.push(createSlackAdapter(_config.slack, _deps));
  adapters.push(createTeamsAdapter(_config.teams, _deps));
  return adapters;
}
