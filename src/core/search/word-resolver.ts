import Fuse, { type IFuseOptions } from 'fuse.js';
import { TUNING } from './tuning';

export interface ResolvedTerm {
  /** The query word as analysed. */
  term: string;
  /** The knowledge base's word it was matched to, if any. */
  word?: string;
  /** How close `term` is to `word`, in [0, 1]: 1 for the same word, less for a correction. */
  similarity: number;
  /** Inverse document frequency of `word`; an unknown word counts as the rarest possible. */
  idf: number;
}

/**
 * Fuse.js corrects typos and word forms against the knowledge base's own words ("comissioning",
 * "volunteeers", "requirments"). It searches one small list per first letter, since people rarely
 * mistype the first letter and a short list keeps each look-up well under a millisecond.
 */
const FUSE_WORD_OPTIONS: IFuseOptions<string> = {
  includeScore: true, // the score becomes the similarity of the correction
  threshold: TUNING.fuzzy.threshold, // about one wrong letter in four; looser lets unrelated words in
  location: 0, // a word's match should start at its first letter...
  distance: 8, // ...and each letter it drifts from there costs 1/8 of a perfect score
  ignoreLocation: false,
  minMatchCharLength: TUNING.fuzzy.minLength,
  isCaseSensitive: false, // terms arrive lower-cased by the analyser
  ignoreDiacritics: false, // the analyser has already folded accents
  findAllMatches: false,
  shouldSort: true,
  useExtendedSearch: false, // a plain fuzzy pattern: the term itself, never user syntax
  ignoreFieldNorm: true, // every entry is one word; the length check below does that job
  fieldNormWeight: 1,
  includeMatches: false,
};

/** The vocabulary of the indexed passages: how rare each word is, and the nearest known word for an unknown one. */
export class WordResolver {
  private readonly documentFrequency = new Map<string, number>();
  /** One small Fuse list per first letter and length ("c", 12 → every known 12-letter word starting with c). */
  private readonly lists = new Map<string, Fuse<string>>();
  private readonly cache = new Map<string, ResolvedTerm>();

  /**
   * @param documents each passage's set of terms
   * @param aliases single words the analyser folds into another term (synonyms), so that a typo of any
   *   of them ("volunteeers") still finds the term
   * @param fuzzy false switches correction off (for the ablation)
   */
  constructor(
    documents: ReadonlySet<string>[],
    private readonly aliases: ReadonlyMap<string, string>,
    private readonly fuzzy: boolean,
    private readonly documentCount = documents.length,
  ) {
    for (const terms of documents) for (const term of terms) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    const groups = new Map<string, string[]>();
    for (const word of new Set([...this.documentFrequency.keys(), ...aliases.keys()])) {
      if (word.length < TUNING.fuzzy.minLength || /\d/.test(word)) continue;
      const key = `${word[0]}${word.length}`;
      groups.set(key, [...(groups.get(key) ?? []), word]);
    }
    for (const [key, words] of groups) this.lists.set(key, new Fuse(words, FUSE_WORD_OPTIONS));
  }

  /** How many passages contain the term. */
  frequency(term: string): number {
    return this.documentFrequency.get(term) ?? 0;
  }

  resolve(term: string): ResolvedTerm {
    const cached = this.cache.get(term);
    if (cached) return cached;
    const resolved = this.lookUp(term);
    if (this.cache.size < 10_000) this.cache.set(term, resolved);
    return resolved;
  }

  private lookUp(term: string): ResolvedTerm {
    if (this.documentFrequency.has(term)) return { term, word: term, similarity: 1, idf: this.idf(term) };
    const unknown = { term, similarity: 0, idf: this.idf(term) };
    if (!this.fuzzy || term.length < TUNING.fuzzy.minLength || /\d/.test(term)) return unknown;
    const reach = TUNING.fuzzy.maxLengthDifference;
    const found = [];
    for (let length = term.length - reach; length <= term.length + reach; length++) found.push(...(this.lists.get(`${term[0]}${length}`)?.search(term, { limit: 4 }) ?? []));
    const best = found
      .sort((a, b) => (a.score ?? 1) - (b.score ?? 1))
      .map((r) => ({ word: this.aliases.get(r.item) ?? r.item, similarity: 1 - (r.score ?? 1) }))
      .find((r) => this.documentFrequency.has(r.word));
    return best ? { term, word: best.word, similarity: best.similarity, idf: this.idf(best.word) } : unknown;
  }

  private idf(word: string): number {
    const df = this.documentFrequency.get(word) ?? 0;
    return Math.log(1 + (this.documentCount - df + 0.5) / (df + 0.5));
  }
}
