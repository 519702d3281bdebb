import { tokenise } from '../text/analyser';
import { STOP_WORDS } from '../text/stop-words';

/**
 * Word vectors: each common English word as a point in space, where words used in similar contexts
 * (GloVe, trained on Wikipedia and news text) lie close together. They let "overkill" sit near
 * "excessive" and "proportionate" without anyone writing that synonym down. Stored as one signed byte
 * per dimension with a scale per word, which keeps the table small.
 */
export class WordVectors {
  private readonly index = new Map<string, number>();

  constructor(
    words: readonly string[],
    /** Each word's rank in the corpus it was trained on (1 is the commonest): rarer words weigh more in a sentence. */
    private readonly ranks: Uint32Array,
    private readonly scales: Float32Array,
    private readonly values: Int8Array,
    readonly dimensions: number,
  ) {
    if (ranks.length !== words.length || scales.length !== words.length || values.length !== words.length * dimensions) {
      throw new RangeError(`word vectors: ${words.length} words need as many ranks and scales and ${words.length * dimensions} values`);
    }
    words.forEach((w, i) => this.index.set(w, i));
  }

  get size(): number {
    return this.index.size;
  }

  /**
   * The text's meaning as one unit vector: the mean of its words' vectors, each weighted by how rare the
   * word is (a / (a + p), with p the word's share of text estimated from its rank: "smooth inverse
   * frequency"), stop words left out. Undefined when no word has a vector.
   */
  embed(text: string): Float32Array | undefined {
    const sum = new Float32Array(this.dimensions);
    let found = false;
    for (const word of tokenise(text)) {
      const i = this.index.get(word);
      if (i === undefined || STOP_WORDS.has(word)) continue;
      const rank = this.ranks[i] as number;
      const weight = ((rank / (rank + RARITY_RANK)) * (this.scales[i] as number)) / 127;
      const offset = i * this.dimensions;
      for (let d = 0; d < this.dimensions; d++) sum[d]! += weight * (this.values[offset + d] as number);
      found = true;
    }
    return found ? unit(sum) : undefined;
  }
}

/** A word of this rank gets half the weight of a very rare one (smooth inverse frequency with a = 0.001 under Zipf's law). */
const RARITY_RANK = 100;

/** The vector scaled to length 1 in place; undefined when it is all zeros. */
export function unit(v: Float32Array): Float32Array | undefined {
  let norm = 0;
  for (let d = 0; d < v.length; d++) norm += (v[d] as number) ** 2;
  if (norm === 0) return undefined;
  norm = Math.sqrt(norm);
  for (let d = 0; d < v.length; d++) v[d]! /= norm;
  return v;
}

export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  for (let d = 0; d < a.length; d++) dot += (a[d] as number) * (b[d] as number);
  return dot;
}
