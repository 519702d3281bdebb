import type { Config } from '../config/config';
import type { PlatformAdapter, PlatformDeps } from './platform-adapter';

/** Builds the adapter of every configured platform. Teams always runs (local mode without an app id). */
export function createPlatformAdapters(_config: Config, _deps: PlatformDeps): PlatformAdapter[] {
  const adapters: PlatformAdapter[] = [];
  return adapters;
}
