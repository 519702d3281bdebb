import { createLogger, silentLogger } from '../../src/logging/logger';
import { emptySummary, type RunSummary } from '../../src/scheduler/run-summary';
import { startScheduler } from '../../src/scheduler/start-scheduler';

/** Lets every queued promise continuation run. */
const settle = () => new Promise((r) => setImmediate(r));

describe('startScheduler', () => {
  it('stop() aborts the run in progress and resolves only once that run has finished', async () => {
    let signal: AbortSignal | undefined;
    let finishRun!: () => void;
    let finished = false;
    const running = startScheduler(async (s) => {
      signal = s;
      await new Promise<void>((resolve) => (finishRun = resolve));
      finished = true;
      return emptySummary();
    }, silentLogger);
    await settle();
    expect(signal?.aborted).toBe(false);

    let stopped = false;
    const stopping = running.stop().then(() => (stopped = true));
    await settle();
    expect(signal?.aborted).toBe(true);
    expect(stopped).toBe(false); // still waiting for the run

    finishRun();
    await stopping;
    expect(finished).toBe(true);
  });

  it('stop() gives up on a send that hangs after its grace period, and says the claim stays leased', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const logger = createLogger('info', { write: (l: string) => void lines.push(JSON.parse(l) as Record<string, unknown>) });
    const hanging = (): Promise<RunSummary> => new Promise(() => undefined);
    const running = startScheduler(hanging, logger, 60_000, 200);
    await running.stop(); // resolves although the run never does
    expect(lines).toEqual([expect.objectContaining({ level: 40, waitedMs: 200, msg: expect.stringContaining('its claim stays leased') })]);
  });

  describe('on a fake clock', () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    it('runs at once, then every minute, and never again after stop()', async () => {
      let runs = 0;
      const running = startScheduler(async () => {
        runs += 1;
        return emptySummary();
      }, silentLogger);
      await jest.advanceTimersByTimeAsync(0);
      expect(runs).toBe(1);
      await jest.advanceTimersByTimeAsync(60_000);
      expect(runs).toBe(2);
      await running.stop();
      await jest.advanceTimersByTimeAsync(10 * 60_000);
      expect(runs).toBe(2);
    });

    it('a tick that finds the previous run still going starts no second one', async () => {
      let runs = 0;
      let finishRun!: () => void;
      const running = startScheduler(async () => {
        runs += 1;
        await new Promise<void>((resolve) => (finishRun = resolve));
        return emptySummary();
      }, silentLogger);
      await jest.advanceTimersByTimeAsync(5 * 60_000);
      expect(runs).toBe(1);
      finishRun();
      await jest.advanceTimersByTimeAsync(60_000);
      expect(runs).toBe(2);
      finishRun();
      await running.stop();
    });
  });
});
