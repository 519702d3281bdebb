import { loadContent } from '../src/content/load-content';
import type { KnowledgeBase } from '../src/core/knowledge';
import { SearchEngine } from '../src/core/search/search-engine';
import { ALL_STAGES, type EngineStages } from '../src/core/search/tuning';
import { bm25Searcher, defaultFuseSearcher } from './lib/baselines';
import { BLIND_FILES, blindHalves, coverageSet, regressionSet, trainingQuestions, type EvalSet } from './lib/eval-sets';
import { engineSearcher, evaluate, rankingOnlySearcher, type EvalScore, type Searcher } from './lib/evaluate';

/**
 * Answer quality on every question set, scored apart. The test halves of the blind sets are the honest
 * figures; the regression fixture, the training questions and the tuning halves have been looked at while
 * tuning, and the classifiers learned from them, so their figures flatter.
 *   npm run eval [-- <content dir>] [--verbose]   (--verbose lists misses on the sets we may tune on)
 */
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const kb = loadContent(args.find((a) => !a.startsWith('--')) ?? 'content');

const halves = BLIND_FILES.map((f) => blindHalves(f));
const testHalves: EvalSet = { name: 'the blind test halves', items: halves.flatMap((h) => h.test.items) };
const sets: Array<{ set: EvalSet; mayTune: boolean }> = [
  { set: regressionSet(), mayTune: true },
  { set: coverageSet(), mayTune: true },
  { set: { name: 'training questions', items: trainingQuestions() }, mayTune: true },
  ...halves.flatMap((h) => [
    { set: h.tune, mayTune: true },
    { set: h.test, mayTune: false },
  ]),
];

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(8);
const header = `${'on'.padStart(5)}${'off'.padStart(5)}${'top-1'.padStart(8)}${'top-3'.padStart(8)}${'offered'.padStart(8)}${'clarify'.padStart(8)}${'off-decl'.padStart(9)}${'false-d'.padStart(8)}`;
const row = (s: EvalScore) => `${String(s.onTopic).padStart(5)}${String(s.offTopic).padStart(5)}${pct(s.top1)}${pct(s.top3)}${pct(s.offered)}${pct(s.clarified)}${pct(s.offTopicDeclined).padStart(9)}${pct(s.falseDeclines)}`;

const shipped = engineSearcher(new SearchEngine(kb));
console.log(`ThinkAgain answer quality: ${kb.passages.length} passages\n`);
console.log(
  'top-1: answered with an accepted principle · top-3: an accepted principle among the first three · offered: answered\n' +
    'right, or the right principle among the clarify choices · clarify: share clarified · off-decl: off-topic declined ·\n' +
    'false-d: on-topic declined. Coverage questions count only their listed passages as right.\n' +
    'The classifiers learned from the fixture, the training questions and the tuning halves: only the test halves are honest.\n',
);
console.log(`${'set'.padEnd(50)}${header}`);
const scores = sets.map(({ set, mayTune }) => ({ set, mayTune, score: evaluate(shipped, set) }));
for (const { set, score } of scores) console.log(`${set.name.padEnd(50)}${row(score)}`);

const variants: Array<[string, Searcher]> = [
  ['ThinkAgain engine', shipped],
  ...ablations(kb),
  ['ranking alone, always answering (top-1 ceiling)', rankingOnlySearcher(new SearchEngine(kb))],
  ['baseline: Fuse.js defaults', defaultFuseSearcher(kb)],
  ['baseline: plain BM25', bm25Searcher(kb)],
];
console.log(`\nAblation on ${testHalves.name} (${testHalves.items.length} questions): what each part earns\n`);
console.log(`${'engine'.padEnd(50)}${header}`);
for (const [name, searcher] of variants) console.log(`${name.padEnd(50)}${row(evaluate(searcher, testHalves))}`);

if (verbose) {
  for (const { set, mayTune, score } of scores) {
    if (!mayTune) continue;
    console.log(`\n${set.name}: not answered right`);
    for (const m of score.misses) console.log(`  [${m.outcome}] ${m.q}  → want ${m.accept.join('|')}, got ${m.got.join(', ') || 'nothing'}`);
    for (const w of score.wronglyAnswered) console.log(`  [${w.outcome}, off-topic] ${w.q}  → ${w.got.join(', ')}`);
  }
}

function ablations(base: KnowledgeBase): Array<[string, Searcher]> {
  const without = (stages: Partial<EngineStages>, knowledge = base) => engineSearcher(new SearchEngine(knowledge, { ...ALL_STAGES, ...stages }));
  return [
    ['without Fuse word corrections', without({ fuzzy: false })],
    ['without BM25', without({ bm25: false })],
    ['without synonyms', without({}, { ...base, vocabulary: { ...base.vocabulary, synonyms: [] } })],
    ['without "Asked as" lines', without({ askedAs: false })],
    ['without word pairs', without({ phrases: false })],
    ['without cue phrases', without({ cues: false })],
    ['without principle support', without({ principleSupport: false })],
    ['without the principle model', without({ principleModel: false })],
    ['without word meanings (GloVe vectors)', without({ meaning: false })],
    ['without the principle classifier', without({ classifier: false })],
    ['without the on-topic classifier', without({ onTopicWords: false })],
    ['without the on-topic step', without({ onTopic: false })],
    ['without clarify', without({ clarify: false })],
  ];
}
