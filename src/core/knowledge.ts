import type { PrincipleSlug, TopicSlug } from './topics';
import type { WordVectors } from './search/word-vectors';
import type { OnTopicLabel, WordClassifier } from './search/word-classifier';

export interface Source {
  id: string;
  /** Short form shown under answers, e.g. "Chapman et al. (2018)". */
  short: string;
  citation: string;
  url?: string;
}

/** `synthesis`: ThinkAgain's own wording drawn from the source; `reported`: what the source itself says. */
export type Basis = 'synthesis' | 'reported';

/** `advice`: practical guidance; `signpost`: a legal or regulatory question that the reader's own procurement, legal or governance team decides. */
export type PassageKind = 'advice' | 'signpost';

export interface Passage {
  id: string;
  topic: TopicSlug;
  title: string;
  body: string;
  sourceId: string;
  basis: Basis;
  keywords: string[];
  /** Other questions this passage answers, in staff's own words ("Asked as:" lines). */
  askedAs: string[];
  kind: PassageKind;
}

export interface Tip {
  id: string;
  principle: PrincipleSlug;
  text: string;
}

export interface Principle {
  number: number;
  slug: PrincipleSlug;
  title: string;
  thinkAgainAbout: string;
  summary: string;
  do: string[];
  dont: string[];
  sourceIds: string[];
  tips: Tip[];
}

export interface Vocabulary {
  /** Each group lists words and phrases that mean the same; the first is the group's canonical term. */
  synonyms: string[][];
  /** US spelling → British spelling. */
  spellings: Record<string, string>;
  /** Phrases that show a question wants a given section, e.g. "how many" → figures. */
  cues: Partial<Record<TopicSlug, string[]>>;
  /** Words that mark a question as being about this subject; see vocabulary.yml. */
  subjectWords: string[];
  /** Words that name the VCSE sector itself (charity, volunteers, community group): the on-topic step's strongest evidence. */
  sectorWords: string[];
  /** Words that mark a question as about the public body's own running (its staff, buildings, IT, payroll): evidence it is off topic. */
  elsewhereWords: string[];
}

export interface KnowledgeBase {
  principles: Principle[];
  passages: Passage[];
  sources: Source[];
  vocabulary: Vocabulary;
  /** Word vectors for the meaning stage of search; without them search matches words only. */
  wordVectors?: WordVectors;
  /** Learned from labelled questions: which topic a question is about; without it search ranks without it. */
  principleClassifier?: WordClassifier<TopicSlug>;
  /** Learned from labelled questions: whether a question is about working with the sector at all. */
  onTopicClassifier?: WordClassifier<OnTopicLabel>;
}
