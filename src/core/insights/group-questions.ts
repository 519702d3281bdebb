import type { Analyser } from '../text/analyser';

export interface QuestionToGroup {
  question: string;
  outcome: 'clarify' | 'decline';
}

export interface QuestionGroup {
  count: number;
  declined: number;
  clarified: number;
  /** Up to three different wordings, most common first. */
  examples: string[];
  /** The words the group's questions share most, as the analyser sees them (stemmed, synonyms folded). */
  words: string[];
}

/** Two questions mean the same when this share of their combined terms is shared (Jaccard similarity). */
export const SAME_MEANING = 0.5;

/**
 * Groups questions by meaning: each question becomes the set of terms the search engine would see
 * (stemmed, stop words dropped, synonyms folded, so "charities" and "VCSE" are one term), and a question
 * joins the first group holding a question whose terms overlap its own by at least SAME_MEANING. Groups
 * come biggest first.
 */
export function groupQuestions(questions: readonly QuestionToGroup[], analyser: Analyser, maxExamples = 3): QuestionGroup[] {
  const groups: Array<{ members: Array<{ terms: Set<string>; item: QuestionToGroup }> }> = [];
  for (const item of questions) {
    const terms = new Set(analyser.terms(item.question));
    if (terms.size === 0) terms.add(item.question.trim().toLowerCase());
    const home = groups.find((g) => g.members.some((m) => jaccard(m.terms, terms) >= SAME_MEANING));
    if (home) home.members.push({ terms, item });
    else groups.push({ members: [{ terms, item }] });
  }
  return groups
    .map(({ members }) => ({
      count: members.length,
      declined: members.filter((m) => m.item.outcome === 'decline').length,
      clarified: members.filter((m) => m.item.outcome === 'clarify').length,
      examples: mostCommon(members.map((m) => m.item.question.trim()), maxExamples),
      words: mostCommon(members.flatMap((m) => [...m.terms]), 3),
    }))
    .sort((a, b) => b.count - a.count || a.examples[0]!.localeCompare(b.examples[0]!));
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** Distinct values (case-insensitively), most frequent first, ties in first-seen order. */
function mostCommon(values: string[], limit: number): string[] {
  const counts = new Map<string, { value: string; count: number; first: number }>();
  values.forEach((value, i) => {
    const key = value.toLowerCase();
    const seen = counts.get(key);
    if (seen) seen.count += 1;
    else counts.set(key, { value, count: 1, first: i });
  });
  return [...counts.values()].sort((a, b) => b.count - a.count || a.first - b.first).slice(0, limit).map((c) => c.value);
}
