import { loadContent } from '../src/content/load-content';
import { defaultFuseSearcher, evaluate, loadEvalSet, shippedSearcher, type EvalScore } from './lib/evaluate';

const contentDir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'content';
const verbose = process.argv.includes('--verbose');
const kb = loadContent(contentDir);
const set = loadEvalSet();

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
const rows: Array<[string, EvalScore]> = [
  ['ThinkAgain engine', evaluate(shippedSearcher(kb), set)],
  ['Fuse.js defaults', evaluate(defaultFuseSearcher(kb), set)],
];

console.log(`Eval: ${set.questions.length} questions, ${set.offTopic.length} off-topic, ${kb.passages.length} passages\n`);
console.log(`${'engine'.padEnd(20)}${'top-1'.padStart(7)}${'top-3'.padStart(7)}  off-topic declined`);
for (const [name, score] of rows) console.log(`${name.padEnd(20)}${pct(score.top1)}${pct(score.top3)}  ${pct(score.offTopicDeclined)}`);

const shipped = rows[0]![1];
if (verbose) {
  console.log('\nMissed at top-1:');
  for (const m of shipped.misses) console.log(`  ${m.answered ? ' ' : '∅'} ${m.q}  → expected ${m.expected}, got ${m.got.join(', ') || 'nothing'}`);
  console.log('\nOff-topic answered:');
  for (const q of shipped.wronglyAnswered) console.log(`  ${q}`);
}
