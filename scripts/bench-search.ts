import { performance } from 'node:perf_hooks';
import { loadContent } from '../src/content/load-content';
import type { KnowledgeBase } from '../src/core/knowledge';
import { SearchEngine } from '../src/core/search/search-engine';
import { BLIND_FILES, readBlindFile, regressionSet } from './lib/eval-sets';

/** A corpus `factor` times larger: each passage repeated with its sentences rotated and a new id. */
function enlarge(kb: KnowledgeBase, factor: number): KnowledgeBase {
  const passages = kb.passages.flatMap((p) =>
    Array.from({ length: factor }, (_, i) => {
      const sentences = p.body.split(/(?<=\.)\s+/);
      const rotated = [...sentences.slice(i % sentences.length), ...sentences.slice(0, i % sentences.length)].join(' ');
      return { ...p, id: `${p.id}-v${i}`, title: i === 0 ? p.title : `${p.title} (${i})`, body: rotated, keywords: p.keywords.slice(i % 2) };
    }),
  );
  return { ...kb, passages };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

function measure(label: string, kb: KnowledgeBase, warmUp: string[], queries: string[]): void {
  const buildStart = performance.now();
  const engine = new SearchEngine(kb);
  const buildMs = performance.now() - buildStart;
  for (const q of warmUp) engine.search(q); // warm-up: JIT, on questions other than the timed ones
  const firstSight: number[] = [];
  for (const q of queries) {
    const start = performance.now();
    engine.search(q); // words never seen before go through Fuse's corrections here
    firstSight.push(performance.now() - start);
  }
  firstSight.sort((a, b) => a - b);
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of queries) {
      const start = performance.now();
      engine.search(q);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const rss = process.memoryUsage().rss / 1024 / 1024;
  console.log(
    `${label.padEnd(26)} passages ${String(kb.passages.length).padStart(5)}  build ${buildMs.toFixed(1).padStart(6)} ms  first sight p99 ${percentile(firstSight, 0.99).toFixed(2)} ms  ` +
      `repeated p50 ${percentile(times, 0.5).toFixed(3)} ms  p99 ${percentile(times, 0.99).toFixed(3)} ms  max ${times[times.length - 1]!.toFixed(2)} ms  rss ${rss.toFixed(0)} MiB`,
  );
}

const kb = loadContent(process.argv[2] ?? 'content');
const warmUp = regressionSet().items.map((i) => i.q);
const queries = BLIND_FILES.flatMap((f) => readBlindFile(f).map((i) => i.q));
console.log(`Search benchmark: ${queries.length} blind questions, first sight then 5 rounds, Node ${process.version}\n`);
measure('shipped content', kb, warmUp, queries);
measure('10x content (generated)', enlarge(kb, 10), warmUp, queries);
