import type { KnowledgeBase } from '../knowledge';
import { Analyser, stem, tokenise } from '../text/analyser';
import { CueMatcher } from './cue-matcher';
import { decide, type Closeness, type CorrectFeatures, type Decision, type OnTopicFeatures } from './decision';
import { indexPassage, type IndexedPassage } from './passage-index';
import { PrincipleModel } from './principle-model';
import type { OnTopicLabel, WordClassifier } from './word-classifier';
import type { TopicSlug } from '../topics';
import { PassageMeanings } from './meaning';
import { cueFactor, scorePassage, withClassifier, withMeaning, withPrincipleSupport, type QueryFacts, type StageScores, type WordMatch } from './scorer';
import type { SearchHit, SearchResult } from './search-types';
import { ALL_STAGES, TUNING, type EngineStages } from './tuning';
import { WordResolver, type ResolvedTerm } from './word-resolver';

/** Longest query the engine analyses; longer text is cut, not refused. */
export const MAX_QUERY_CHARS = TUNING.maxQueryChars;

interface Ranked {
  record: IndexedPassage;
  scores: StageScores;
  words: WordMatch[];
  phrases: string[];
}

/** Everything the engine worked out for one question: what `ask --explain` shows. */
export interface Explanation {
  query: string;
  terms: ResolvedTerm[];
  sectorWords: string[];
  /** Words naming the public body's own running ("annual leave", "payroll"): evidence against being on topic. */
  elsewhereWords: string[];
  onTopic: OnTopicFeatures;
  correct: CorrectFeatures;
  decision: Decision;
  /** What the decision weighed besides the two models: how many principles came close, and how close. */
  closeness: Closeness;
  /** The clarify choices, whatever the outcome: the best passage of each principle scoring near the best, up to three. */
  choices: Array<{ id: string; topic: string }>;
  top: Array<{ id: string; topic: string; title: string; scores: StageScores; words: WordMatch[]; phrases: string[] }>;
  result: SearchResult;
}

/** Finds the passages that best answer a question, and decides whether to answer, clarify or decline. */
export class SearchEngine {
  private readonly analyser: Analyser;
  private readonly words: WordResolver;
  /** Term → the passages that contain it anywhere. */
  private readonly postings = new Map<string, IndexedPassage[]>();
  private readonly commonWordLimit: number;
  private readonly cues: CueMatcher;
  private readonly lexicon: ReadonlySet<string>;
  private readonly sector: ReadonlySet<string>;
  /** Each elsewhere word or phrase as plain stemmed words (stop words kept: "out of office" needs "out of"), with its text. */
  private readonly elsewhere: Array<{ text: string; words: string[]; terms: string[] }>;
  private readonly meanLength: number;
  /** Each "Asked as" line, analysed, and the passage that lists it: an editor's word that the passage answers that very question. */
  private readonly askedAsLines = new Map<string, IndexedPassage>();
  private readonly principles: PrincipleModel;
  private readonly meanings: PassageMeanings | undefined;
  private readonly classifier: WordClassifier<TopicSlug> | undefined;
  private readonly onTopicClassifier: WordClassifier<OnTopicLabel> | undefined;

