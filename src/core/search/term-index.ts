import { allowedTypos, wordSimilarity } from './word-similarity';

export interface ResolvedTerm {
  /** The query word as typed (after analysis). */
  term: string;
  /** The knowledge base's word it was matched to, if any. */
  word?: string;
  /** How close `term` is to `word`, in [0, 1]. */
  similarity: number;
  /** Inverse document frequency of `word`; an unknown word counts as the rarest possible. */
  idf: number;
}

/** The vocabulary of the indexed passages: corrects typos to known words and knows how rare each is. */
export class TermIndex {
  private readonly documentFrequency = new Map<string, number>();
  private readonly byLength = new Map<number, string[]>();
  private readonly documentCount: number;
  private readonly cache = new Map<string, ResolvedTerm>();

  /**
   * @param aliases single words that the analyser folds into another term (synonyms), so that a typo of
   *   any of them ("volunteeers") still finds the term.
   */
  constructor(
    documents: ReadonlySet<string>[],
    private readonly aliases: ReadonlyMap<string, string> = new Map(),
  ) {
    this.documentCount = documents.length;
    for (const terms of documents) {
      for (const term of terms) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    }
    for (const word of new Set([...this.documentFrequency.keys(), ...aliases.keys()])) {
      const list = this.byLength.get(word.length) ?? [];
      list.push(word);
      this.byLength.set(word.length, list);
    }
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
    let best: { word: string; similarity: number } | undefined;
    const typos = allowedTypos(term.length);
    // Typos only reach words within `typos` letters of the same length; a shared stem ("volunteer" and
    // "volunteering") may reach further, but that check is a cheap prefix comparison.
    const reach = term.length >= 5 ? 6 : typos;
    for (let length = term.length - reach; length <= term.length + reach; length++) {
      const nearInLength = Math.abs(length - term.length) <= typos;
      for (const word of this.byLength.get(length) ?? []) {
        if (!nearInLength && !word.startsWith(term) && !term.startsWith(word)) continue;
        // People rarely mistype the first letter; checking only those words keeps a long question fast.
        if (word[0] !== term[0] && !(word[0] === term[1] && word[1] === term[0])) continue;
        const similarity = wordSimilarity(term, word);
        if (similarity > 0 && (!best || similarity > best.similarity || (similarity === best.similarity && this.idf(word) < this.idf(best.word)))) {
          best = { word, similarity };
        }
      }
    }
    if (!best) return { term, similarity: 0, idf: this.idf(term) };
    const word = this.aliases.get(best.word) ?? best.word;
    if (!this.documentFrequency.has(word)) return { term, similarity: 0, idf: this.idf(term) };
    return { term, word, similarity: best.similarity, idf: this.idf(word) };
  }

  private idf(word: string): number {
    const df = this.documentFrequency.get(word) ?? 0;
    return Math.log(1 + (this.documentCount - df + 0.5) / (df + 0.5));
  }
}
