import type { App } from '@slack/bolt';

/**
 * Listener work still running after Bolt has acked. Bolt answers Slack before the listener finishes
 * (`processBeforeResponse: false`), so closing the HTTP server does not wait for the answer that
 * follows the ack; `drain` does.
 */
export class InFlightWork {
  private readonly running = new Set<Promise<void>>();

  get size(): number {
    return this.running.size;
  }

  /** A global middleware, registered first so that it wraps every other middleware and listener. */
  register(app: App): void {
    app.use(async ({ next }) => {
      await this.track(next());
    });
  }

  /** Runs `work` to completion as the caller would, remembering it until it settles. */
  async track<T>(work: Promise<T>): Promise<T> {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    this.running.add(settled);
    try {
      return await work;
    } finally {
      this.running.delete(settled);
    }
  }

  /** Resolves when nothing is running, or after `timeoutMs`; true when everything finished. */
  async drain(timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    try {
      while (this.running.size > 0) {
        const finished = await Promise.race([Promise.all([...this.running]).then(() => true as const), deadline]);
        if (!finished) return false;
      }
      return true;
    } finally {
      clearTimeout(timer);
    }
  }
}