  constructor(
    kb: KnowledgeBase,
    private readonly stages: EngineStages = ALL_STAGES,
  ) {
    this.analyser = new Analyser(kb.vocabulary);
    this.cues = new CueMatcher(kb.vocabulary.cues);
    const heading = new Map(kb.principles.map((p) => [p.slug as string, `${p.title} ${p.thinkAgainAbout} ${p.slug}`]));
    const records = kb.passages.map((p) => indexPassage(this.analyser, p, heading.get(p.topic) ?? p.topic, stages.askedAs));
    this.principles = new PrincipleModel(records, kb.principles, this.analyser);
    this.meanings = stages.meaning && kb.wordVectors ? new PassageMeanings(kb.wordVectors, kb.passages) : undefined;
    this.classifier = stages.classifier ? kb.principleClassifier : undefined;
    this.onTopicClassifier = stages.onTopicWords ? kb.onTopicClassifier : undefined;
    this.lexicon = new Set([
      ...kb.principles.flatMap((p) => this.analyser.terms(`${p.slug} ${p.thinkAgainAbout}`)),
      ...kb.vocabulary.subjectWords.flatMap((w) => this.analyser.terms(w)),
      ...kb.vocabulary.sectorWords.flatMap((w) => this.analyser.terms(w)),
      ...this.analyser.aliases().values(),
    ]);
    // A sector phrase counts only when it folds into one term: "small grants" must not make "grant" a sector word.
    this.sector = new Set(kb.vocabulary.sectorWords.map((w) => this.analyser.terms(w)).flatMap((terms) => (terms.length === 1 ? terms : [])));
    this.elsewhere = kb.vocabulary.elsewhereWords.map((text) => ({ text, words: plainWords(text), terms: this.analyser.terms(text) })).filter((e) => e.words.length > 0);
    this.words = new WordResolver(
      records.map((r) => new Set(r.fields.keys())),
      this.analyser.aliases(),
      stages.fuzzy,
    );
    this.meanLength = records.reduce((n, r) => n + r.length, 0) / Math.max(1, records.length);
    this.commonWordLimit = Math.max(20, Math.ceil(records.length * TUNING.commonWordShare));
    for (const record of records) for (const term of record.fields.keys()) this.postings.set(term, [...(this.postings.get(term) ?? []), record]);
    if (stages.askedAs) {
      for (const r of records) {
        for (const line of r.passage.askedAs) {
          const key = this.analyser.terms(line).join(' ');
          if (key && !this.askedAsLines.has(key)) this.askedAsLines.set(key, r);
        }
      }
    }
  }

  search(question: string, limit = 3): SearchResult {
    return this.run(question, limit, false).result;
  }

  /** The search with its working: matched words and fields, each stage's value, and why the outcome was chosen. */
  explain(question: string, limit = 3): Explanation {
    return this.run(question, limit, true);
  }

  /** `detail` adds each top result's word-by-word matches, which only an explanation shows. */
  private run(question: string, limit: number, detail: boolean): Explanation {
    const query = question.slice(0, MAX_QUERY_CHARS).trim();
    const terms = this.analyser.terms(query).slice(0, TUNING.maxQueryTerms);
    const resolved = terms.map((t) => this.words.resolve(t));
    const known = resolved.flatMap((r) => (r.word === undefined ? [] : [r.word]));
    const plain = plainWords(query);
    const elsewhere = this.elsewhere.filter((e) => runsOf(plain, e.words).length > 0);
    const sectorWords = [...new Set(this.sectorWordsOutside(query, plain, known, elsewhere))];
    const listed = this.askedAsLines.get(terms.join(' '));
    const { ranked: found, facts } = known.length === 0 ? { ranked: [], facts: undefined } : this.rank(query, resolved, known);
    const ranked = listedFirst(found, listed);
    const best = ranked[0];
    const rival = best && ranked.find((r) => r.record.passage.topic !== best.record.passage.topic);

    const elsewhereWords = elsewhere.map((e) => e.text);
    const onTopic = this.onTopicFeatures(resolved, best, sectorWords.length > 0, elsewhereWords.length > 0);
    const correct: CorrectFeatures = {
      match: best?.scores.match ?? 0,
      margin: best ? best.scores.order - (rival?.scores.order ?? 0) : 0,
      support: best?.scores.support ?? 0,
      sector: onTopic.sector,
      principle: best?.scores.principle ?? 0,
      classifier: best?.scores.classifier ?? 0,
    };
    const choices = best ? onePerPrinciple(ranked.filter((r) => r.scores.order >= TUNING.clarifyShare * best.scores.order)).slice(0, 3) : [];
    const closeness: Closeness = {
      choices: choices.length,
      rivalRatio: best && rival && best.scores.order > 0 ? rival.scores.order / best.scores.order : 0,
      sectorOnly: !facts?.cuedTopics.size && known.every((w) => this.sector.has(w) && this.words.frequency(w) > this.commonWordLimit),
    };
    const decided = best
      ? decide(onTopic, correct, closeness, this.stages)
      : { outcome: 'decline' as const, onTopic: 0, confidence: 0, reason: 'no word of the question is in the knowledge base' };
    // A question an editor has pasted as an "Asked as" line (same words, once analysed) is answered by that passage.
    const decision: Decision = listed && best?.record === listed && decided.outcome !== 'answer' ? { ...decided, outcome: 'answer', reason: `the question is an "Asked as" line of ${listed.passage.id}` } : decided;

    const scoreOf = (r: Ranked) => round(best && best.scores.order > 0 ? (decision.confidence * r.scores.order) / best.scores.order : 0);
    const hits: SearchHit[] = (decision.outcome === 'clarify' ? choices : this.answerHits(ranked, decision, scoreOf))
      .slice(0, limit)
      .map((r) => ({ passage: r.record.passage, score: scoreOf(r) }));
    const result: SearchResult = { query, answered: decision.outcome === 'answer', outcome: decision.outcome, hits };
    return {
      query,
      terms: resolved,
      sectorWords,
      elsewhereWords,
      onTopic,
      correct,
      decision,
      closeness,
      choices: choices.map((r) => ({ id: r.record.passage.id, topic: r.record.passage.topic })),
      top: ranked.slice(0, limit).map((r) => ({
        id: r.record.passage.id,
        topic: r.record.passage.topic,
        title: r.record.passage.title,
        scores: r.scores,
        words: detail && facts ? scorePassage(r.record, facts, this.stages, true).words : [],
        phrases: r.phrases,
      })),
      result,
    };
  }

