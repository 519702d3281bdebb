import type { Passage } from '../knowledge';
import type { Analyser } from '../text/analyser';
import { TUNING } from './tuning';

export type FieldName = keyof typeof TUNING.fieldWeight;

/** A passage as the engine searches it: analysed fields, each term's strongest field, and its word pairs. */
export interface IndexedPassage {
  passage: Passage;
  /** Analysed title, keywords and "Asked as" lines, as Fuse searches them. */
  title: string;
  keywords: string;
  askedAs: string;
  /** Each term with the strongest field it appears in. */
  fields: ReadonlyMap<string, FieldName>;
  /** Adjacent term pairs ("lot size") in the title, keywords and "Asked as" lines. */
  pairs: ReadonlySet<string>;
  /** How often each term occurs across all fields, and how many terms there are: for BM25. */
  counts: ReadonlyMap<string, number>;
  length: number;
}

export function indexPassage(analyser: Analyser, passage: Passage, principleHeading: string, withAskedAs: boolean): IndexedPassage {
  const title = analyser.terms(passage.title);
  const keywordLists = passage.keywords.map((k) => analyser.terms(k));
  const askedAsLists = withAskedAs ? passage.askedAs.map((q) => analyser.terms(q)) : [];
  const fields = new Map<string, FieldName>();
  const claim = (terms: string[], field: FieldName) => {
    for (const term of terms) {
      const held = fields.get(term);
      if (!held || TUNING.fieldWeight[held] < TUNING.fieldWeight[field]) fields.set(term, field);
    }
  };
  claim(title, 'title');
  claim(askedAsLists.flat(), 'askedAs');
  claim(keywordLists.flat(), 'keywords');
  const heading = analyser.terms(principleHeading);
  const body = analyser.terms(passage.body);
  claim(heading, 'heading');
  claim(body, 'body');
  const all = [...title, ...keywordLists.flat(), ...askedAsLists.flat(), ...body];
  const counts = new Map<string, number>();
  for (const term of all) counts.set(term, (counts.get(term) ?? 0) + 1);
  const pairs = new Set<string>();
  for (const terms of [title, ...keywordLists, ...askedAsLists]) for (let i = 1; i < terms.length; i++) pairs.add(`${terms[i - 1]} ${terms[i]}`);
  return {
    passage,
    title: title.join(' '),
    keywords: keywordLists.map((k) => k.join(' ')).join(' , '),
    askedAs: askedAsLists.map((q) => q.join(' ')).join(' , '),
    fields,
    pairs,
    counts,
    length: all.length,
  };
}
