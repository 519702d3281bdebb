import type { Vocabulary } from '../knowledge';
import { STOP_WORDS } from './stop-words';

const WORD = /[a-z0-9£%]+/g;

/** Lower-cases, strips accents and apostrophes, and splits into words. */
export function tokenise(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '');
  return folded.match(WORD) ?? [];
}

/** A light stemmer: enough to fold plurals and common endings, not a full Porter stemmer. */
export function stem(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 5) return word.slice(0, -3) + 'y';
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return stemEnding(word.slice(0, -1));
  return stemEnding(word);
}

/** Folds "-ing", "-ed" and "-er" forms onto their base ("funded", "funding" → "fund"; "smaller" → "small"). */
function stemEnding(word: string): string {
  for (const ending of ['ing', 'ed', 'er']) {
    if (word.length <= 5 || !word.endsWith(ending) || word.endsWith(`e${ending}`)) continue; // "volunteer" and "agreed" keep their ending
    let base = word.slice(0, -ending.length);
    if (base.length < 4) return word;
    if (/([bdfgmnprt])\1$/.test(base)) base = base.slice(0, -1); // "planned" → "plan"
    return ending === 'er' ? base : stemEnding(base); // "partnering" → "partner" → "partn", as "partners" is
  }
  return word.length >= 5 && word.endsWith('e') && !word.endsWith('ee') ? word.slice(0, -1) : word; // "share", "shared" and "sharing" meet at "shar"
}

interface PhraseRule {
  words: string[];
  canonical: string;
}

/**
 * Turns text into the terms the search engine indexes and matches. Documents and queries go through the
 * same steps, so "VCSE", "charities" and "voluntary sector" all become one term, and "organization"
 * matches "organisation".
 */
export class Analyser {
  private readonly spellings: ReadonlyMap<string, string>;
  /** Longest phrases first, so "council for voluntary service" wins over "council". */
  private readonly phrases: PhraseRule[];
  /** The same rules by their first word, each list still longest first: a word is checked only against phrases it can start. */
  private readonly phrasesByFirstWord = new Map<string, PhraseRule[]>();
  private readonly maxPhraseLength: number;

  private readonly stopWords: ReadonlySet<string>;

  constructor(vocabulary: Vocabulary) {
    const spellings = new Map<string, string>();
    for (const [us, uk] of Object.entries(vocabulary.spellings)) {
      spellings.set(us.toLowerCase(), uk.toLowerCase());
      spellings.set(stem(us.toLowerCase()), stem(uk.toLowerCase()));
    }
    this.spellings = spellings;
    this.stopWords = new Set([...STOP_WORDS].flatMap((w) => [w, stem(w)]));
    const rules: PhraseRule[] = [];
    for (const group of vocabulary.synonyms) {
      const canonical = this.baseWords(group[0] ?? '').join('');
      if (!canonical) continue;
      for (const term of group) {
        const words = this.baseWords(term);
        if (words.length > 0) rules.push({ words, canonical });
      }
    }
    this.phrases = rules.sort((a, b) => b.words.length - a.words.length);
    this.maxPhraseLength = Math.max(1, ...rules.map((r) => r.words.length));
    for (const rule of this.phrases) {
      const first = rule.words[0] as string;
      const list = this.phrasesByFirstWord.get(first);
      if (list) list.push(rule);
      else this.phrasesByFirstWord.set(first, [rule]);
    }
  }

  /** Every single-word synonym and the term it is folded into, for typo correction. */
  aliases(): Map<string, string> {
    const map = new Map<string, string>();
    for (const rule of this.phrases) if (rule.words.length === 1) map.set(rule.words[0] as string, rule.canonical);
    return map;
  }

  /** Terms of the text, stop words removed, synonyms folded into their canonical term. */
  terms(text: string): string[] {
    const words = this.baseWords(text);
    const out: string[] = [];
    for (let i = 0; i < words.length; ) {
      const rule = this.matchPhrase(words, i);
      if (rule) {
        out.push(rule.canonical);
        i += rule.words.length;
        continue;
      }
      const word = words[i] as string;
      if (!this.stopWords.has(word)) out.push(word);
      i += 1;
    }
    return out;
  }

  private baseWords(text: string): string[] {
    return tokenise(text).map((w) => {
      const stemmed = stem(this.spellings.get(w) ?? w);
      return this.spellings.get(stemmed) ?? stemmed;
    });
  }

  private matchPhrase(words: string[], start: number): PhraseRule | undefined {
    const candidates = this.phrasesByFirstWord.get(words[start] as string);
    if (!candidates) return undefined;
    const window = words.slice(start, start + this.maxPhraseLength);
    return candidates.find((rule) => rule.words.length <= window.length && rule.words.every((w, k) => window[k] === w));
  }
}
