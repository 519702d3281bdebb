import { loadContent } from '../../src/content/load-content';
import { BLIND_FILES, blindHalves, coverageSet, everyBlindQuestion, regressionSet, trainingQuestions, type EvalSet } from '../../scripts/lib/eval-sets';
import { evaluate, shippedSearcher } from '../../scripts/lib/evaluate';
import { CONTENT_DIR } from '../support/content-fixture';

/**
 * The quality gate. It is measured on the test halves of the blind sets (questions written by people
 * who never saw the content or the code, and never tuned on); the project's own fixture is a regression
 * check. A content or engine change that makes answers worse fails the build.
 */
/** A question as compared for copies: case, punctuation and spacing ignored. */
const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9 ]/g, '').replace(/\s+/g, ' ').trim();

describe('answer quality', () => {
  const search = shippedSearcher(loadContent(CONTENT_DIR));
  const testHalves: EvalSet = { name: 'blind test halves', items: BLIND_FILES.flatMap((f) => blindHalves(f).test.items) };
  const blind = evaluate(search, testHalves);

  it('is measured on enough blind questions, on and off topic', () => {
    expect(blind.onTopic).toBeGreaterThanOrEqual(1060);
    expect(blind.offTopic).toBeGreaterThanOrEqual(460);
  });

  it('on the blind test halves: answers right, offers the right principle, and declines off-topic questions', () => {
    expect(blind.top1).toBeGreaterThanOrEqual(0.83);
    expect(blind.offered).toBeGreaterThanOrEqual(0.87);
    expect(blind.offTopicDeclined).toBeGreaterThanOrEqual(0.94);
    expect(blind.falseDeclines).toBeLessThanOrEqual(0.04);
  });

  it('keeps the regression fixture at 95% top-1 and 90% of its off-topic questions declined', () => {
    const fixture = evaluate(search, regressionSet());
    expect(fixture.top1).toBeGreaterThanOrEqual(0.95);
    expect(fixture.offTopicDeclined).toBeGreaterThanOrEqual(0.9);
  });

  it('trains on no question of a blind set, a set kept back or the fixture: the training files repeat none of them', () => {
    const scored = new Set([...everyBlindQuestion(), ...regressionSet().items, ...coverageSet().items].map((i) => norm(i.q)));
    const training = trainingQuestions();
    expect(training.length).toBeGreaterThanOrEqual(1000);
    expect(training.filter((i) => scored.has(norm(i.q))).map((i) => i.q)).toEqual([]);
  });

  it('never copies a blind or kept-back question into an "Asked as:" line', () => {
    const blindQuestions = new Set(everyBlindQuestion().map((i) => norm(i.q)));
    const copied = loadContent(CONTENT_DIR).passages.flatMap((p) => p.askedAs.filter((a) => blindQuestions.has(norm(a))).map((a) => `${p.id}: ${a}`));
    expect(copied).toEqual([]);
  });

  it('answers every coverage question with a relevant passage, or offers one in a clarify, never a confident wrong one', () => {
    const coverage = evaluate(search, coverageSet());
    expect(coverage.misses.filter((m) => m.outcome !== 'clarify' || !m.got.some((id) => m.accept.includes(id)))).toEqual([]);
  });
});
