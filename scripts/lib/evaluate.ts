import type { KnowledgeBase } from '../../src/core/knowledge';
import { SearchEngine } from '../../src/core/search/search-engine';
import type { SearchOutcome } from '../../src/core/search/search-types';
import type { EvalItem, EvalSet } from './eval-sets';

/** What any engine under evaluation returns for a question: its outcome and its results, best first. */
export interface Searched {
  outcome: SearchOutcome;
  topics: string[];
  ids: string[];
}
export type Searcher = (query: string) => Searched;

export interface Miss {
  q: string;
  accept: string[];
  outcome: SearchOutcome;
  got: string[];
}

export interface EvalScore {
  onTopic: number;
  offTopic: number;
  /** Answered, and the answer's principle is accepted. */
  top1: number;
  /** Answered or clarified, and an accepted principle is among the first three results. */
  top3: number;
  /** Answered with an accepted principle, or an accepted principle is among the clarify choices. */
  offered: number;
  /** Share of on-topic questions that were clarified. */
  clarified: number;
  /** Share of on-topic questions declined. */
  falseDeclines: number;
  /** Share of off-topic questions declined. */
  offTopicDeclined: number;
  misses: Miss[];
  wronglyAnswered: Array<{ q: string; outcome: SearchOutcome; got: string[] }>;
}

function isRight(item: EvalItem, topic: string | undefined, id: string | undefined): boolean {
  if (item.passages) return id !== undefined && item.passages.includes(id);
  return topic !== undefined && item.accept.includes(topic);
}

export function evaluate(search: Searcher, set: EvalSet): EvalScore {
  const onTopicItems = set.items.filter((i) => i.accept.length > 0);
  const offTopicItems = set.items.filter((i) => i.accept.length === 0);
  let top1 = 0;
  let top3 = 0;
  let offered = 0;
  let clarified = 0;
  let declined = 0;
  const misses: Miss[] = [];
  for (const item of onTopicItems) {
    const r = search(item.q);
    const firstRight = r.outcome === 'answer' && isRight(item, r.topics[0], r.ids[0]);
    const anyRight = r.outcome !== 'decline' && r.topics.slice(0, 3).some((t, i) => isRight(item, t, r.ids[i]));
    if (firstRight) top1 += 1;
    if (anyRight) top3 += 1;
    if (firstRight || (r.outcome === 'clarify' && anyRight)) offered += 1;
    if (r.outcome === 'clarify') clarified += 1;
    if (r.outcome === 'decline') declined += 1;
    if (!firstRight) misses.push({ q: item.q, accept: item.passages ?? item.accept, outcome: r.outcome, got: (item.passages ? r.ids : r.topics).slice(0, 3) });
  }
  const wronglyAnswered = offTopicItems
    .map((item) => ({ item, r: search(item.q) }))
    .filter(({ r }) => r.outcome !== 'decline')
    .map(({ item, r }) => ({ q: item.q, outcome: r.outcome, got: r.topics.slice(0, 3) }));
  const share = (n: number, of: number) => (of === 0 ? 1 : n / of);
  return {
    onTopic: onTopicItems.length,
    offTopic: offTopicItems.length,
    top1: share(top1, onTopicItems.length),
    top3: share(top3, onTopicItems.length),
    offered: share(offered, onTopicItems.length),
    clarified: share(clarified, onTopicItems.length),
    falseDeclines: share(declined, onTopicItems.length),
    offTopicDeclined: offTopicItems.length === 0 ? 1 : (offTopicItems.length - wronglyAnswered.length) / offTopicItems.length,
    misses,
    wronglyAnswered,
  };
}

export function engineSearcher(engine: SearchEngine): Searcher {
  return (query) => {
    const result = engine.search(query);
    return { outcome: result.outcome, topics: result.hits.map((h) => h.passage.topic), ids: result.hits.map((h) => h.passage.id) };
  };
}

/**
 * The engine's ranking with no decision: always answers, and its three results are the best passage of the
 * first three principles. Its top-1 is the most any answer, clarify or decline policy could reach.
 */
export function rankingOnlySearcher(engine: SearchEngine): Searcher {
  return (query) => {
    const seen = new Set<string>();
    const top = engine.explain(query, 200).top.filter((t) => !seen.has(t.topic) && seen.add(t.topic)).slice(0, 3);
    return { outcome: top.length > 0 ? 'answer' : 'decline', topics: top.map((t) => t.topic), ids: top.map((t) => t.id) };
  };
}

export function shippedSearcher(kb: KnowledgeBase): Searcher {
  return engineSearcher(new SearchEngine(kb));
}
