import type { App } from '@slack/bolt';
import type { SlackDeps } from '../slack-deps';

/** One Slack listener, and what the app manifest must declare for it. */
export interface SlackListener {
  name: string;
  /** Slash commands and event subscriptions (manifest names, e.g. `message.im`) this listener needs. */
  declares: { commands?: readonly string[]; events?: readonly string[] };
  register(app: App, deps: SlackDeps): void;
}
