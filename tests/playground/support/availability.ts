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
  if (!chromium) return { missing: 'Chromium is not installed (apt-get install chromium, or set CHROMIUM_PATH)' };
  let playgroundCli: string;
  try {
    playgroundCli = require.resolve('@microsoft/m365agentsplayground/cli.js');
  } catch {
    return { missing: 'the Agents Playground package is not installed (npm ci installs @microsoft/m365agentsplayground)' };
  }
  return { chromium, playgroundCli };
}

function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  const which = spawnSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' });
  const path = which.stdout.trim().split('\n')[0];
  return which.status === 0 && path ? path : undefined;
}
