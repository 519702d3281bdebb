import { ConfigError } from '../config/config';
import { ContentError } from '../content/content-error';

/** Prints a fatal error for a person, not a stack trace, and returns the exit code. */
export function reportFatal(error: unknown, stderr: NodeJS.WritableStream = process.stderr): number {
  if (error instanceof ContentError || error instanceof ConfigError) {
    stderr.write(`${error.message}\n`);
    return 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  stderr.write(`ThinkAgain stopped: ${message}\n`);
  return 1;
}
