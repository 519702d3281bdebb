import type { Config } from '../config/config';

/** `tips run-due`: sends every weekly tip due at an instant. Needs the store (see README, "Weekly tips"). */
export async function runTipsDue(_config: Config, _args: string[]): Promise<number> {
  process.stderr.write('Weekly tips need the subscription store, which this build does not include yet.\n');
  return 1;
}
