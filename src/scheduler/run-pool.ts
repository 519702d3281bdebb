export interface PoolOptions<T> {
  /**
   * Called with an item whose worker threw; the pool goes on with the next item. To stop the pool
   * instead (the database is down, so every item would fail), throw: the pool stops taking new
   * items, lets the ones in flight finish, then throws that error.
   */
  onError: (item: T, error: unknown) => void;
  /** Checked before each new item is taken: once true, no new item is taken and those in flight finish. */
  stopped?: () => boolean;
}

/**
 * Runs `worker` over items pulled from `next()` with at most `concurrency` in flight. One item's
 * failure goes to `onError` and does not stop the others. A failing `next()` (or `onError`) stops the
 * pool: no new items, the ones in flight finish, then that error is thrown.
 */
export async function runPool<T>(concurrency: number, next: () => Promise<T | undefined>, worker: (item: T) => Promise<void>, options: PoolOptions<T>): Promise<void> {
  let failure: { error: unknown } | undefined;
  const lanes = Array.from({ length: Math.max(1, concurrency) }, async () => {
    while (!failure && !options.stopped?.()) {
      try {
        const item = await next();
        if (item === undefined) return;
        try {
          await worker(item);
        } catch (error) {
          options.onError(item, error);
        }
      } catch (error) {
        failure ??= { error };
      }
    }
  });
  await Promise.all(lanes);
  if (failure) throw failure.error;
}
