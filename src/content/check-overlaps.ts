import type { Passage } from '../core/knowledge';
import type { ContentProblem } from './content-error';

/** Two passages sharing this many words in a row say the same thing twice: keep it in one place. */
export const SHARED_RUN_WORDS = 10;

/** Lower case, apostrophes dropped, every other non-alphanumeric character a word break. */
export function normalisedWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Finds pairs of passages whose bodies share a run of SHARED_RUN_WORDS or more words (ignoring case and
 * punctuation), and "Asked as:" questions that appear twice, so that each fact and each phrasing lives in
 * exactly one passage. Problems name both passages.
 */
export function checkOverlaps(passages: readonly Passage[], origins: ReadonlyMap<string, string>, problems: ContentProblem[]): void {
  checkSharedRuns(passages, origins, problems);
  checkRepeatedQuestions(passages, origins, problems);
}

function checkSharedRuns(passages: readonly Passage[], origins: ReadonlyMap<string, string>, problems: ContentProblem[]): void {
  const firstOwner = new Map<string, string>();
  const reported = new Set<string>();
  for (const passage of passages) {
    const words = normalisedWords(passage.body);
    for (let i = 0; i + SHARED_RUN_WORDS <= words.length; i++) {
      const run = words.slice(i, i + SHARED_RUN_WORDS).join(' ');
      const owner = firstOwner.get(run);
      if (owner === undefined) {
        firstOwner.set(run, passage.id);
        continue;
      }
      if (owner === passage.id) continue;
      const pair = `${owner}\u0000${passage.id}`;
      if (reported.has(pair)) continue;
      reported.add(pair);
      problems.push({
        file: origins.get(passage.id) ?? '?',
        field: `passage ${passage.id} body`,
        message: `shares ${SHARED_RUN_WORDS} or more words in a row with passage ${owner} (${origins.get(owner) ?? '?'}): "${run}…"; keep the wording in one passage`,
      });
    }
  }
}

function checkRepeatedQuestions(passages: readonly Passage[], origins: ReadonlyMap<string, string>, problems: ContentProblem[]): void {
  const askedBy = new Map<string, string>();
  for (const passage of passages) {
    passage.askedAs.forEach((question, i) => {
      const key = normalisedWords(question).join(' ');
      if (!key) return;
      const earlier = askedBy.get(key);
      if (earlier === undefined) {
        askedBy.set(key, passage.id);
        return;
      }
      const where = earlier === passage.id ? 'earlier in this passage' : `in passage ${earlier} (${origins.get(earlier) ?? '?'})`;
      problems.push({
        file: origins.get(passage.id) ?? '?',
        field: `passage ${passage.id} Asked as ${i + 1}`,
        message: `"${question}" is already asked ${where}; each question should lead to one passage`,
      });
    });
  }
}
