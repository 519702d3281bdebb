import type { Logger } from '../logging/logger';

/** One part to stop (the HTTP server, the scheduler, a platform, the store), in the order given. */
export interface ShutdownStep {
  name: string;
  run: () => Promise<void>;
}

/**
 * The longest a shutdown may take before the process gives up and exits 1. Each part bounds its own
 * wait (requests in flight 10 s, tip sends 10 s, Slack answers after their ack 10 s); this catches
 * whatever does not.
 */
export const SHUTDOWN_DEADLINE_MS = 35_000;

/** Exit codes of the server process. */
export const EXIT_CLEAN = 0;
export const EXIT_FAILED = 1;

/**
 * Runs the steps in order. A step that fails is logged and the rest still run, so the database is
 * closed even if a platform would not stop. Resolves with the exit code: 0 when every step finished
 * cleanly, 1 when one failed or the deadline passed first.
 */
export async function shutDown(steps: readonly ShutdownStep[], logger: Logger, deadlineMs = SHUTDOWN_DEADLINE_MS): Promise<number> {
  let failed = false;
  const all = (async () => {
    for (const step of steps) {
      try {
        await step.run();
      } catch (err) {
        failed = true;
        logger.warn({ err, step: step.name }, `stopping ${step.name} failed`);
      }
    }
  })();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), deadlineMs);
  });
  const outcome = await Promise.race([all.then(() => 'done' as const), deadline]);
  clearTimeout(timer);
  if (outcome === 'late') {
    logger.error({ deadlineMs }, 'shutdown did not finish in time; exiting anyway');
    return EXIT_FAILED;
  }
  return failed ? EXIT_FAILED : EXIT_CLEAN;
}

export type StopSignal = 'SIGTERM' | 'SIGINT';

/**
 * On the first SIGTERM or SIGINT, stops every part and exits with shutDown's code. Later signals are
 * ignored while it stops: Ctrl-C under `npm start` delivers SIGINT twice (from the terminal, and
 * forwarded by npm), and a second one must not cut the clean shutdown short.
 */
export function exitOnStopSignals(steps: readonly ShutdownStep[], logger: Logger, exit: (code: number) => void = (code) => process.exit(code)): void {
  let stopping = false;
  const stop = (signal: StopSignal) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    void shutDown(steps, logger).then((code) => {
      logger.info({ exitCode: code }, code === EXIT_CLEAN ? 'stopped' : 'stopped, not cleanly');
      exit(code);
    });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
