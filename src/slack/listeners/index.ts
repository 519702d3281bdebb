import type { App } from '@slack/bolt';
import type { SlackDeps } from '../slack-deps';
import { appHomeOpenedListener } from './app-home-opened';
import { appMentionListener } from './app-mention';
import { appRemovedListener } from './app-removed';
import { clarifyChoiceListener } from './clarify-choice';
import { registerEventDeduplication } from './dedupe-events';
import { directMessageListener } from './direct-message';
import { feedbackListener } from './feedback';
import type { SlackListener } from './listener';
import { readPrincipleListener } from './read-principle';
import { shareListener } from './share';
import { showPassageListener } from './show-passage';
import { slashCommandListener } from './slash-command';
import { unknownActionListener } from './unknown-action';

/** Every Slack listener, in registration order. */
export const SLACK_LISTENERS: readonly SlackListener[] = [
  slashCommandListener,
  appMentionListener,
  directMessageListener,
  appHomeOpenedListener,
  appRemovedListener,
  showPassageListener,
  clarifyChoiceListener,
  shareListener,
  feedbackListener,
  readPrincipleListener,
  unknownActionListener,
];

/** The slash commands the code handles: the manifest must declare exactly these. */
export const SLACK_COMMANDS: readonly string[] = SLACK_LISTENERS.flatMap((l) => l.declares.commands ?? []);

/** The event subscriptions (manifest names) the code handles: the manifest must declare exactly these. */
export const SLACK_EVENTS: readonly string[] = SLACK_LISTENERS.flatMap((l) => l.declares.events ?? []);

export function registerSlackListeners(app: App, deps: SlackDeps): void {
  registerEventDeduplication(app, deps);
  for (const listener of SLACK_LISTENERS) listener.register(app, deps);
}
