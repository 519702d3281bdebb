import Fuse, { type IFuseOptions } from 'fuse.js';
import type { KnowledgeBase, Passage } from '../knowledge';
import { Analyser } from '../text/analyser';
import type { SearchResult } from './search-types';
import { TermIndex } from './term-index';
import { CueMatcher } from './cue-matcher';

interface IndexedPassage {
  passage: Passage;
  title: string;
  keywords: string;
  topic: string;
  body: string;
  /** Each term of the passage with the weight of the strongest field it appears in. */
  termWeights: ReadonlyMap<string, number>;
}

/** How much a query word found in each field counts towards confidence. */
const FIELD_WEIGHT = { title: 1, keywords: 0.9, topic: 0.7, body: 0.4 } as const;
/** Score multiplier for a section whose cue phrase is in the question, and for one whose cues are absent. */
const CUE_BOOST = 1.5;
const NO_CUE_DAMPING = 0.8;
/** Share of a passage's ranking that comes from how well the rest of its topic matches. */
const TOPIC_SUPPORT = 0.35;

/**
 * Topicality: how much of the question's subject-matter vocabulary (words in titles, keywords, principle
 * headings and synonym lists, not in running text) the passage covers. Off-topic questions share
 * everyday words with passages ("meeting", "time") but rarely their subject words.
 */
const COVERAGE_SHARE = 0.4;
/** A question needs subject words worth at least this much rarity before topicality can reach 1. */
const TOPICAL_FLOOR = 2.5;

/** Words the knowledge base has never seen count against a match, but less than a missed topic word. */
const UNKNOWN_WORD_WEIGHT = 0.5;

export interface SearchEngineOptions {
  /** Confidence an answer needs. Calibrated with `npm run eval`. */
  answerThreshold?: number;
  /** Confidence a further match needs to be offered beside the answer. */
  suggestionThreshold?: number;
}

/** Longest query the engine analyses; longer text is cut, not refused. */
export const MAX_QUERY_CHARS = 500;
/** Words of a query the engine looks at; a pasted paragraph is reduced to its first words. */
const MAX_QUERY_TERMS = 24;

/**
 * Every Fuse option is set on purpose; the defaults suit short strings, not passages.
 * Fields are pre-analysed term strings (see Analyser), so Fuse's own tokenising only splits on spaces.
 */
const FUSE_OPTIONS: IFuseOptions<IndexedPassage> = {
  keys: [
    { name: 'title', weight: 3 }, // titles are written as the question a passage answers
    { name: 'keywords', weight: 2.5 }, // the words staff type, chosen by content editors
  ],
  // Bodies and principle headings are not Fuse keys: fuzzy-matching every query word across every body
  // costs milliseconds a query. The term index finds passages by their body words instead (candidates()).
  useExtendedSearch: true, // the pattern is built by us from analysed words ('word | 'word), never raw user text
  useTokenSearch: false, // the OR pattern already matches each word on its own, and is several times faster
  ignoreLocation: true, // the default only looks near the start of a field (about 60 characters)
  location: 0, // unused with ignoreLocation, set so no default is implicit
  distance: 100, // unused with ignoreLocation, set so no default is implicit
  threshold: 0, // words arrive spelling-corrected against the vocabulary, so they are matched exactly
  ignoreFieldNorm: false, // a word in a short title says more than the same word in a long keyword list
  fieldNormWeight: 1,
  includeScore: true, // the score feeds our own confidence
  includeMatches: false,
  findAllMatches: false,
  minMatchCharLength: 2, // single letters match everything
  isCaseSensitive: false, // fields and patterns are already lower case; kept false so nothing depends on that
  ignoreDiacritics: false, // the analyser has already folded accents; folding again costs time on every search
  shouldSort: true,
};

/** Finds the passages that best answer a question, with a calibrated confidence. */
export class SearchEngine {
  private readonly analyser: Analyser;
  private readonly fuse: Fuse<IndexedPassage>;
  private readonly termIndex: TermIndex;
  /** Term → the passages that contain it anywhere. */
  private readonly postings = new Map<string, IndexedPassage[]>();
  private readonly commonWordLimit: number;
  private readonly cues: CueMatcher;
  /** Subject-matter words: from titles, keywords, principle headings and synonym groups. */
  private readonly lexicon: ReadonlySet<string>;
  private readonly answerThreshold: number;
  private readonly suggestionThreshold: number;
  private readonly clarifyThreshold = 0.22;

