import type { Config } from '../config/config';
import type { Logger } from '../logging/logger';
import { SlackInstallationStore } from '../slack/installation-store';
import type { Store } from '../store/store';
import { TokenCipher } from '../store/token-cipher';
import type { SlackDeps } from '../slack/slack-deps';
import { ResilientEventDeduper, ResilientFeedback } from './resilient-ports';

/**
 * The store-backed ports every platform adapter gets (shared across replicas when the database is).
 * Event de-duplication and feedback fall back to memory and logs while the database is down, so
 * questions are still answered.
 */
export function storeBackedDeps(store: Store, config: Config, logger: Logger): Omit<SlackDeps, 'assistant' | 'logger'> {
  const deps: Omit<SlackDeps, 'assistant' | 'logger'> = {
    events: new ResilientEventDeduper(store.events, logger),
    feedback: new ResilientFeedback(store.feedback, logger),
    conversations: store.conversations,
    subscriptionDirectory: store.subscriptionDirectory,
  };
  if (config.slack.mode === 'oauth') {
    deps.slackInstallationStore = new SlackInstallationStore(store.installations, new TokenCipher(config.tokenEncryptionKey, { production: config.production, logger }));
  }
  return deps;
}
