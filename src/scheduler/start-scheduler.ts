import type { Logger } from '../logging/logger';
import type { RunSummary } from './scheduler-options';

export interface RunningScheduler {
  /** Stops ticking and waits for the run in progress to finish. */
  stop(): Promise<void>;
}

/**
 * Ticks every minute inside `npm start` (first tick at once). A tick that finds the previous run still
 * going does nothing; a failed run (database down) is logged and the next tick tries again. The timer
 * is unref'd so it never keeps the process alive on its own.
 */
export function startScheduler(runDue: () => Promise<RunSummary>, logger: Logger, intervalMs = 60_000): RunningScheduler {
  let current: Promise<void> | undefined;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const tick = () => {
    if (stopped || current) return;
    current = runDue()
      .then((summary) => {
        const busy = summary.due + summary.recovered + summary.failed > 0;
        if (busy) logger.info({ ...summary }, 'weekly tips run');
      })
      .catch((error: unknown) => logger.error({ err: error }, 'weekly tips run failed; retrying at the next tick'))
      .finally(() => {
        current = undefined;
      });
  };

  tick();
  timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      timer = undefined;
      await current;
    },
  };
}