  constructor(kb: KnowledgeBase, options: SearchEngineOptions = {}) {
    this.analyser = new Analyser(kb.vocabulary);
    this.cues = new CueMatcher(kb.vocabulary.cues);
    this.answerThreshold = options.answerThreshold ?? 0.3;
    this.suggestionThreshold = options.suggestionThreshold ?? 0.22;
    const principleHeading = new Map(kb.principles.map((p) => [p.slug as string, `${p.title} ${p.thinkAgainAbout} ${p.slug}`]));
    const records = kb.passages.map((passage) => this.indexPassage(passage, principleHeading.get(passage.topic) ?? passage.topic));
    this.lexicon = new Set([
      ...kb.principles.flatMap((p) => this.analyser.terms(`${p.slug} ${p.thinkAgainAbout}`)),
      ...kb.vocabulary.subjectWords.flatMap((w) => this.analyser.terms(w)),
      ...this.analyser.aliases().values(),
    ]);
    this.termIndex = new TermIndex(
      records.map((r) => new Set(r.termWeights.keys())),
      this.analyser.aliases(),
    );
    this.commonWordLimit = Math.max(20, Math.ceil(records.length * 0.2));
    for (const record of records) for (const term of record.termWeights.keys()) this.postings.set(term, [...(this.postings.get(term) ?? []), record]);
    this.fuse = new Fuse(records, FUSE_OPTIONS, Fuse.createIndex(FUSE_OPTIONS.keys ?? [], records));
  }

  search(question: string, limit = 3): SearchResult {
    const query = question.slice(0, MAX_QUERY_CHARS).trim();
    const queryTerms = this.analyser.terms(query).slice(0, MAX_QUERY_TERMS);
    const resolved = queryTerms.map((term) => this.termIndex.resolve(term));
    const known = resolved.filter((r) => r.word !== undefined).map((r) => r.word as string);
    if (known.length === 0) return { query, answered: false, outcome: 'decline', hits: [] };

    const cueTopics = this.cues.topicsCuedBy(query);
    const scored = this.candidates(known).map(({ record, fuseScore, rank }) => {
      const topic = record.passage.topic;
      const cue = cueTopics.has(topic) ? CUE_BOOST : this.cues.hasCues(topic) ? NO_CUE_DAMPING : 1;
      // Ranked on the uncapped value: a cue can lift several passages past 1, and they must stay ordered.
      return { passage: record.passage, score: cue * this.confidence(resolved, record.termWeights, fuseScore), rank };
    });
    const ranked = withTopicSupport(scored).sort((a, b) => b.order - a.order || a.rank - b.rank);

    const best = ranked[0];
    const answered = best !== undefined && best.score >= this.answerThreshold;
    const floor = answered ? this.suggestionThreshold : 0.05;
    const hits = ranked
      .filter((hit, i) => i === 0 || hit.score >= floor)
      .slice(0, limit)
      .map(({ passage, score }) => ({ passage, score: round(score) }));
    if (answered) return { query, answered, outcome: 'answer', hits };
    if (best && best.score >= this.clarifyThreshold) {
      return { query, answered, outcome: 'clarify', hits: onePerPrinciple(ranked).slice(0, 3).map(({ passage, score }) => ({ passage, score: round(score) })) };
    }
    return { query, answered, outcome: 'decline', hits: best && best.score > 0 ? hits : [] };
  }

