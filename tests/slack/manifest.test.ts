import { readFileSync } from 'node:fs';
import { App, HTTPReceiver } from '@slack/bolt';
import { parse } from 'yaml';
import { MemoryConversationDirectory, MemoryEventDeduper, LoggedFeedback } from '../support/memory-ports';
import type { PlatformDeps } from '../../src/server/platform-adapter';
import { silentLogger } from '../../src/logging/logger';
import { registerSlackListeners, SLACK_COMMANDS, SLACK_EVENTS } from '../../src/slack/listeners';
import { BOT_SCOPES } from '../../src/slack/scopes';
import { realAssistant } from './support/slack-harness';

interface Manifest {
  display_information: { name: string; description?: string };
  features: {
    app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean; messages_tab_read_only_enabled: boolean };
    bot_user: { display_name: string };
    slash_commands: Array<{ command: string; url?: string; description: string }>;
  };
  oauth_config: { scopes: { bot: string[]; user?: string[] } };
  settings: {
    event_subscriptions: { request_url?: string; bot_events: string[]; user_events?: string[] };
    interactivity: { is_enabled: boolean; request_url?: string };
  };
}

const manifest = parse(readFileSync('manifests/slack/manifest.yml', 'utf8')) as Manifest;

/** What the listeners actually register with Bolt, observed on a real App. */
function registeredWithBolt(): { commands: string[]; events: string[] } {
  const app = new App({ receiver: new HTTPReceiver({ signingSecret: 'x' }), token: 'xoxb-x', botId: 'B0', botUserId: 'U0', logger: { debug() {}, info() {}, warn() {}, error() {}, setLevel() {}, getLevel: () => 'error' as never, setName() {} } });
  const commands = jest.spyOn(app, 'command');
  const events = jest.spyOn(app, 'event');
  const deps: PlatformDeps = { assistant: realAssistant().assistant, logger: silentLogger, events: new MemoryEventDeduper(), feedback: new LoggedFeedback(silentLogger), conversations: new MemoryConversationDirectory() };
  registerSlackListeners(app, deps);
  return { commands: commands.mock.calls.map((c) => String(c[0])), events: events.mock.calls.map((c) => String(c[0])) };
}

describe('Slack manifest agrees with the code', () => {
  it('declares exactly the slash commands the code handles', () => {
    const declared = manifest.features.slash_commands.map((c) => c.command).sort();
    expect(declared).toEqual([...SLACK_COMMANDS].sort());
    expect(registeredWithBolt().commands.sort()).toEqual([...SLACK_COMMANDS].sort());
  });

  it('subscribes to exactly the events the code handles', () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual([...SLACK_EVENTS].sort());
    expect(manifest.settings.event_subscriptions.user_events ?? []).toEqual([]);
    // Bolt names `message.im` as `message` (the listener filters on channel_type 'im').
    const boltNames = [...new Set(SLACK_EVENTS.map((e) => e.split('.')[0]!))].sort();
    expect([...new Set(registeredWithBolt().events)].sort()).toEqual(boltNames);
  });

  it('asks for exactly the bot scopes the code needs, and no user scopes', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...BOT_SCOPES].sort());
    expect(manifest.oauth_config.scopes.user ?? []).toEqual([]);
  });

  it('has the display information, bot user, interactivity and App Home the code relies on', () => {
    expect(manifest.display_information.name).toBe('ThinkAgain');
    expect(manifest.features.bot_user.display_name).toBeTruthy();
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_read_only_enabled).toBe(false);
    for (const url of [manifest.settings.interactivity.request_url, manifest.settings.event_subscriptions.request_url, ...manifest.features.slash_commands.map((c) => c.url)]) {
      expect(url).toMatch(/\/slack\/events$/);
    }
  });

  it('declares every scope an event needs', () => {
    const needs: Record<string, string> = { app_mention: 'app_mentions:read', 'message.im': 'im:history' };
    for (const event of SLACK_EVENTS) if (needs[event]) expect(manifest.oauth_config.scopes.bot).toContain(needs[event]);
    if (SLACK_COMMANDS.length) expect(manifest.oauth_config.scopes.bot).toContain('commands');
  });
});
