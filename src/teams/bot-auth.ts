import { ConfigurationBotFrameworkAuthentication } from 'botbuilder-core';
import type { TeamsConfig } from '../config/config';

/**
 * botbuilder's own setting names, built from validated config (never from process.env). In local mode
 * the app id is empty and the app type unset: SingleTenant with an empty id makes botbuilder throw.
 */
export function botAuthSettings(config: TeamsConfig): Record<string, string> {
  if (config.localMode || !config.appId) return { MicrosoftAppId: '', MicrosoftAppPassword: '' };
  const settings: Record<string, string> = { MicrosoftAppId: config.appId, MicrosoftAppType: config.appType };
  if (config.appPassword) settings.MicrosoftAppPassword = config.appPassword;
  if (config.tenantId) settings.MicrosoftAppTenantId = config.tenantId;
  return settings;
}

export function createBotAuthentication(config: TeamsConfig): ConfigurationBotFrameworkAuthentication {
  return new ConfigurationBotFrameworkAuthentication(botAuthSettings(config));
}
