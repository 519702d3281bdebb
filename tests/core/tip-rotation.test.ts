import { TipRotation } from '../../src/core/tips/tip-rotation';
import type { Principle } from '../../src/core/knowledge';
import { PRINCIPLE_SLUGS } from '../../src/core/topics';

function principle(n: number, tipCount: number): Principle {
  const slug = PRINCIPLE_SLUGS[n - 1]!;
  return {
    number: n,
    slug,
    title: `P${n}`,
    thinkAgainAbout: '',
    summary: '',
    do: [],
    dont: [],
    sourceIds: [],
    tips: Array.from({ length: tipCount }, (_, i) => ({ id: `${slug}-${i + 1}`, principle: slug, text: '' })),
  };
}

describe('TipRotation: a year of weekly tips walks the principles in order', () => {
  const principles = PRINCIPLE_SLUGS.map((_, i) => principle(i + 1, i === 2 ? 4 : 3)).reverse();
  const rotation = new TipRotation(principles);

  it('sends the first tip of principles 1 to 10, then the second tip of each', () => {
    const first = Array.from({ length: 11 }, (_, n) => rotation.tipAt(n).id);
    expect(first.slice(0, 10)).toEqual(PRINCIPLE_SLUGS.map((s) => `${s}-1`));
    expect(first[10]).toBe('values-2');
  });

  it('repeats nothing until every tip has gone out', () => {
    const cycle = rotation.order.length;
    expect(cycle).toBe(31);
    const ids = Array.from({ length: cycle }, (_, n) => rotation.tipAt(n).id);
    expect(new Set(ids).size).toBe(cycle);
    expect(rotation.tipAt(cycle).id).toBe(rotation.tipAt(0).id);
  });

  it('gives the same tip of the day to everyone, and a different one tomorrow', () => {
    const today = new Date('2026-11-25T10:00:00Z');
    expect(rotation.tipOfTheDay(today).id).toBe(rotation.tipOfTheDay(new Date('2026-11-25T22:00:00Z')).id);
    expect(rotation.tipOfTheDay(today).id).not.toBe(rotation.tipOfTheDay(new Date('2026-11-26T10:00:00Z')).id);
  });
});
