import type { Passage } from '../knowledge';

export interface SearchHit {
  passage: Passage;
  /** Confidence in [0, 1]; higher is better. */
  score: number;
}

/**
 * `answer`: the first hit is confident enough to give. `clarify`: the question is on topic but no single
 * passage is confident enough, so the hits (one per principle) are offered as choices. `decline`: not
 * something the knowledge base covers.
 */
export type SearchOutcome = 'answer' | 'clarify' | 'decline';

export interface SearchResult {
  /** The question as it was searched, after cleaning. */
  query: string;
  /** True when the best hit is confident enough to give as an answer. */
  answered: boolean;
  outcome: SearchOutcome;
  /** Best first. When `answered` is false these are only the nearest topics. */
  hits: SearchHit[];
}
