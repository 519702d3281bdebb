import { loadContent } from '../../src/content/load-content';
import { SearchEngine } from '../../src/core/search/search-engine';
import { CONTENT_DIR } from '../support/content-fixture';

describe('SearchEngine over the shipped content', () => {
  const kb = loadContent(CONTENT_DIR);
  const engine = new SearchEngine(kb);
  const topTopic = (q: string) => engine.search(q).hits[0]?.passage.topic;

  it('answers a one-word query with the matching principle, confidently', () => {
    const result = engine.search('commissioning');
    expect(result.answered).toBe(true);
    expect(result.hits[0]?.passage.topic).toBe('commissioning');
    expect(result.hits[0]!.score).toBeGreaterThan(0.5);
  });

  it('forgives typos, acronyms and US spelling', () => {
    expect(topTopic('comissioning')).toBe('commissioning');
    expect(topTopic('how do we consult VCSE groups')).toBe('voice');
    expect(topTopic('volunteeers')).toBe('volunteering');
    expect(engine.search('small organizations').hits.map((h) => h.passage.topic)).toContain('size');
  });

  it.each(['reset my password', 'bin collection day', 'asdfgh', 'tell me a joke'])('declines %j honestly instead of guessing', (q) => {
    expect(engine.search(q).answered).toBe(false);
  });

  it('offers at most two further matches, best first, with scores in [0, 1]', () => {
    const { hits } = engine.search('grant or contract for a befriending service');
    expect(hits.length).toBeLessThanOrEqual(3);
    for (const h of hits) expect(h.score).toBeGreaterThanOrEqual(0);
    for (const h of hits) expect(h.score).toBeLessThanOrEqual(1);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('still answers a 10,000-character question from its opening words', () => {
    const result = engine.search(`commissioning grants contracts ${'lorem ipsum '.repeat(900)}`);
    expect(result.answered).toBe(true);
    expect(result.hits[0]?.passage.topic).toBe('commissioning');
    expect(result.query.length).toBeLessThanOrEqual(500);
  });

  it('treats emoji, HTML and Markdown as noise, not as search syntax', () => {
    expect(topTopic('<b>commissioning</b> 🙂 **tender** `lots`')).toBe('commissioning');
    expect(engine.search('!!! ^^ =| \'').answered).toBe(false);
  });
});
