import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from '../../src/content/content-error';
import { loadContent } from '../../src/content/load-content';
import { encodeClassifier, ON_TOPIC_CLASSIFIER_FILE, PRINCIPLE_CLASSIFIER_FILE } from '../../src/content/classifier-files';
import { trainWordClassifier, WordClassifier, type LabelledText } from '../../src/core/search/word-classifier';
import { SearchEngine } from '../../src/core/search/search-engine';
import { ALL_STAGES, TUNING } from '../../src/core/search/tuning';
import type { ResolvedTerm } from '../../src/core/search/word-resolver';
import { learnableQuestions } from '../../scripts/lib/eval-sets';
import { trainOnTopicClassifier, trainPrincipleClassifier } from '../../scripts/lib/train-classifier';
import { CONTENT_DIR, copyOfContent } from '../support/content-fixture';

const known = (...words: string[]): ResolvedTerm[] => words.map((w) => ({ term: w, word: w, similarity: 1, idf: 1 }));

describe('a word classifier', () => {
  const examples: LabelledText[] = [
    { terms: ['tender', 'lot', 'size'], label: 'commissioning' },
    { terms: ['tender', 'payment', 'term'], label: 'commissioning' },
    { terms: ['volunteer', 'burnout', 'trustee'], label: 'volunteering' },
    { terms: ['volunteer', 'retire', 'civic', 'core'], label: 'volunteering' },
  ];
  const options = { epochs: 30, l2: 0.0001, rate: 0.5, pairsFrom: 0 };

  it('learns which words tell topics apart, and picks the topic of a new mix of them', () => {
    const classifier = new WordClassifier(trainWordClassifier(examples, ['commissioning', 'volunteering'], options));
    expect(classifier.probabilities(known('tender', 'payment')).get('commissioning')).toBeGreaterThan(0.8);
    expect(classifier.probabilities(known('trustee', 'civic')).get('volunteering')).toBeGreaterThan(0.8);
  });

  it('learns the same weights every time from the same examples', () => {
    const first = trainWordClassifier(examples, ['commissioning', 'volunteering'], options);
    expect(trainWordClassifier(examples, ['commissioning', 'volunteering'], options)).toEqual(first);
  });

  it('lets a weightier example outvote a lighter one that teaches the opposite', () => {
    const conflicting: LabelledText[] = [
      { terms: ['grant'], label: 'commissioning' },
      { terms: ['grant'], label: 'volunteering', weight: 3 },
    ];
    const classifier = new WordClassifier(trainWordClassifier(conflicting, ['commissioning', 'volunteering'], options));
    expect(classifier.probabilities(known('grant')).get('volunteering')).toBeGreaterThan(0.6);
  });

  it('learns from two adjacent words what neither says alone, once the pair is seen often enough', () => {
    // Each word is as often in one label as the other: only the pairs tell "north east" from "north west".
    const regions: LabelledText[] = [
      { terms: ['north', 'east'], label: 'a' },
      { terms: ['south', 'west'], label: 'a' },
      { terms: ['north', 'west'], label: 'b' },
      { terms: ['south', 'east'], label: 'b' },
    ].flatMap((e) => [e, e]);
    const wordsOnly = new WordClassifier(trainWordClassifier(regions, ['a', 'b'], options));
    const withPairs = new WordClassifier(trainWordClassifier(regions, ['a', 'b'], { ...options, pairsFrom: 2 }));
    const rarePairsLeftOut = new WordClassifier(trainWordClassifier(regions, ['a', 'b'], { ...options, pairsFrom: 3 }));
    expect(wordsOnly.probabilities(known('north', 'east')).get('a')).toBeCloseTo(0.5, 1);
    expect(withPairs.probabilities(known('north', 'east')).get('a')).toBeGreaterThan(0.8);
    expect(withPairs.probabilities(known('north', 'west')).get('b')).toBeGreaterThan(0.8);
    expect(withPairs.probabilities(known('east', 'north')).get('a')).toBeCloseTo(0.5, 1);
    expect(rarePairsLeftOut.probabilities(known('north', 'east')).get('a')).toBeCloseTo(0.5, 1);
  });

  it('takes nothing from words it never learned, and a corrected word counts by its similarity', () => {
    const classifier = new WordClassifier(trainWordClassifier(examples, ['commissioning', 'volunteering'], options));
    const unknown = classifier.probabilities([{ term: 'football', similarity: 0, idf: 1 }]);
    expect([...unknown.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(Math.abs((unknown.get('commissioning') ?? 0) - (unknown.get('volunteering') ?? 0))).toBeLessThan(0.2);
    const typo = classifier.probabilities([{ term: 'tendr', word: 'tender', similarity: 0.5, idf: 1 }]).get('commissioning')!;
    const exact = classifier.probabilities(known('tender')).get('commissioning')!;
    expect(typo).toBeGreaterThan(0.5);
    expect(typo).toBeLessThan(exact);
  });
});

describe('the shipped classifiers', () => {
  const kb = loadContent(CONTENT_DIR);
  const tuning = learnableQuestions();
  const shipped = (file: string) => readFileSync(join(CONTENT_DIR, file), 'utf8');

  // A content edit without a refit fails here: run npm run fit -- --write.
  it('are exactly what npm run fit learns from the content, the tuning questions and the training files, never the test halves', () => {
    expect(encodeClassifier(trainPrincipleClassifier(kb, tuning))).toBe(shipped(PRINCIPLE_CLASSIFIER_FILE));
    expect(encodeClassifier(trainOnTopicClassifier(kb, tuning))).toBe(shipped(ON_TOPIC_CLASSIFIER_FILE));
  });

  it('answer a question about the sector that names no sector word, and still decline an office question', () => {
    const village = "same five people run everything in our village and they're exhausted, how can we help?";
    const withWords = new SearchEngine(kb).explain(village);
    const without = new SearchEngine(kb, { ...ALL_STAGES, onTopicWords: false }).explain(village);
    expect(withWords.sectorWords).toEqual([]);
    expect(withWords.onTopic.learned).toBeGreaterThan(0.5); // log-odds over 4: above 0.88 as a probability
    expect(withWords.result.outcome).toBe('answer');
    expect(withWords.result.hits[0]?.passage.topic).toBe('volunteering');
    expect(without.onTopic.learned).toBe(0); // even odds
    expect(without.result.outcome).toBe('decline');
    const leave = new SearchEngine(kb).explain('who approves my annual leave?');
    expect(leave.onTopic.learned).toBeLessThan(-0.5); // below 0.12 as a probability
    expect(leave.result.outcome).toBe('decline');
  });

  it('moves the ranking, and --explain shows its probability for each result', () => {
    const question = 'the procurement team want a full open tender for a tiny community service';
    const top = new SearchEngine(kb).explain(question).top;
    expect(top[0]!.scores.classifier).toBeGreaterThan(0);
    expect(new SearchEngine(kb, { ...ALL_STAGES, classifier: false }).explain(question).top[0]!.scores.classifier).toBe(0);
    expect(TUNING.classifier.share).toBeGreaterThan(0);
  });
});

describe('a damaged or missing classifier file', () => {
  let content: ReturnType<typeof copyOfContent>;
  beforeEach(() => (content = copyOfContent()));
  afterEach(() => content.remove());
  const problemsOf = (dir: string): string[] => {
    try {
      loadContent(dir);
      return [];
    } catch (error) {
      return error instanceof ContentError ? error.problems.map((p) => `${p.file} | ${p.field} | ${p.message}`) : [String(error)];
    }
  };

  it('that is not JSON is named as a content problem, with how to rebuild it', () => {
    content.edit(PRINCIPLE_CLASSIFIER_FILE, (text) => text.slice(0, text.length / 2));
    expect(problemsOf(content.dir)).toEqual([expect.stringMatching(/^principle-classifier\.json \| \(file\) \| is not valid JSON: .*run npm run fit -- --write to rebuild it$/)]);
  });

  it('with a row of the wrong width, or an unknown topic, says where', () => {
    content.edit(PRINCIPLE_CLASSIFIER_FILE, (text) => text.replace(/\n {4}"([^"]+)": \[[^\]]*\]/, '\n    "$1": [1, 2]'));
    expect(problemsOf(content.dir)).toEqual([expect.stringMatching(/^principle-classifier\.json \| terms\.\S+ \| has 2 weights for 12 labels$/)]);
    content.edit(PRINCIPLE_CLASSIFIER_FILE, (text) => text.replace('"figures"]', '"weather"]'));
    expect(problemsOf(content.dir).some((p) => /^principle-classifier\.json \| labels\.11 \| must be among: values, /.test(p))).toBe(true);
    content.edit(ON_TOPIC_CLASSIFIER_FILE, (text) => text.replace('"off-topic"]', '"figures"]'));
    expect(problemsOf(content.dir).some((p) => /^on-topic-classifier\.json \| labels\.1 \| must be among: on-topic, off-topic$/.test(p))).toBe(true);
  });

  it('with a weight that is not a number, says which term', () => {
    content.edit(PRINCIPLE_CLASSIFIER_FILE, (text) => text.replace(/\n {4}"([^"]+)": \[[^,\]]*,/, '\n    "$1": ["heavy",'));
    expect(problemsOf(content.dir)).toEqual([expect.stringMatching(/^principle-classifier\.json \| terms\.\S+ \| must be a list of numbers$/)]);
  });

  it('when damaged, does not stop npm run fit from reading the content to rebuild it', () => {
    content.edit(ON_TOPIC_CLASSIFIER_FILE, (text) => text.slice(0, 100));
    expect(() => loadContent(content.dir)).toThrow(ContentError);
    const kb = loadContent(content.dir, { skip: [PRINCIPLE_CLASSIFIER_FILE, ON_TOPIC_CLASSIFIER_FILE] });
    expect(kb.onTopicClassifier).toBeUndefined();
    expect(kb.passages.length).toBeGreaterThan(100);
  });

  it('when absent, leaves search going without them', () => {
    rmSync(join(content.dir, PRINCIPLE_CLASSIFIER_FILE));
    rmSync(join(content.dir, ON_TOPIC_CLASSIFIER_FILE));
    const kb = loadContent(content.dir);
    expect(kb.principleClassifier).toBeUndefined();
    expect(kb.onTopicClassifier).toBeUndefined();
    const result = new SearchEngine(kb).search('how should we commission small charities');
    expect(result.outcome).not.toBe('decline');
    expect(result.hits[0]?.passage.topic).toBe('commissioning');
  });

  it('written by encodeClassifier reads back the same', () => {
    const weights = { labels: ['values', 'place'], bias: [0.1, -0.1], terms: { grant: [0.5, -0.5] } };
    writeFileSync(join(content.dir, PRINCIPLE_CLASSIFIER_FILE), encodeClassifier(weights));
    expect(loadContent(content.dir).principleClassifier?.probabilities(known('grant')).get('values')).toBeGreaterThan(0.5);
  });
});
