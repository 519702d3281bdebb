import type { BuiltAssistant } from '../../src/app/build-assistant';
import type { SearchOutcome } from '../../src/core/search/search-types';

/**
 * Questions a scripted session can use, picked by what the engine does with them now (the engine is
 * tuned over time, so the script asks for "an answer", "a clarify" or "a decline" rather than naming one).
 */
export const CANDIDATES: Record<SearchOutcome, readonly string[]> = {
  answer: ['should this be a grant or a contract?', 'how much monitoring is proportionate?', 'how do we consult small groups?', 'volunteers', 'what is the civic core?', 'full cost recovery'],
  clarify: ['how do we work with charities', 'working with the voluntary sector', 'procurement', 'funding', 'community groups', 'the third sector', 'how do we prove the befriending scheme works', 'how do I book a meeting room', 'council tax bands', 'source'],
  decline: [
    'can you email jo.bloggs@example.org or ring 07700 900123 about the car park permit',
    'my email is jo.bloggs@example.org and my phone is 0191 498 0000, how do I reset my password',
    'please call me on +44 7700 900123 or write to jo.bloggs@example.org about my parking fine',
  ],
};

/** `count` different questions the engine currently gives `outcome`; fails the test, saying why, when there are too few. */
export function questionsWith(built: BuiltAssistant, outcome: SearchOutcome, count: number): string[] {
  const found = CANDIDATES[outcome].filter((q) => built.engine.search(q).outcome === outcome).slice(0, count);
  if (found.length < count) throw new Error(`The engine gives "${outcome}" for only ${found.length} of the candidate questions (${CANDIDATES[outcome].join(' | ')}); add candidates in tests/insights/support.ts.`);
  return found;
}
