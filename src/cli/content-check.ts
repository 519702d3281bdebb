import type { Writable } from 'node:stream';
import { loadContent } from '../content/load-content';
import { ContentError } from '../content/content-error';
import { SearchEngine } from '../core/search/search-engine';
import { TipRotation } from '../core/tips/tip-rotation';

/** `content check`: the same validation as start-up, with a short summary when all is well. */
export function runContentCheck(contentDir: string, output: Writable): number {
  try {
    const kb = loadContent(contentDir);
    new SearchEngine(kb);
    const tips = new TipRotation(kb.principles).order.length;
    const meanings = kb.wordVectors ? `word meanings for ${kb.wordVectors.size} words` : 'no word-vectors.bin, so search matches words only';
    const classifier = kb.principleClassifier ? `a principle classifier over ${kb.principleClassifier.size} terms` : 'no principle-classifier.json, so search ranks without it';
    const onTopic = kb.onTopicClassifier ? `an on-topic classifier over ${kb.onTopicClassifier.size} terms` : 'no on-topic-classifier.json, so the on-topic step goes without learned words';
    output.write(`content/ is valid: ${kb.principles.length} principles, ${kb.passages.length} passages, ${tips} weekly tips, ${kb.sources.length} sources, ${meanings}, ${classifier}, ${onTopic}.\n`);
    return 0;
  } catch (error) {
    if (error instanceof ContentError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
