import type { SearchOutcome } from './search-types';
import { TUNING, type EngineStages } from './tuning';

/** The evidence that a question is about working with the VCSE sector at all. */
export interface OnTopicFeatures {
  /** The best passage's match score. */
  match: number;
  /** 1 when the question names the sector: charity, VCSE, volunteers, community group, trustees, … */
  sector: number;
  /** Rarity-weighted share of the question made of the knowledge base's subject words. */
  subjectShare: number;
  /** Rarity-weighted share of the question made of words the knowledge base has never seen. */
  unknownShare: number;
  /** Rarity-weighted share of the whole question the best passage covers. */
  coverage: number;
  /** 1 when two adjacent words of the question appear together in the best passage's title, keywords or "Asked as" lines. */
  phrase: number;
  /** 1 when the question names the public body's own running: its staff, buildings, IT, payroll ("out of office", "annual leave"). */
  elsewhere: number;
  /** The on-topic classifier's verdict as log-odds over 4 (0 for even odds), learned from how staff word questions inside and outside the sector. */
  learned: number;
}

/** The evidence that the first passage is the right answer. */
export interface CorrectFeatures {
  match: number;
  /** How far the best passage's ranking is ahead of the best passage of any other principle. */
  margin: number;
  /** How well the best passage's principle matches as a whole. */
  support: number;
  sector: number;
  /** The principle model's probability for the best passage's principle. */
  principle: number;
  /** The principle classifier's probability for the best passage's principle (0 without the classifier). */
  classifier: number;
}

export interface Decision {
  outcome: SearchOutcome;
  /** Probability the question is on topic, from the on-topic model. */
  onTopic: number;
  /** Probability the first passage is right, from the correctness model: the confidence shown as `score`. */
  confidence: number;
  /** Why, in words, for `ask --explain`. */
  reason: string;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export type Weights<F> = { readonly bias: number } & { readonly [K in keyof F]: number };

export function linear<F extends object>(weights: Weights<F>, features: F): number {
  let sum = weights.bias;
  for (const key of Object.keys(features) as Array<keyof F>) sum += weights[key] * (features[key] as number);
  return sum;
}

export function onTopicProbability(f: OnTopicFeatures): number {
  return sigmoid(linear(TUNING.onTopic, f));
}

export function correctProbability(f: CorrectFeatures): number {
  return sigmoid(linear(TUNING.correct, f));
}

/**
 * Answer, clarify or decline. Off-topic first, on its own evidence: a principle's word in an unrelated
 * question ("voice recognition software") is not enough. Then an on-topic question is answered when the
 * first passage is probably right, and clarified when it is not but passages of other principles come close.
 */
export interface Closeness {
  /** Clarify choices available: passages of different principles scoring near the best. */
  choices: number;
  /** The best other principle's ranking as a share of the best. */
  rivalRatio: number;
  /** True when the question names only the sector in words found everywhere ("voluntary sector", "charities"): no topic to pick an answer by. */
  sectorOnly: boolean;
}

/** `answerAt` is TUNING.answerAt; `npm run fit` passes others to print the trade-off. */
export function decide(on: OnTopicFeatures, correct: CorrectFeatures, { choices, rivalRatio, sectorOnly }: Closeness, stages: EngineStages, answerAt: number = TUNING.answerAt): Decision {
  const onTopic = onTopicProbability(on);
  const confidence = correctProbability(correct);
  const pct = (p: number) => `${Math.round(p * 100)}%`;
  if (stages.onTopic ? onTopic < TUNING.onTopicAt : on.match < 0.3) {
    return { outcome: 'decline', onTopic, confidence, reason: `on-topic probability ${pct(onTopic)} is below ${pct(TUNING.onTopicAt)}: not something the guidance covers` };
  }
  if (stages.clarify && choices >= 2 && sectorOnly && rivalRatio >= TUNING.broadRivalRatio) {
    return { outcome: 'clarify', onTopic, confidence, reason: `on topic (${pct(onTopic)}) but it names only the sector, and another principle scores ${pct(rivalRatio)} of the best, so ${choices} principles are offered` };
  }
  if (confidence >= answerAt) return { outcome: 'answer', onTopic, confidence, reason: `on topic (${pct(onTopic)}) and the first passage is probably right (${pct(confidence)} ≥ ${pct(answerAt)})` };
  if (stages.clarify && choices >= 2) {
    return { outcome: 'clarify', onTopic, confidence, reason: `on topic (${pct(onTopic)}) but no single passage is confident enough (${pct(confidence)} < ${pct(answerAt)}), so ${choices} principles are offered` };
  }
  return { outcome: 'answer', onTopic, confidence, reason: `on topic (${pct(onTopic)}); confidence ${pct(confidence)} is low, but only one principle comes close` };
}
