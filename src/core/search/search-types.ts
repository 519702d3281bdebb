import type { Passage } from '../knowledge';

export interface SearchHit {
  passage: Passage;
  /** Confidence in [0, 1]; higher is better. */
  score: number;
}

export interface SearchResult {
  /** The question as it was searched, after cleaning. */
  query: string;
  /** True when the best hit is confident enough to give as an answer. */
  answered: boolean;
  /** Best first. When `answered` is false these are only the nearest topics. */
  hits: SearchHit[];
}
