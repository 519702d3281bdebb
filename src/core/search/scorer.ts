import type { IndexedPassage, FieldName } from './passage-index';
import { TUNING, type EngineStages } from './tuning';
import type { ResolvedTerm } from './word-resolver';

/** What each stage gave one passage, so `ask --explain` can show its working. */
export interface StageScores {
  /** Rarity-weighted share of the whole question the passage covers. */
  coverage: number;
  /** Rarity-weighted share of the question's subject words the passage covers. */
  subject: number;
  /** Added for word pairs of the question found together in the passage. */
  phrase: number;
  /** Factor from cue phrases ("how many" → figures). */
  cue: number;
  /** Okapi BM25 over every field, as a share of the most the question's words could score. */
  bm25: number;
  /** The passage's own match: (coverage, subject and BM25 blended) × cue + phrase. */
  match: number;
  /** How well the rest of its principle matches (mean of the principle's best three). */
  support: number;
  /** The principle model's probability that the question is about this passage's principle. */
  principle: number;
  /** Closeness in meaning to the question, from word vectors: 1 for the closest passage, 0 for one a window below it or further. */
  meaning: number;
  /** The principle classifier's probability that the question is about this passage's principle. */
  classifier: number;
  /** The ranking value: match blended with support, then with the principle model, then with meaning, then with the classifier. */
  order: number;
}

export interface WordMatch {
  term: string;
  word?: string;
  field?: FieldName;
  /** What the word added to the coverage, before the blend. */
  weight: number;
}

export interface QueryFacts {
  resolved: ResolvedTerm[];
  /** Subject-matter words: from titles, keywords, principle headings, synonym groups and the vocabulary. */
  lexicon: ReadonlySet<string>;
  pairs: readonly string[];
  /** Mean passage length in terms, for BM25. */
  meanLength: number;
  cuedTopics: ReadonlySet<string>;
  topicHasCues: (topic: string) => boolean;
}

/** The stages for one passage, before principle support (which needs every candidate). */
/** Scores one passage's own match; support, principle and order are filled in by withPrincipleSupport. */
export function scorePassage(record: IndexedPassage, q: QueryFacts, stages: EngineStages, detail = false): { scores: StageScores; words: WordMatch[]; phrases: string[] } {
  let covered = 0;
  let total = 0;
  let topical = 0;
  let topicalTotal = 0;
  const words: WordMatch[] = [];
  for (const term of q.resolved) {
    total += term.word === undefined ? term.idf * TUNING.unknownWordWeight : term.idf;
    if (term.word === undefined) {
      if (detail) words.push({ term: term.term, weight: 0 });
      continue;
    }
    const field = record.fields.get(term.word);
    const gained = field ? term.idf * term.similarity * TUNING.fieldWeight[field] : 0;
    covered += gained;
    if (detail) words.push({ term: term.term, word: term.word, field, weight: gained });
    if (q.lexicon.has(term.word)) {
      topicalTotal += term.idf;
      topical += gained;
    }
  }
  const coverage = total > 0 ? covered / total : 0;
  const subject = topical / Math.max(topicalTotal, TUNING.subjectFloor);
  const topic = record.passage.topic;
  const cue = stages.cues ? cueFactor(topic, q) : 1;
  const phrases = stages.phrases ? q.pairs.filter((pair) => record.pairs.has(pair)) : [];
  const phrase = phrases.length * TUNING.phraseBonus;
  const bm25 = stages.bm25 ? bm25Share(record, q) : 0;
  const blend = stages.bm25 ? TUNING.bm25Share * bm25 + (1 - TUNING.bm25Share) * (TUNING.coverageShare * coverage + (1 - TUNING.coverageShare) * subject) : TUNING.coverageShare * coverage + (1 - TUNING.coverageShare) * subject;
  const match = blend * cue + phrase;
  return { scores: { coverage, subject, phrase, cue, bm25, match, support: 0, principle: 0, meaning: 0, classifier: 0, order: match }, words, phrases };
}

/** A section whose cue phrase is in the question ("how many" → figures) is boosted; one with cues the question lacks is damped. */
export function cueFactor(topic: string, q: Pick<QueryFacts, 'cuedTopics' | 'topicHasCues'>): number {
  return q.cuedTopics.has(topic) ? TUNING.cueBoost : q.topicHasCues(topic) ? TUNING.noCueDamping : 1;
}

