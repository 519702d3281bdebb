import type { KnowledgeBase } from '../../src/core/knowledge';
import { trainPrincipleClassifier, type ClassifierWeights, type LabelledText } from '../../src/core/search/principle-classifier';
import { TUNING } from '../../src/core/search/tuning';
import { Analyser } from '../../src/core/text/analyser';
import { TOPIC_SLUGS, isTopicSlug, type TopicSlug } from '../../src/core/topics';
import type { EvalItem } from './eval-sets';

/**
 * Trains the principle classifier on every line of the content (titles, "Asked as" lines, keywords, each
 * sentence of each passage, and each principle's summary, do and don't lists and tips) and on labelled
 * questions, each under its first accepted topic. Off-topic questions teach it nothing.
 */
export function trainClassifier(kb: KnowledgeBase, questions: readonly EvalItem[]): ClassifierWeights {
  const analyser = new Analyser(kb.vocabulary);
  const examples: LabelledText[] = [];
  const add = (text: string, topic: TopicSlug) => {
    const terms = analyser.terms(text);
    if (terms.length > 0) examples.push({ terms, topic });
  };
  for (const p of kb.passages) for (const line of [p.title, ...p.askedAs, p.keywords.join(', '), ...p.body.split(/(?<=[.?!])\s+/)]) add(line, p.topic);
  for (const p of kb.principles) for (const line of [p.title, p.thinkAgainAbout, p.summary, ...p.do, ...p.dont, ...p.tips.map((t) => t.text)]) add(line, p.slug);
  for (const q of questions) {
    const topic = q.accept[0];
    if (topic !== undefined && isTopicSlug(topic)) add(q.q, topic);
  }
  const topics = TOPIC_SLUGS.filter((t) => examples.some((e) => e.topic === t));
  return trainPrincipleClassifier(examples, topics, TUNING.classifier.training);
}
