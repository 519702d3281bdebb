import type { InstallationStore } from '@slack/bolt';
import type { PlatformDeps } from '../server/platform-adapter';

/** What the Slack adapter gets: every platform's deps, plus the OAuth installation store. */
export interface SlackDeps extends PlatformDeps {
  /** Slack OAuth (multi-workspace): Bolt's installation store over the database, tokens encrypted at rest. */
  slackInstallationStore?: InstallationStore;
}
