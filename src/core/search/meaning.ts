import type { Passage } from '../knowledge';
import { TUNING } from './tuning';
import { cosine, unit, type WordVectors } from './word-vectors';

/**
 * How close each passage's meaning is to a question's, from word vectors: the best of its title and
 * "Asked as" lines (a question put another way), blended with the passage as a whole, and then with its
 * principle as a whole (the mean of its passages), which is steadier than any one passage.
 */
export class PassageMeanings {
  private readonly byPassage = new Map<string, { lines: Float32Array[]; whole: Float32Array | undefined; topic: string }>();
  private readonly byTopic = new Map<string, Float32Array>();

  constructor(
    private readonly vectors: WordVectors,
    passages: readonly Passage[],
  ) {
    for (const p of passages) {
      const lines = [p.title, ...p.askedAs].map((line) => vectors.embed(line)).filter((v): v is Float32Array => v !== undefined);
      const whole = vectors.embed([p.title, p.keywords.join(' '), ...p.askedAs, p.body].join('\n'));
      this.byPassage.set(p.id, { lines, whole, topic: p.topic });
      if (whole) {
        const sum = this.byTopic.get(p.topic) ?? new Float32Array(vectors.dimensions);
        for (let d = 0; d < sum.length; d++) sum[d]! += whole[d] as number;
        this.byTopic.set(p.topic, sum);
      }
    }
    for (const sum of this.byTopic.values()) unit(sum);
  }

  /** The question's meaning, or undefined when none of its words has a vector. */
  embed(question: string): Float32Array | undefined {
    return this.vectors.embed(question);
  }

  /** Cosine similarity in [-1, 1] between the question and the passage. */
  similarity(question: Float32Array, passageId: string): number {
    const meaning = this.byPassage.get(passageId);
    if (!meaning || !meaning.whole) return 0;
    let bestLine = -1;
    for (const line of meaning.lines) bestLine = Math.max(bestLine, cosine(question, line));
    const whole = cosine(question, meaning.whole);
    const own = meaning.lines.length === 0 ? whole : TUNING.meaning.lineShare * bestLine + (1 - TUNING.meaning.lineShare) * whole;
    const topic = this.byTopic.get(meaning.topic);
    const share = TUNING.meaning.principleShare;
    return topic ? (1 - share) * own + share * cosine(question, topic) : own;
  }
}