  /** Passages Fuse finds by title and keywords, plus any passage that contains a query word elsewhere. */
  private candidates(words: string[]): Array<{ record: IndexedPassage; fuseScore: number; rank: number }> {
    const found = new Map<IndexedPassage, { record: IndexedPassage; fuseScore: number; rank: number }>();
    this.fuse.search(words.map((w) => `'${w}`).join(' | '), { limit: 30 }).forEach((result, rank) => found.set(result.item, { record: result.item, fuseScore: result.score ?? 1, rank }));
    for (const word of new Set(words)) {
      const postings = this.postings.get(word) ?? [];
      // A word in most passages ("charity") cannot pick a passage out on its own; Fuse's title and keyword
      // matches already bring in the passages where it matters. Skipping it keeps big corpora fast.
      if (postings.length > this.commonWordLimit) continue;
      for (const record of postings) if (!found.has(record)) found.set(record, { record, fuseScore: 1, rank: Number.MAX_SAFE_INTEGER });
    }
    return [...found.values()];
  }

  /**
   * The share of the question, weighted by how rare each word is, that this passage covers, nudged by
   * Fuse's own ranking. Words the knowledge base has never seen count fully against the match, which
   * is what makes "reset my password" fall below the threshold.
   */
  private confidence(resolved: ReturnType<TermIndex['resolve']>[], termWeights: ReadonlyMap<string, number>, fuseScore: number): number {
    let covered = 0;
    let total = 0;
    let topical = 0;
    let topicalTotal = 0;
    for (const term of resolved) {
      total += term.word === undefined ? term.idf * UNKNOWN_WORD_WEIGHT : term.idf;
      if (term.word === undefined) continue;
      const weight = termWeights.get(term.word) ?? 0;
      covered += term.idf * term.similarity * weight;
      if (this.lexicon.has(term.word)) {
        topicalTotal += term.idf;
        topical += term.idf * term.similarity * weight;
      }
    }
    const coverage = total > 0 ? covered / total : 0;
    const topicality = topical / Math.max(topicalTotal, TOPICAL_FLOOR);
    return (COVERAGE_SHARE * coverage + (1 - COVERAGE_SHARE) * topicality) * (0.8 + 0.2 * (1 - fuseScore));
  }

  private indexPassage(passage: Passage, principleHeading: string): IndexedPassage {
    // "Asked as:" lines are questions the passage answers, in staff's own words: they count as its title.
    const title = this.analyser.terms([passage.title, ...passage.askedAs].join(' , '));
    const keywords = this.analyser.terms(passage.keywords.join(' , '));
    const topic = this.analyser.terms(principleHeading);
    const body = this.analyser.terms(passage.body);
    return {
      passage,
      title: title.join(' '),
      keywords: keywords.join(' '),
      topic: topic.join(' '),
      body: body.join(' '),
      termWeights: weighTerms([
        [title, FIELD_WEIGHT.title],
        [keywords, FIELD_WEIGHT.keywords],
        [topic, FIELD_WEIGHT.topic],
        [body, FIELD_WEIGHT.body],
      ]),
    };
  }
}

/**
 * Orders passages by their own confidence plus a share of their topic's: when several passages of one
 * principle match, that principle is more likely the right one than a stray passage elsewhere.
 */
function withTopicSupport<T extends { passage: Passage; score: number }>(hits: T[]): Array<T & { order: number }> {
  const byTopic = new Map<string, number[]>();
  for (const hit of hits) {
    const scores = byTopic.get(hit.passage.topic);
    if (scores) scores.push(hit.score);
    else byTopic.set(hit.passage.topic, [hit.score]);
  }
  const support = new Map([...byTopic].map(([topic, scores]) => {
    const [first = 0, second = 0, third = 0] = scores.sort((a, b) => b - a);
    return [topic, (first + second + third) / 3] as const;
  }));
  return hits.map((hit) => ({ ...hit, order: (1 - TOPIC_SUPPORT) * hit.score + TOPIC_SUPPORT * (support.get(hit.passage.topic) ?? 0) }));
}

/** The best hit of each principle, in rank order: clarify offers different principles to choose from. */
function onePerPrinciple<T extends { passage: Passage }>(ranked: T[]): T[] {
  const seen = new Set<string>();
  return ranked.filter((hit) => !seen.has(hit.passage.topic) && seen.add(hit.passage.topic));
}

function weighTerms(fields: Array<[string[], number]>): Map<string, number> {
  const weights = new Map<string, number>();
  for (const [terms, weight] of fields) for (const term of terms) weights.set(term, Math.max(weights.get(term) ?? 0, weight));
  return weights;
}

function round(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
}
