import Fuse, { type IFuseOptions } from 'fuse.js';
import type { KnowledgeBase, Passage } from '../knowledge';
import { Analyser } from '../text/analyser';
import type { SearchHit, SearchResult } from './search-types';
import { TermIndex } from './term-index';

interface IndexedPassage {
  passage: Passage;
  title: string;
  keywords: string;
  topic: string;
  body: string;
  /** Every term of the passage and of its principle's heading, for word-level coverage. */
  terms: ReadonlySet<string>;
}

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
    { name: 'topic', weight: 1.5 }, // the principle's own heading lifts every passage under it
    { name: 'body', weight: 1 },
  ],
  useTokenSearch: true, // match each query word on its own, weighted by rarity: multi-word questions work
  tokenMatch: 'any', // a question rarely uses every word of the passage it needs
  ignoreLocation: true, // the default only looks near the start of a field (about 60 characters)
  location: 0, // unused with ignoreLocation, set so no default is implicit
  distance: 100, // unused with ignoreLocation, set so no default is implicit
  threshold: 0.2, // words are already spelling-corrected against the vocabulary; stay close to them
  ignoreFieldNorm: false,
  fieldNormWeight: 0.5, // halve the default penalty on long fields, so full passages still rank
  includeScore: true, // the score feeds our own confidence
  includeMatches: false,
  findAllMatches: false,
  minMatchCharLength: 2, // single letters match everything
  isCaseSensitive: false,
  ignoreDiacritics: true,
  shouldSort: true,
  useExtendedSearch: false, // user text must never be read as search operators
};

/** Finds the passages that best answer a question, with a calibrated confidence. */
export class SearchEngine {
  private readonly analyser: Analyser;
  private readonly fuse: Fuse<IndexedPassage>;
  private readonly termIndex: TermIndex;
  private readonly answerThreshold: number;
  private readonly suggestionThreshold: number;

  constructor(kb: KnowledgeBase, options: SearchEngineOptions = {}) {
    this.analyser = new Analyser(kb.vocabulary);
    this.answerThreshold = options.answerThreshold ?? 0.55;
    this.suggestionThreshold = options.suggestionThreshold ?? 0.4;
    const principleHeading = new Map(kb.principles.map((p) => [p.slug as string, `${p.title} ${p.thinkAgainAbout} ${p.slug}`]));
    const records = kb.passages.map((passage) => this.indexPassage(passage, principleHeading.get(passage.topic) ?? passage.topic));
    this.termIndex = new TermIndex(records.map((r) => r.terms));
    this.fuse = new Fuse(records, FUSE_OPTIONS, Fuse.createIndex(FUSE_OPTIONS.keys ?? [], records));
  }

  search(question: string, limit = 3): SearchResult {
    const query = question.slice(0, MAX_QUERY_CHARS).trim();
    const queryTerms = this.analyser.terms(query).slice(0, MAX_QUERY_TERMS);
    const resolved = queryTerms.map((term) => this.termIndex.resolve(term));
    const known = resolved.filter((r) => r.word !== undefined).map((r) => r.word as string);
    if (known.length === 0) return { query, answered: false, hits: [] };

    const ranked = this.fuse
      .search(known.join(' '), { limit: 20 })
      .map((result, rank): SearchHit & { rank: number } => ({
        passage: result.item.passage,
        score: this.confidence(resolved, result.item.terms, result.score ?? 1),
        rank,
      }))
      .sort((a, b) => b.score - a.score || a.rank - b.rank);

    const best = ranked[0];
    const answered = best !== undefined && best.score >= this.answerThreshold;
    const floor = answered ? this.suggestionThreshold : 0.05;
    const hits = ranked
      .filter((hit, i) => i === 0 || hit.score >= floor)
      .slice(0, limit)
      .map(({ passage, score }) => ({ passage, score: round(score) }));
    return { query, answered, hits: best && best.score > 0 ? hits : [] };
  }

  /**
   * The share of the question, weighted by how rare each word is, that this passage covers, nudged by
   * Fuse's own ranking. Words the knowledge base has never seen count fully against the match, which
   * is what makes "reset my password" fall below the threshold.
   */
  private confidence(resolved: ReturnType<TermIndex['resolve']>[], passageTerms: ReadonlySet<string>, fuseScore: number): number {
    let covered = 0;
    let total = 0;
    for (const term of resolved) {
      total += term.idf;
      if (term.word !== undefined && passageTerms.has(term.word)) covered += term.idf * term.similarity;
    }
    const coverage = total > 0 ? covered / total : 0;
    return coverage * (0.75 + 0.25 * (1 - fuseScore));
  }

  private indexPassage(passage: Passage, principleHeading: string): IndexedPassage {
    const title = this.analyser.terms(passage.title);
    const keywords = this.analyser.terms(passage.keywords.join(' , '));
    const topic = this.analyser.terms(principleHeading);
    const body = this.analyser.terms(passage.body);
    return {
      passage,
      title: title.join(' '),
      keywords: keywords.join(' '),
      topic: topic.join(' '),
      body: body.join(' '),
      terms: new Set([...title, ...keywords, ...topic, ...body]),
    };
  }
}

function round(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
}
