import { softmax } from './softmax';
import type { ResolvedTerm } from './word-resolver';

/** The labels of the on-topic classifier. */
export const ON_TOPIC_LABELS = ['on-topic', 'off-topic'] as const;
export type OnTopicLabel = (typeof ON_TOPIC_LABELS)[number];

/** Learned weights: for each analysed term, one weight per label, plus a bias per label. */
export interface ClassifierWeights<L extends string = string> {
  labels: L[];
  bias: number[];
  terms: Record<string, number[]>;
}

/** One labelled text to learn from: a line of content, or a question staff asked, with its label (the topic that answers it, or whether it is on topic). */
export interface LabelledText<L extends string = string> {
  terms: string[];
  label: L;
  /** How much the example counts (1 unless given): a question staff asked teaches more than a line of content. */
  weight?: number;
}

export interface TrainingOptions {
  epochs: number;
  /** A pair of adjacent words becomes a feature of its own once it appears in at least this many examples (0: words only). */
  pairsFrom: number;
  /** L2 penalty on every weight, per step. */
  l2: number;
  /** Learning rate of the first epoch; it falls as 1 / (1 + 0.2 × epoch). */
  rate: number;
}

/**
 * A question's label learned from examples: softmax (multinomial logistic) regression over its analysed
 * words. Search uses two, both trained by `npm run fit` from the content's own lines and labelled
 * questions: which principle a question is about (content/principle-classifier.json), where the principle
 * model only counts the words each principle's text uses; and whether it is on topic at all
 * (content/on-topic-classifier.json), learned from how staff word questions inside and outside the sector.
 */
export class WordClassifier<L extends string = string> {
  readonly labels: readonly L[];
  private readonly bias: readonly number[];
  /** Term → its row in `weights`; the rows are packed into one typed array, a few hundred kilobytes rather than thousands of small arrays. */
  private readonly rows = new Map<string, number>();
  private readonly weights: Float32Array;

  constructor(learned: ClassifierWeights<L>) {
    this.labels = learned.labels;
    this.bias = learned.bias;
    const width = learned.labels.length;
    const entries = Object.entries(learned.terms);
    this.weights = new Float32Array(entries.length * width);
    entries.forEach(([term, row], i) => {
      this.rows.set(term, i);
      this.weights.set(row, i * width);
    });
  }

  /** How many terms carry weights. */
  get size(): number {
    return this.rows.size;
  }

  /**
   * Probability of each label for the question's terms. A term is looked up as typed, then as the word the
   * resolver corrected it to (counting by its similarity); terms it never learned add nothing.
   */
  probabilities(terms: readonly ResolvedTerm[]): Map<L, number> {
    const found: Array<[number, number]> = [];
    const learned: string[] = [];
    for (const term of terms) {
      const asTyped = this.rows.get(term.term);
      const corrected = term.word === undefined ? undefined : this.rows.get(term.word);
      if (asTyped !== undefined) found.push([asTyped, 1]);
      else if (corrected !== undefined) found.push([corrected, term.similarity]);
      learned.push(asTyped === undefined && corrected !== undefined ? (term.word as string) : term.term);
    }
    for (const pair of adjacentPairs(learned)) {
      const row = this.rows.get(pair);
      if (row !== undefined) found.push([row, 1]);
    }
    const scale = 1 / Math.sqrt(Math.max(1, terms.length));
    const logits = this.bias.slice();
    const width = logits.length;
    for (const [row, weight] of found) for (let k = 0; k < width; k++) logits[k]! += (this.weights[row * width + k] as number) * weight * scale;
    const probabilities = softmax(logits);
    return new Map(this.labels.map((label, k) => [label, probabilities[k] as number]));
  }
}

/**
 * Trains the classifier by stochastic gradient descent, in a fixed order from a fixed seed, so the same
 * examples always give the same weights. Each example's words count 1 / √(number of words), as at search.
 */
export function trainWordClassifier<L extends string>(examples: ReadonlyArray<LabelledText<L>>, labels: readonly L[], options: TrainingOptions): ClassifierWeights<L> {
  const K = labels.length;
  const vocabulary = new Map<string, number>();
  for (const e of examples) for (const t of e.terms) if (!vocabulary.has(t)) vocabulary.set(t, vocabulary.size);
  const pairsOf = examples.map((e) => (options.pairsFrom > 0 ? adjacentPairs(e.terms) : []));
  const pairCounts = new Map<string, number>();
  for (const pairs of pairsOf) for (const p of new Set(pairs)) pairCounts.set(p, (pairCounts.get(p) ?? 0) + 1);
  for (const [p, n] of pairCounts) if (n >= options.pairsFrom) vocabulary.set(p, vocabulary.size);
  const weights = new Float64Array((vocabulary.size + 1) * K);
  const biasRow = vocabulary.size;
  const rows = examples.map((e, i) => ({ features: [...e.terms, ...(pairsOf[i] as string[])].flatMap((t) => vocabulary.get(t) ?? []), scale: 1 / Math.sqrt(Math.max(1, e.terms.length)), label: labels.indexOf(e.label), weight: e.weight ?? 1 }));
  const order = rows.map((_, i) => i);
  const random = seededRandom(1);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const rate = options.rate / (1 + 0.2 * epoch);
    for (const index of order) {
      const row = rows[index]!;
      const logits = new Array<number>(K).fill(0);
      for (let k = 0; k < K; k++) {
        let z = weights[biasRow * K + k] as number;
        for (const f of row.features) z += (weights[f * K + k] as number) * row.scale;
        logits[k] = z;
      }
      const p = softmax(logits);
      for (let k = 0; k < K; k++) {
        const error = row.weight * ((p[k] as number) - (k === row.label ? 1 : 0));
        for (const f of row.features) weights[f * K + k] = (weights[f * K + k] as number) - rate * (error * row.scale + options.l2 * (weights[f * K + k] as number));
        weights[biasRow * K + k] = (weights[biasRow * K + k] as number) - rate * (error + options.l2 * (weights[biasRow * K + k] as number));
      }
    }
  }
  const round = (w: number) => Math.round(w * 1000) / 1000;
  const terms: Record<string, number[]> = {};
  for (const [term, f] of [...vocabulary].sort(([a], [b]) => a.localeCompare(b))) {
    const row = Array.from(weights.subarray(f * K, (f + 1) * K), round);
    if (row.some((w) => w !== 0)) terms[term] = row;
  }
  return { labels: [...labels], bias: Array.from(weights.subarray(biasRow * K, (biasRow + 1) * K), round), terms };
}

/** Each two adjacent terms as one feature, "grant form": terms never hold a space, so the key is unambiguous. */
export function adjacentPairs(terms: readonly string[]): string[] {
  return terms.slice(1).map((t, i) => `${terms[i] as string} ${t}`);
}

/** Park–Miller: small, deterministic and good enough to shuffle training examples. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}
