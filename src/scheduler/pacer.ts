/**
 * Spaces sends out per key: `turn(key, intervalMs)` resolves when a send under that key may go, at
 * least `intervalMs` after the previous one. Used per Slack channel (about one a second) and per
 * workspace / tenant; different keys go in parallel.
 */
export class Pacer {
  private readonly nextFree = new Map<string, number>();

  constructor(
    private readonly clock: () => Date,
    private readonly sleep: (ms: number) => Promise<void>,
  ) {}

  async turn(key: string, intervalMs: number): Promise<void> {
    if (intervalMs <= 0) return;
    const now = this.clock().getTime();
    const slot = Math.max(now, this.nextFree.get(key) ?? 0);
    this.nextFree.set(key, slot + intervalMs);
    if (this.nextFree.size > 100_000) this.forgetPast(now);
    if (slot > now) await this.sleep(slot - now);
  }

  /** Pushes a key's next slot back, e.g. after the platform answered 429 with Retry-After. */
  holdOff(key: string, untilMs: number): void {
    this.nextFree.set(key, Math.max(untilMs, this.nextFree.get(key) ?? 0));
  }

  private forgetPast(now: number): void {
    for (const [key, at] of this.nextFree) if (at < now) this.nextFree.delete(key);
  }
}
