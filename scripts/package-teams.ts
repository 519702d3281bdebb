/**
 * `npm run package:teams`: writes dist/thinkagain-teams.zip, the app package to upload to Teams, with
 * MicrosoftAppId and the host of PUBLIC_URL (from the environment or .env) substituted.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, readConfig } from '../src/config/config';
import { loadEnvironment } from '../src/config/load-env';
import { buildAppPackage } from './teams/app-package';

function main(): number {
  let config;
  try {
    config = readConfig(loadEnvironment());
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const problems: string[] = [];
  if (!config.teams.appId) problems.push('MicrosoftAppId is not set: register the bot in Azure first (README, "Register the bot in Azure") and put its app id in .env');
  if (!config.publicUrl) problems.push('PUBLIC_URL is not set: the https address Teams reaches the bot on, e.g. PUBLIC_URL=https://thinkagain.example.org');
  if (problems.length || !config.teams.appId || !config.publicUrl) {
    process.stderr.write(`Cannot build the Teams app package:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
    return 1;
  }
  const root = join(__dirname, '..');
  const out = join(root, 'dist', 'thinkagain-teams.zip');
  try {
    const zip = buildAppPackage(join(root, 'manifests', 'teams'), { appId: config.teams.appId, publicHost: new URL(config.publicUrl).host });
    mkdirSync(join(root, 'dist'), { recursive: true });
    writeFileSync(out, zip);
  } catch (error) {
    process.stderr.write(`Cannot build the Teams app package: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  process.stdout.write(`Wrote ${out}\nUpload it in Teams: Apps → Manage your apps → Upload an app (see README, "Upload the app to Teams").\n`);
  return 0;
}

process.exitCode = main();