  /** Beside an answer: the answer and further matches confident enough. A decline lists the nearest, for tools. */
  private answerHits(ranked: Ranked[], decision: Decision, scoreOf: (r: Ranked) => number): Ranked[] {
    if (decision.outcome !== 'answer') return ranked.filter((r) => r.scores.order > 0);
    return ranked.filter((r, i) => i === 0 || scoreOf(r) >= TUNING.moreAt);
  }

  private rank(query: string, resolved: ResolvedTerm[], known: string[]): { ranked: Ranked[]; facts: QueryFacts } {
    const cuedTopics = this.stages.cues ? this.cues.topicsCuedBy(query) : new Set<string>();
    const facts: QueryFacts = {
      resolved,
      lexicon: this.lexicon,
      pairs: [...new Set(known.slice(1).map((w, i) => `${known[i]} ${w}`))],
      meanLength: this.meanLength,
      cuedTopics,
      topicHasCues: (topic) => this.cues.hasCues(topic),
    };
    const scored = withPrincipleSupport(
      this.candidates(known).map((record) => ({ record, ...scorePassage(record, facts, this.stages) })),
      this.stages.principleModel ? this.principleProbabilities(resolved, cuedTopics) : undefined,
      this.stages,
    );
    const classified = this.classifier?.probabilities(resolved);
    return { ranked: withClassifier(withMeaning(scored, this.similarities(query, scored)), classified).sort((a, b) => b.scores.order - a.scores.order || b.scores.match - a.scores.match), facts };
  }

  /** Each candidate's similarity in meaning to the question, when the meaning stage is on and the question has words with vectors. */
  private similarities(query: string, candidates: ReadonlyArray<{ record: IndexedPassage }>): number[] | undefined {
    const meaning = this.meanings?.embed(query);
    if (!this.meanings || !meaning) return undefined;
    const meanings = this.meanings;
    return candidates.map((c) => meanings.similarity(meaning, c.record.passage.id));
  }

  /** The principle model's probabilities, with cue phrases applied as they are to passages ("how many" → figures). */
  private principleProbabilities(resolved: ResolvedTerm[], cuedTopics: ReadonlySet<string>): Map<string, number> {
    const probabilities = this.principles.probabilities(resolved);
    if (!this.stages.cues) return probabilities;
    let total = 0;
    for (const [topic, p] of probabilities) {
      const cued = p * cueFactor(topic, { cuedTopics, topicHasCues: (t) => this.cues.hasCues(t) });
      probabilities.set(topic, cued);
      total += cued;
    }
    for (const [topic, p] of probabilities) probabilities.set(topic, p / total);
    return probabilities;
  }

