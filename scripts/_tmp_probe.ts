import { loadContent } from '../src/content/load-content';
import { SearchEngine } from '../src/core/search/search-engine';
const kb = loadContent('content');
const engine = new SearchEngine(kb);
for (const q of process.argv.slice(2)) {
  const r = engine.search(q);
  console.log(`${r.answered ? '✓' : '∅'} ${q}\n   ${r.hits.map((h) => `${h.passage.id}(${(h as any).score?.toFixed?.(2) ?? ''})`).join('  ')}`);
}
