import type { Config } from '../config/config';
import type { PlatformAdapter, PlatformDeps } from './platform-adapter';
import { createTeamsAdapter } from '../teams/teams-adapter';

/** Builds the adapter of every configured platform. Teams always runs (local mode without an app id). */
export function createPlatformAdapters(_config: Config, _deps: PlatformDeps): PlatformAdapter[] {
  const adapters: PlatformAdapter[] = [];
  adapters.push(createTeamsAdapter(_config.teams, _deps));
  return adapters;
}
