import type { Logger } from '../logging/logger';
import type { RunSummary } from './run-summary';

export interface RunningScheduler {
  /**
   * Stops ticking and tells the run in progress to stop taking new work (nothing more is claimed; sends
   * in flight finish). Resolves when that run has finished, or after `stopGraceMs` (10 s) at most even
   * if a send hangs: that delivery's claim stays leased, so no other process sends it meanwhile, and
   * when the lease runs out a later run retries it.
   */
  stop(): Promise<void>;
}

export const STOP_GRACE_MS = 10_000;

/**
 * Ticks every minute inside `npm start` (first tick at once). A tick that finds the previous run still
 * going does nothing; a failed run (database down) is logged and the next tick tries again. The timer
 * is unref'd so it never keeps the process alive on its own. `runDue` gets a signal that is aborted by
 * `stop()`; pass it on to TipScheduler.runDue: `(signal) => tips.runDue(undefined, { signal })`.
 */
export function startScheduler(runDue: (signal: AbortSignal) => Promise<RunSummary>, logger: Logger, intervalMs = 60_000, stopGraceMs = STOP_GRACE_MS): RunningScheduler {
  let current: Promise<void> | undefined;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const abort = new AbortController();

  const tick = () => {
    if (stopped || current) return;
    current = Promise.resolve()
      .then(() => runDue(abort.signal))
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
      abort.abort();
      const running = current;
      if (!running) return;
      let grace: NodeJS.Timeout | undefined;
      const timedOut = await Promise.race([
        running.then(() => false),
        new Promise<boolean>((resolve) => {
          grace = setTimeout(() => resolve(true), stopGraceMs);
          grace.unref?.();
        }),
      ]);
      clearTimeout(grace);
      if (timedOut) logger.warn({ waitedMs: stopGraceMs }, 'weekly tips: a send is still in flight at shutdown; its claim stays leased and a later run retries it if it did not go out');
    },
  };
}
