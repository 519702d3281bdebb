import { loadContent } from '../../src/content/load-content';
import { SearchEngine } from '../../src/core/search/search-engine';
import { ALL_STAGES } from '../../src/core/search/tuning';
import { CONTENT_DIR } from '../support/content-fixture';

describe('SearchEngine over the shipped content', () => {
  const kb = loadContent(CONTENT_DIR);
  const engine = new SearchEngine(kb);
  const topTopic = (q: string) => engine.search(q).hits[0]?.passage.topic;

  it('answers a one-word query with the matching principle, confidently', () => {
    const result = engine.search('commissioning');
    expect(result.outcome).toBe('answer');
    expect(result.answered).toBe(true);
    expect(result.hits[0]?.passage.topic).toBe('commissioning');
    expect(result.hits[0]!.score).toBeGreaterThan(0.5);
  });

  it('forgives typos, acronyms and US spelling, through Fuse word corrections', () => {
    expect(topTopic('comissioning')).toBe('commissioning');
    expect(topTopic('how do we consult VCSE groups')).toBe('voice');
    expect(topTopic('volunteeers')).toBe('volunteering');
    expect(engine.search('small organizations').hits.map((h) => h.passage.topic)).toContain('size');
    const withoutFuzzy = new SearchEngine(kb, { ...ALL_STAGES, fuzzy: false });
    expect(withoutFuzzy.search('comissioning').outcome).toBe('decline');
  });

  it.each(['reset my password', 'bin collection day', 'asdfgh', 'tell me a joke', 'voice recognition software for dictating letters'])('declines %j honestly instead of guessing', (q) => {
    const result = engine.search(q);
    expect(result.outcome).toBe('decline');
    expect(result.answered).toBe(false);
  });

  it("declines a question about the council's own running, though it names the sector, and says why in --explain", () => {
    const question = 'which timesheet code do I use for the voluntary sector strategy';
    const x = engine.explain(question);
    expect(x.elsewhereWords).toEqual(['timesheet']);
    expect(x.result.outcome).toBe('decline');
    const blind = new SearchEngine({ ...kb, vocabulary: { ...kb.vocabulary, elsewhereWords: [] } });
    expect(blind.search(question).outcome).not.toBe('decline');
  });

  it('does not take a sector word inside an elsewhere phrase as naming the sector: "staff volunteering day" is declined', () => {
    const x = engine.explain('staff volunteering day');
    expect(x.elsewhereWords).toContain('staff volunteering');
    expect(x.sectorWords).toEqual([]);
    expect(x.result.outcome).toBe('decline');
    expect(engine.search('how do we support volunteering in small community groups').outcome).toBe('answer');
  });

  it('still counts a sector word the question uses outside the elsewhere phrase', () => {
    const x = engine.explain('thank the volunteers after our staff volunteering day');
    expect(x.elsewhereWords).toContain('staff volunteering');
    expect(x.sectorWords).toEqual(['volunteer']);
  });

  it('weighs an elsewhere word as evidence, not a veto: groups finding our grant software hard is still answered', () => {
    const x = engine.explain('small charities find our grants software too complicated, how do we make applying simpler');
    expect(x.elsewhereWords).toEqual(['software']);
    expect(x.result.outcome).toBe('answer');
    expect(x.result.hits[0]?.passage.topic).toBe('size');
  });

  it('clarifies an on-topic question that no single passage answers, offering different principles', () => {
    const clarified = ['how do we hear from the smaller charites', 'working with the voluntary sector', 'charity problems'].map((q) => engine.search(q)).find((r) => r.outcome === 'clarify');
    expect(clarified).toBeDefined();
    const topics = clarified!.hits.map((h) => h.passage.topic);
    expect(topics.length).toBeGreaterThanOrEqual(2);
    expect(topics.length).toBeLessThanOrEqual(3);
    expect(new Set(topics).size).toBe(topics.length);
    expect(clarified!.answered).toBe(false);
  });

  it('offers at most two further matches, best first, with scores in [0, 1]', () => {
    const { hits } = engine.search('grant or contract for a befriending service');
    expect(hits.length).toBeLessThanOrEqual(3);
    for (const h of hits) expect(h.score).toBeGreaterThanOrEqual(0);
    for (const h of hits) expect(h.score).toBeLessThanOrEqual(1);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('still answers a 10,000-character question from its opening words', () => {
    // A question pasted above a long forwarded thread, as staff do.
    const result = engine.search(`should we fund the lunch club charity with a grant or a contract? ${'Forwarded from the commissioning team, see the thread below. '.repeat(170)}`);
    expect(result.answered).toBe(true);
    expect(result.hits[0]?.passage.topic).toBe('commissioning');
    expect(result.query.length).toBeLessThanOrEqual(500);
  });

  it('treats emoji, HTML and Markdown as noise, not as search syntax', () => {
    expect(topTopic('<b>commissioning</b> 🙂 **tender** `lots`')).toBe('commissioning');
    expect(engine.search('!!! ^^ =| \'').answered).toBe(false);
  });

  it('explains itself: matched words and fields, every stage, and the reason for the outcome', () => {
    const x = engine.explain('comissioning lot sizes for small charities');
    const corrected = x.terms.find((t) => t.term.startsWith('comission'));
    expect(corrected?.word).toMatch(/^commission/);
    expect(corrected!.similarity).toBeLessThan(1);
    expect(x.sectorWords.length).toBeGreaterThan(0);
    const first = x.top[0]!;
    expect(first.words.some((w) => w.field === 'title' || w.field === 'keywords')).toBe(true);
    for (const stage of ['coverage', 'subject', 'bm25', 'cue', 'phrase', 'match', 'support', 'order'] as const) expect(Number.isFinite(first.scores[stage])).toBe(true);
    expect(x.decision.reason).toMatch(/on topic/);
    expect(x.result.outcome).toBe(x.decision.outcome);
  });

  it('learns a phrasing from an "Asked as:" line', () => {
    const question = 'kitchen table outfit wants cash for a minibus';
    const before = engine.search(question);
    const target = kb.passages.find((p) => p.id === 'size-simple-applications') ?? kb.passages.find((p) => p.topic === 'size')!;
    const taught = new SearchEngine({ ...kb, passages: kb.passages.map((p) => (p.id === target.id ? { ...p, askedAs: [...p.askedAs, question] } : p)) });
    const after = taught.search(question);
    expect(after.hits[0]?.passage.id).toBe(target.id);
    expect(after.hits[0]!.score).toBeGreaterThan(before.hits.find((h) => h.passage.id === target.id)?.score ?? 0);
  });
});
