import type { Config } from '../config/config';
import type { PlatformAdapter } from '../server/platform-adapter';

/** The plain-words summary printed at start: what is configured, what is not, and how to try the bot. */
export function startupMessage(config: Config, port: number, adapters: PlatformAdapter[], storeDescription: string): string {
  const lines = [`ThinkAgain is running on http://localhost:${port}  (health: /healthz)`, `  Store: ${storeDescription}`];
  for (const adapter of adapters) lines.push(`  ${adapter.describe()}`);
  if (!config.teams.enabled) {
    lines.push('  Teams: off (production without MicrosoftAppId). Set MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId to serve Teams; see README, "Microsoft Teams".');
  }
  if (!adapters.some((a) => a.name === 'slack')) {
    lines.push('  Slack: not configured. Set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode); see README, "Slack".');
  }
  if (config.slack.mode === 'off' && config.teams.localMode) {
    lines.push('', 'No chat platform is connected yet. Try the bot in this terminal now:', '  npm run thinkagain -- chat');
  }
  return lines.join('\n');
}
