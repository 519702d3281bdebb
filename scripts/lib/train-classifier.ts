import type { KnowledgeBase } from '../../src/core/knowledge';
import { ON_TOPIC_LABELS, trainWordClassifier, type ClassifierWeights, type LabelledText, type OnTopicLabel } from '../../src/core/search/word-classifier';
import { TUNING } from '../../src/core/search/tuning';
import { Analyser } from '../../src/core/text/analyser';
import { TOPIC_SLUGS, isTopicSlug, type TopicSlug } from '../../src/core/topics';
import type { EvalItem } from './eval-sets';

function labeller<L extends string>(kb: KnowledgeBase): { examples: Array<LabelledText<L>>; add(text: string, label: L, weight?: number): void } {
  const analyser = new Analyser(kb.vocabulary);
  const examples: Array<LabelledText<L>> = [];
  return {
    examples,
    add(text, label, weight = 1) {
      const terms = analyser.terms(text);
      if (terms.length > 0) examples.push({ terms, label, weight });
    },
  };
}

/** A labelled question counts this much against a line of content: it is worded as the questions search will be asked. */
const QUESTION_WEIGHT = TUNING.classifier.training.questionWeight;

/**
 * Trains the principle classifier on every line of the content (titles, "Asked as" lines, keywords, each
 * sentence of each passage, and each principle's summary, do and don't lists and tips) and on labelled
 * questions, each under its first accepted topic and counting three times a line of content. Off-topic
 * questions teach it nothing.
 */
export function trainPrincipleClassifier(kb: KnowledgeBase, questions: readonly EvalItem[]): ClassifierWeights<TopicSlug> {
  const { examples, add } = labeller<TopicSlug>(kb);
  for (const p of kb.passages) for (const line of [p.title, ...p.askedAs, p.keywords.join(', '), ...p.body.split(/(?<=[.?!])\s+/)]) add(line, p.topic);
  for (const p of kb.principles) for (const line of [p.title, p.thinkAgainAbout, p.summary, ...p.do, ...p.dont, ...p.tips.map((t) => t.text)]) add(line, p.slug);
  for (const q of questions) {
    const topic = q.accept[0];
    if (topic !== undefined && isTopicSlug(topic)) add(q.q, topic, QUESTION_WEIGHT);
  }
  const topics = TOPIC_SLUGS.filter((t) => examples.some((e) => e.label === t));
  return trainWordClassifier(examples, topics, TUNING.classifier.training);
}

/**
 * Trains the on-topic classifier: on topic are the passages' titles and "Asked as" lines (questions staff
 * ask about the sector) and the labelled on-topic questions; off topic are the vocabulary's elsewhere
 * words (the council's own running) and the labelled off-topic questions.
 */
export function trainOnTopicClassifier(kb: KnowledgeBase, questions: readonly EvalItem[]): ClassifierWeights<OnTopicLabel> {
  const { examples, add } = labeller<OnTopicLabel>(kb);
  for (const p of kb.passages) for (const line of [p.title, ...p.askedAs]) add(line, 'on-topic');
  for (const words of kb.vocabulary.elsewhereWords) add(words, 'off-topic');
  for (const q of questions) add(q.q, q.accept.length > 0 ? 'on-topic' : 'off-topic', QUESTION_WEIGHT);
  return trainWordClassifier(examples, ON_TOPIC_LABELS, TUNING.classifier.training);
}
