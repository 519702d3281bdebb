import Fuse from 'fuse.js';
import type { KnowledgeBase } from '../../src/core/knowledge';
import type { Searcher } from './evaluate';

/** Fuse.js exactly as it comes, over the same passages: answers whenever it finds anything. */
export function defaultFuseSearcher(kb: KnowledgeBase): Searcher {
  const fuse = new Fuse(kb.passages, { keys: ['title', 'body', 'keywords', 'askedAs'] });
  return (query) => {
    const results = fuse.search(query, { limit: 3 });
    return { outcome: results.length > 0 ? 'answer' : 'decline', topics: results.map((r) => r.item.topic), ids: results.map((r) => r.item.id) };
  };
}

const words = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(/[a-z0-9]+/g) ?? [];

/** Plain Okapi BM25 (k1 1.2, b 0.75) over each passage's title, keywords, "Asked as" lines and body. */
export function bm25Searcher(kb: KnowledgeBase): Searcher {
  const docs = kb.passages.map((p) => words([p.title, p.keywords.join(' '), p.askedAs.join(' '), p.body].join(' ')));
  const avgLength = docs.reduce((n, d) => n + d.length, 0) / docs.length;
  const documentFrequency = new Map<string, number>();
  for (const doc of docs) for (const w of new Set(doc)) documentFrequency.set(w, (documentFrequency.get(w) ?? 0) + 1);
  const termCounts = docs.map((doc) => doc.reduce((m, w) => m.set(w, (m.get(w) ?? 0) + 1), new Map<string, number>()));
  const idf = (w: string) => {
    const df = documentFrequency.get(w) ?? 0;
    return Math.log(1 + (docs.length - df + 0.5) / (df + 0.5));
  };
  return (query) => {
    const terms = [...new Set(words(query))];
    const scored = kb.passages
      .map((p, i) => {
        const tf = termCounts[i]!;
        const score = terms.reduce((s, w) => {
          const f = tf.get(w) ?? 0;
          return s + (f === 0 ? 0 : (idf(w) * f * 2.2) / (f + 1.2 * (0.25 + (0.75 * docs[i]!.length) / avgLength)));
        }, 0);
        return { p, score };
      })
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, 3);
    return { outcome: scored.length > 0 ? 'answer' : 'decline', topics: scored.map((s) => s.p.topic), ids: scored.map((s) => s.p.id) };
  };
}