/** BM25 (k1 1.2, b 0.75) of the passage for the question's known words, over the best it could be. */
function bm25Share(record: IndexedPassage, q: QueryFacts): number {
  const { k1, b } = TUNING.bm25;
  let score = 0;
  let best = 0;
  for (const term of q.resolved) {
    if (term.word === undefined) continue;
    best += term.idf * (k1 + 1);
    const f = record.counts.get(term.word) ?? 0;
    if (f > 0) score += (term.similarity * term.idf * f * (k1 + 1)) / (f + k1 * (1 - b + (b * record.length) / q.meanLength));
  }
  return best > 0 ? score / best : 0;
}

/**
 * Orders passages by their own match plus a share of their principle's: when several passages of one
 * principle match, that principle is more likely the right one than a stray passage elsewhere. Then the
 * principle model (naive Bayes over everything written under each principle) moves a share of the ranking,
 * scaled to the best match so the blend keeps the match's units.
 */
export function withPrincipleSupport<T extends { record: IndexedPassage; scores: StageScores }>(hits: T[], principleProbability: ReadonlyMap<string, number> | undefined, stages: EngineStages): T[] {
  // Runs for every candidate of every question: plain loops and in-place updates keep it allocation-light.
  const topThree = new Map<string, [number, number, number]>();
  for (const hit of hits) {
    const m = hit.scores.match;
    const best = topThree.get(hit.record.passage.topic);
    if (!best) topThree.set(hit.record.passage.topic, [m, 0, 0]);
    else if (m > best[0]) best.splice(0, 3, m, best[0], best[1]);
    else if (m > best[1]) best.splice(1, 2, m, best[1]);
    else if (m > best[2]) best[2] = m;
  }
  const share = stages.principleSupport ? TUNING.principleSupport : 0;
  for (const hit of hits) {
    const [first, second, third] = topThree.get(hit.record.passage.topic) ?? [0, 0, 0];
    hit.scores.support = (first + second + third) / 3;
    hit.scores.order = (1 - share) * hit.scores.match + share * hit.scores.support;
  }
  return blendByPrinciple(hits, 'principle', principleProbability, stages.principleModel && principleProbability ? TUNING.principleModel : 0);
}

/**
 * Records each passage's principle probability in `field` and moves `share` of the ranking by it, scaled
 * to the best ranking so the blend keeps its units. Passages of one principle keep their order.
 */
function blendByPrinciple<T extends { record: IndexedPassage; scores: StageScores }>(hits: T[], field: 'principle' | 'classifier', probabilities: ReadonlyMap<string, number> | undefined, share: number): T[] {
  let most = 0;
  for (const hit of hits) most = Math.max(most, hit.scores.order);
  for (const hit of hits) {
    hit.scores[field] = probabilities?.get(hit.record.passage.topic) ?? 0;
    hit.scores.order = (1 - share) * hit.scores.order + share * most * hit.scores[field];
  }
  return hits;
}

/**
 * Moves a share of the ranking by closeness in meaning (word vectors), scaled to the best ranking so the
 * blend keeps its units. Closeness is relative to the closest passage: cosine similarities sit in a narrow
 * band, so what tells passages apart is how far each is below the best.
 */
export function withMeaning<T extends { scores: StageScores }>(hits: T[], similarities: readonly number[] | undefined): T[] {
  if (!similarities || hits.length === 0) return hits;
  const { share, window } = TUNING.meaning;
  let closest = -Infinity;
  let farthest = Infinity;
  let most = 0;
  for (let i = 0; i < hits.length; i++) {
    closest = Math.max(closest, similarities[i] as number);
    farthest = Math.min(farthest, similarities[i] as number);
    most = Math.max(most, (hits[i] as T).scores.order);
  }
  const floor = Math.max(farthest, closest - window);
  const span = Math.max(closest - floor, 1e-9);
  for (let i = 0; i < hits.length; i++) {
    const scores = (hits[i] as T).scores;
    scores.meaning = Math.max(0, ((similarities[i] as number) - floor) / span);
    scores.order = (1 - share) * scores.order + share * most * scores.meaning;
  }
  return hits;
}

/** Moves a share of the ranking by the principle classifier's probability for each passage's principle. */
export function withClassifier<T extends { record: IndexedPassage; scores: StageScores }>(hits: T[], probabilities: ReadonlyMap<string, number> | undefined): T[] {
  return probabilities ? blendByPrinciple(hits, 'classifier', probabilities, TUNING.classifier.share) : hits;
}
