import type { FakeClock } from '../support/test-databases';

interface Wake {
  at: number;
  resolve: () => void;
}

/**
 * The scheduler's `sleep` on a fake clock, so pacing, backoff and Retry-After run exactly as in
 * production without the test waiting for them. Every sleeper waits for its own wake time; whenever
 * the code under test has nothing else to do, the clock jumps to the earliest wake time and wakes
 * those sleepers, so sends happen at the times the pacer chose, in order.
 */
export class VirtualTime {
  private readonly wakes: Wake[] = [];
  private driving = false;

  constructor(private readonly clock: FakeClock) {}

  readonly sleep = (ms: number): Promise<void> =>
    new Promise<void>((resolve) => {
      this.wakes.push({ at: this.clock.now().getTime() + Math.max(0, ms), resolve });
      void this.drive();
    });

  private async drive(): Promise<void> {
    if (this.driving) return;
    this.driving = true;
    try {
      while (this.wakes.length > 0) {
        // Let every lane that can run go as far as its next wait (database calls included) first.
        await new Promise((r) => setTimeout(r, 0));
        await new Promise((r) => setImmediate(r));
        this.wakes.sort((a, b) => a.at - b.at);
        const at = this.wakes[0]!.at;
        if (at > this.clock.now().getTime()) this.clock.set(new Date(at));
        while (this.wakes.length > 0 && this.wakes[0]!.at <= at) this.wakes.shift()!.resolve();
      }
    } finally {
      this.driving = false;
    }
  }
}

const virtualTimes = new WeakMap<FakeClock, VirtualTime>();

/** One virtual time per fake clock, shared by every scheduler (replica) that runs on that clock. */
export function virtualTimeOf(clock: FakeClock): VirtualTime {
  let time = virtualTimes.get(clock);
  if (!time) {
    time = new VirtualTime(clock);
    virtualTimes.set(clock, time);
  }
  return time;
}
