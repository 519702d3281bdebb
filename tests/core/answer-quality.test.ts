import { loadContent } from '../../src/content/load-content';
import { evaluate, loadEvalSet, shippedSearcher } from '../../scripts/lib/evaluate';
import { CONTENT_DIR } from '../support/content-fixture';

/** The quality gate: a content or engine change that makes answers worse fails the build. */
describe('answer quality on the eval questions', () => {
  const set = loadEvalSet();
  const score = evaluate(shippedSearcher(loadContent(CONTENT_DIR)), set);

  it('has a realistic question set', () => {
    expect(set.questions.length).toBeGreaterThanOrEqual(80);
    expect(set.offTopic.length).toBeGreaterThanOrEqual(15);
  });

  it('puts the right principle first for at least 85% of staff questions', () => {
    expect(score.top1).toBeGreaterThanOrEqual(0.85);
  });

  it('declines at least 90% of off-topic questions', () => {
    expect(score.offTopicDeclined).toBeGreaterThanOrEqual(0.9);
  });
});
