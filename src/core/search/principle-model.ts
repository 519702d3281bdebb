import type { Principle } from '../knowledge';
import type { Analyser } from '../text/analyser';
import type { IndexedPassage } from './passage-index';
import { softmax } from './softmax';
import type { ResolvedTerm } from './word-resolver';

/**
 * Multinomial naive Bayes over the principles (and the about and figures sections): each is one document
 * made of everything written under it (its summary, do and don't lists, tips, and every passage's title,
 * keywords, "Asked as" lines and body). It answers "which principle is this question about?" from all the
 * words a principle uses, where a passage match sees only one passage's words. Laplace smoothing (add one),
 * the textbook default, so the model has nothing to tune.
 */
export class PrincipleModel {
  private readonly counts = new Map<string, Map<string, number>>();
  private readonly totals = new Map<string, number>();
  private readonly vocabularySize: number;

  constructor(records: readonly IndexedPassage[], principles: readonly Principle[], analyser: Analyser) {
    const add = (topic: string, terms: Iterable<[string, number]>) => {
      const counts = this.counts.get(topic) ?? new Map<string, number>();
      for (const [term, n] of terms) counts.set(term, (counts.get(term) ?? 0) + n);
      this.counts.set(topic, counts);
    };
    for (const r of records) add(r.passage.topic, r.counts);
    for (const p of principles) {
      const text = [p.title, p.thinkAgainAbout, p.summary, ...p.do, ...p.dont, ...p.tips.map((t) => t.text)].join('\n');
      add(p.slug, analyser.terms(text).map((term): [string, number] => [term, 1]));
    }
    const vocabulary = new Set<string>();
    for (const [topic, counts] of this.counts) {
      let total = 0;
      for (const [term, n] of counts) {
        vocabulary.add(term);
        total += n;
      }
      this.totals.set(topic, total);
    }
    this.vocabularySize = vocabulary.size;
  }

  /** Probability of each topic given the question's known words (a correction counts by its similarity); uniform when none is known. */
  probabilities(terms: readonly ResolvedTerm[]): Map<string, number> {
    const logs = new Map<string, number>();
    for (const [topic, counts] of this.counts) {
      const denominator = Math.log((this.totals.get(topic) ?? 0) + this.vocabularySize);
      let sum = 0;
      for (const term of terms) {
        if (term.word === undefined) continue;
        sum += term.similarity * (Math.log((counts.get(term.word) ?? 0) + 1) - denominator);
      }
      logs.set(topic, sum);
    }
    const probabilities = softmax([...logs.values()]);
    return new Map([...logs.keys()].map((topic, i) => [topic, probabilities[i] as number]));
  }
}
