import type { Principle, Tip } from '../knowledge';

/**
 * The order weekly tips go out in: the first tip of principles 1 to 10, then the second tip of each,
 * and so on. A subscription that has had `n` tips gets `tipAt(n)` next, so nothing repeats until every
 * tip has been sent once.
 */
export class TipRotation {
  readonly order: readonly Tip[];

  constructor(principles: readonly Principle[]) {
    const sorted = [...principles].sort((a, b) => a.number - b.number);
    const rounds = Math.max(0, ...sorted.map((p) => p.tips.length));
    const order: Tip[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const principle of sorted) {
        const tip = principle.tips[round];
        if (tip) order.push(tip);
      }
    }
    if (order.length === 0) throw new Error('TipRotation: the knowledge base has no tips.');
    this.order = order;
  }

  /** The tip to send after `sentBefore` tips have gone out. */
  tipAt(sentBefore: number): Tip {
    const index = ((sentBefore % this.order.length) + this.order.length) % this.order.length;
    return this.order[index] as Tip;
  }

  /** A tip for "tip now": it changes once a day, and is the same for everyone that day. */
  tipOfTheDay(now: Date): Tip {
    return this.tipAt(Math.floor(now.getTime() / 86_400_000));
  }
}
