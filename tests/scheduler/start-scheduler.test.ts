import { silentLogger } from '../../src/logging/logger';
import { emptySummary, type RunSummary } from '../../src/scheduler/scheduler-options';
import { startScheduler, STOP_GRACE_MS } from '../../src/scheduler/start-scheduler';

describe('startScheduler', () => {
  it('stop() aborts the run in progress and waits for it to finish', async () => {
    let signal: AbortSignal | undefined;
    let finished = false;
    const running = startScheduler(async (s) => {
      signal = s;
      await new Promise<void>((resolve) => s.addEventListener('abort', () => setTimeout(resolve, 50)));
      finished = true;
      return emptySummary();
    }, silentLogger);
    await new Promise((r) => setImmediate(r));
    expect(signal?.aborted).toBe(false);
    await running.stop();
    expect(signal?.aborted).toBe(true);
    expect(finished).toBe(true);
  });

  it('stop() resolves within the grace period even when a send hangs', async () => {
    const hanging = (): Promise<RunSummary> => new Promise(() => undefined);
    const running = startScheduler(hanging, silentLogger, 60_000, 200);
    const started = Date.now();
    await running.stop();
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(STOP_GRACE_MS).toBeLessThanOrEqual(10_000);
  });

  it('starts no new run after stop()', async () => {
    let runs = 0;
    const running = startScheduler(async () => {
      runs += 1;
      return emptySummary();
    }, silentLogger, 10);
    await running.stop();
    const before = runs;
    await new Promise((r) => setTimeout(r, 50));
    expect(runs).toBe(before);
  });
});
