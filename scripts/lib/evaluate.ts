import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import type { KnowledgeBase } from '../../src/core/knowledge';
import { SearchEngine } from '../../src/core/search/search-engine';

export interface EvalQuestion {
  q: string;
  expect: string;
  also?: string[];
}

export interface EvalSet {
  questions: EvalQuestion[];
  offTopic: string[];
}

/** What any engine under evaluation returns for a question: topics best first, and whether it answered. */
export type Searcher = (query: string) => { answered: boolean; topics: string[] };

export interface EvalScore {
  top1: number;
  top3: number;
  offTopicDeclined: number;
  misses: Array<{ q: string; expected: string; got: string[]; answered: boolean }>;
  wronglyAnswered: string[];
}

export function loadEvalSet(path = join(__dirname, '..', '..', 'tests', 'fixtures', 'eval-questions.json')): EvalSet {
  return JSON.parse(readFileSync(path, 'utf8')) as EvalSet;
}

/** A question counts for top-1 only when it was answered and the best passage has an accepted topic. */
export function evaluate(search: Searcher, set: EvalSet): EvalScore {
  let top1 = 0;
  let top3 = 0;
  const misses: EvalScore['misses'] = [];
  for (const question of set.questions) {
    const accepted = new Set([question.expect, ...(question.also ?? [])]);
    const result = search(question.q);
    const first = result.answered && accepted.has(result.topics[0] ?? '');
    if (first) top1 += 1;
    if (result.answered && result.topics.slice(0, 3).some((t) => accepted.has(t))) top3 += 1;
    if (!first) misses.push({ q: question.q, expected: question.expect, got: result.topics.slice(0, 3), answered: result.answered });
  }
  const wronglyAnswered = set.offTopic.filter((q) => search(q).answered);
  return {
    top1: top1 / set.questions.length,
    top3: top3 / set.questions.length,
    offTopicDeclined: (set.offTopic.length - wronglyAnswered.length) / set.offTopic.length,
    misses,
    wronglyAnswered,
  };
}

export function shippedSearcher(kb: KnowledgeBase): Searcher {
  const engine = new SearchEngine(kb);
  return (query) => {
    const result = engine.search(query);
    return { answered: result.answered, topics: result.hits.map((h) => h.passage.topic) };
  };
}

/** Fuse.js exactly as it comes, over the same passages: the baseline the shipped engine must beat. */
export function defaultFuseSearcher(kb: KnowledgeBase): Searcher {
  const fuse = new Fuse(kb.passages, { keys: ['title', 'body', 'keywords'] });
  return (query) => {
    const results = fuse.search(query, { limit: 3 });
    return { answered: results.length > 0, topics: results.map((r) => r.item.topic) };
  };
}
