import { readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from '../../src/content/content-error';
import { loadContent } from '../../src/content/load-content';
import { decodeWordVectors, encodeWordVectors, WORD_VECTORS_FILE } from '../../src/content/word-vectors-file';
import { SearchEngine } from '../../src/core/search/search-engine';
import { ALL_STAGES } from '../../src/core/search/tuning';
import { cosine } from '../../src/core/search/word-vectors';
import { CONTENT_DIR, copyOfContent } from '../support/content-fixture';

describe('the word-vectors file', () => {
  const entries = [
    { word: 'grant', rank: 900, vector: [1, 0.2, 0] },
    { word: 'funding', rank: 800, vector: [0.9, 0.3, 0.1] },
    { word: 'football', rank: 700, vector: [0, 0.1, 1] },
  ];

  it('keeps each word and its direction through the one-byte encoding', () => {
    const vectors = decodeWordVectors(encodeWordVectors(entries, 3, 'test'));
    expect(vectors.size).toBe(3);
    const grant = vectors.embed('Grant')!;
    const funding = vectors.embed('funding')!;
    const football = vectors.embed('football')!;
    expect(cosine(grant, funding)).toBeGreaterThan(0.95);
    expect(cosine(grant, football)).toBeLessThan(0.2);
    expect(vectors.embed('the and of')).toBeUndefined();
  });

  it('says what is wrong with a file that is not one, or is cut short', () => {
    expect(() => decodeWordVectors(Buffer.from('hello world'))).toThrow(/is not a word-vectors file/);
    const whole = encodeWordVectors(entries, 3, 'test');
    expect(() => decodeWordVectors(whole.subarray(0, whole.length - 2))).toThrow(/truncated or damaged/);
  });
});

describe('word vectors in the shipped content', () => {
  const kb = loadContent(CONTENT_DIR);

  it('places everyday words near their meaning: "overkill" nearer "excessive" than "volunteer"', () => {
    const vectors = kb.wordVectors!;
    expect(vectors.size).toBeGreaterThanOrEqual(20000);
    const overkill = vectors.embed('overkill')!;
    expect(cosine(overkill, vectors.embed('excessive')!)).toBeGreaterThan(cosine(overkill, vectors.embed('volunteer')!));
  });

  it('lets meaning pick the passage for words the passages never use', () => {
    const question = 'what information should we ask the charities to collect';
    // The learned classifier knows this wording too, so it is set aside to see what meaning alone does.
    expect(new SearchEngine(kb, { ...ALL_STAGES, classifier: false }).search(question).hits[0]?.passage.topic).toBe('impact');
    expect(new SearchEngine(kb, { ...ALL_STAGES, classifier: false, meaning: false }).search(question).hits[0]?.passage.topic).not.toBe('impact');
  });

  it('shows each result\'s closeness in meaning in --explain', () => {
    const top = new SearchEngine(kb).explain('how do we consult small community groups').top;
    expect(top[0]!.scores.meaning).toBe(1);
    for (const t of top) expect(t.scores.meaning).toBeGreaterThanOrEqual(0);
  });
});

describe('a damaged or missing word-vectors file', () => {
  let content: ReturnType<typeof copyOfContent>;
  beforeEach(() => (content = copyOfContent()));
  afterEach(() => content.remove());

  it('is named as a content problem, so nothing half-loaded is served', () => {
    const path = join(content.dir, WORD_VECTORS_FILE);
    truncateSync(path, readFileSync(path).length - 100);
    let problems: string[] = [];
    try {
      loadContent(content.dir);
    } catch (error) {
      if (error instanceof ContentError) problems = error.problems.map((p) => `${p.file} | ${p.message}`);
    }
    expect(problems).toEqual([expect.stringMatching(/^word-vectors\.bin \| is \d+ bytes where its header promises \d+: it is truncated or damaged$/)]);
  });

  it('when absent, leaves search matching words only', () => {
    rmSync(join(content.dir, WORD_VECTORS_FILE));
    const kb = loadContent(content.dir);
    expect(kb.wordVectors).toBeUndefined();
    const result = new SearchEngine(kb).search('commissioning');
    expect(result.outcome).toBe('answer');
    expect(result.hits[0]?.passage.topic).toBe('commissioning');
  });

  it('with a garbled header is refused with a reason', () => {
    writeFileSync(join(content.dir, WORD_VECTORS_FILE), Buffer.concat([Buffer.from('TAWV'), Buffer.from([5, 0, 0, 0]), Buffer.from('{oops')]));
    expect(() => loadContent(content.dir)).toThrow(ContentError);
  });
});
