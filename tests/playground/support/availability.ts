import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface PlaygroundTools {
  chromium: string;
  playgroundCli: string;
}

/**
 * Chromium (Debian's `chromium`, or CHROMIUM_PATH) and the Agents Playground CLI (a devDependency),
 * or the reason the Playground test cannot run here.
 */
export function findPlaygroundTools(): PlaygroundTools | { missing: string } {
  const chromium = findChromium();
  if (!chromium) return { missing: process.env.CHROMIUM_PATH ? `CHROMIUM_PATH (${process.env.CHROMIUM_PATH}) is not a file` : 'Chromium is not installed (apt-get install chromium, or set CHROMIUM_PATH)' };
  let playgroundCli: string;
  try {
    playgroundCli = require.resolve('@microsoft/m365agentsplayground/cli.js');
  } catch {
    return { missing: 'the Agents Playground package is not installed (npm ci installs @microsoft/m365agentsplayground)' };
  }
  return { chromium, playgroundCli };
}

function findChromium(): string | undefined {
  // An explicit CHROMIUM_PATH is the only candidate: a wrong one is reported, not silently replaced.
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : undefined;
  const found = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  if (found) return found;
  const which = spawnSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' });
  const path = which.stdout.trim().split('\n')[0];
  return which.status === 0 && path ? path : undefined;
}