  private onTopicFeatures(resolved: ResolvedTerm[], best: Ranked | undefined, sector: boolean, elsewhere: boolean): OnTopicFeatures {
    let total = 0;
    let subject = 0;
    let unknown = 0;
    const seen = new Set<string>();
    for (const term of resolved) {
      // Each distinct word counts once: a pasted email repeating a signature or filler must not outvote the question.
      if (seen.has(term.term)) continue;
      seen.add(term.term);
      total += term.idf;
      if (term.word === undefined) unknown += term.idf;
      else if (this.lexicon.has(term.word)) subject += term.idf * term.similarity;
    }
    return {
      match: Math.min(best?.scores.match ?? 0, 1.5),
      sector: sector ? 1 : 0,
      subjectShare: total > 0 ? subject / total : 0,
      unknownShare: total > 0 ? unknown / total : 1,
      coverage: best?.scores.coverage ?? 0,
      phrase: best && best.phrases.length > 0 ? 1 : 0,
      elsewhere: elsewhere ? 1 : 0,
      // Without the learned model, even odds: the evidence is then the rest alone.
      learned: learnedOdds(this.onTopicClassifier?.probabilities(resolved).get('on-topic') ?? 0.5),
    };
  }

  /**
   * The question's sector words, leaving out those inside an elsewhere phrase: "volunteering" in "staff
   * volunteering day" names the council's own business, not the sector. The same word elsewhere in the
   * question still counts ("thank the volunteers after our staff volunteering day").
   */
  private sectorWordsOutside(query: string, plain: readonly string[], known: readonly string[], elsewhere: ReadonlyArray<{ words: string[]; terms: string[] }>): string[] {
    const sector = known.filter((w) => this.sector.has(w));
    const inPhrases = new Set(elsewhere.flatMap((e) => e.terms));
    if (!sector.some((w) => inPhrases.has(w))) return sector;
    // `plain` is the query's tokens stemmed, one for one, so a position in it is a position in the tokens.
    const covered = new Set(elsewhere.flatMap((e) => runsOf(plain, e.words).flatMap((at) => e.words.map((_, k) => at + k))));
    const tokens = tokenise(query);
    const rest = this.analyser.terms(tokens.filter((_, i) => !covered.has(i)).join(' '));
    const restKnown = new Set(rest.map((t) => this.words.resolve(t).word));
    return sector.filter((w) => !inPhrases.has(w) || restKnown.has(w));
  }

  /** Every passage that contains a word of the question in any field. */
  private candidates(words: string[]): IndexedPassage[] {
    const found = new Set<IndexedPassage>();
    for (const word of new Set(words)) for (const record of this.postings.get(word) ?? []) found.add(record);
    return [...found];
  }
}

/** The best passage of each principle, in rank order: clarify offers different principles to choose from. */
function onePerPrinciple(ranked: Ranked[]): Ranked[] {
  const seen = new Set<string>();
  return ranked.filter((r) => !seen.has(r.record.passage.topic) && seen.add(r.record.passage.topic));
}

/** Words as typed, lower-cased and stemmed; stop words and synonyms left alone. */
function plainWords(text: string): string[] {
  return tokenise(text).map(stem);
}

/** Where `run` appears in `words` as consecutive words: the index of each first word. */
function runsOf(words: readonly string[], run: readonly string[]): number[] {
  const starts: number[] = [];
  for (let i = 0; i + run.length <= words.length; i++) if (run.every((w, k) => words[i + k] === w)) starts.push(i);
  return starts;
}

/**
 * The on-topic classifier's probability as log-odds, the scale a logistic model adds evidence on (0.97
 * and 0.74 are far apart as odds, close as probabilities), held to ±8 and quartered so the fit's
 * gradient steps suit it as they suit the other features.
 */
function learnedOdds(p: number): number {
  return Math.max(-8, Math.min(8, Math.log(p / (1 - p)))) / 4;
}

function round(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
}

/** The passage whose "Asked as" line is the question, moved to the front of the ranking. */
function listedFirst<T extends { record: IndexedPassage }>(ranked: T[], listed: IndexedPassage | undefined): T[] {
  const at = listed ? ranked.findIndex((r) => r.record === listed) : -1;
  return at <= 0 ? ranked : [ranked[at] as T, ...ranked.slice(0, at), ...ranked.slice(at + 1)];
}
