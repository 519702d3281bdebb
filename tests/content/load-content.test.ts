import { readFileSync } from 'node:fs';
import { ContentError } from '../../src/content/content-error';
import { loadContent } from '../../src/content/load-content';
import { normalisedWords } from '../../src/content/check-overlaps';
import { PRINCIPLE_SLUGS, TOPIC_SLUGS } from '../../src/core/topics';
import { CONTENT_DIR, copyOfContent } from '../support/content-fixture';

function problemsOf(dir: string): string[] {
  try {
    loadContent(dir);
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map((p) => `${p.file} | ${p.field} | ${p.message}`);
    throw error;
  }
  return [];
}

describe('the shipped knowledge base', () => {
  const kb = loadContent(CONTENT_DIR);

  it('has the ten principles, numbered in slug order, each with at least three short tips', () => {
    expect(kb.principles.map((p) => [p.number, p.slug]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual(PRINCIPLE_SLUGS.map((s, i) => [i + 1, s]));
    for (const p of kb.principles) {
      expect(p.tips.length).toBeGreaterThanOrEqual(3);
      for (const tip of p.tips) expect(tip.text.length).toBeLessThanOrEqual(280);
    }
  });

  it('has 50 to 130 chat-sized passages, each with one of the twelve slugs and a listed source', () => {
    expect(kb.passages.length).toBeGreaterThanOrEqual(50);
    expect(kb.passages.length).toBeLessThanOrEqual(130);
    const sources = new Set(kb.sources.map((s) => s.id));
    for (const p of kb.passages) {
      expect(TOPIC_SLUGS).toContain(p.topic);
      expect(sources.has(p.sourceId)).toBe(true);
      expect(p.body.length).toBeLessThanOrEqual(900);
    }
    expect(new Set(kb.passages.map((p) => p.topic))).toEqual(new Set(TOPIC_SLUGS));
  });
});

describe('a broken content folder stops start-up with the file and field named', () => {
  let content: ReturnType<typeof copyOfContent>;
  beforeEach(() => (content = copyOfContent()));
  afterEach(() => content.remove());

  it('names an unknown source on a passage', () => {
    content.edit('principles/05-commissioning.md', (t) => t.replace(/^Source: .+$/m, 'Source: no-such-source'));
    expect(problemsOf(content.dir)).toEqual([expect.stringMatching(/^principles\/05-commissioning\.md \| passage [a-z0-9-]+ Source \| "no-such-source" is not in sources\.yml$/)]);
  });

  it('names a duplicate id in both files', () => {
    const id = /\{#([a-z0-9-]+)\}/.exec(readFileSync(`${content.dir}/principles/01-values.md`, 'utf8'))![1];
    content.edit('principles/02-independence.md', (t) => t.replace(/\{#[a-z0-9-]+\}/, `{#${id}}`));
    expect(problemsOf(content.dir).join('\n')).toContain(`principles/02-independence.md | passage ${id} id | "${id}" is already used in principles/01-values.md`);
  });

  it('names an unknown slug, a missing field and a too-long tip in front matter', () => {
    content.edit('principles/03-voice.md', (t) =>
      t.replace(/^slug: voice$/m, 'slug: voices').replace(/^summary:/m, 'summery:').replace(/^(\s+text: )(.*)$/m, (_m, head: string) => `${head}${'x'.repeat(300)}`),
    );
    const problems = problemsOf(content.dir).join('\n');
    expect(problems).toContain('principles/03-voice.md | slug | must be one of');
    expect(problems).toContain('principles/03-voice.md | summary |');
    expect(problems).toContain('principles/03-voice.md | tips.0.text | is longer than 280 characters');
  });

  it('reports malformed front matter instead of crashing', () => {
    content.edit('about.md', (t) => t.replace(/^title: .*$/m, 'title: [unclosed'));
    expect(problemsOf(content.dir).join('\n')).toMatch(/^about\.md \| front matter \| is not valid YAML/m);
  });

  it('refuses a passage too long to read in chat, and one with no Source line', () => {
    content.edit('figures.md', (t) => t.replace(/^Source: .+\n/m, '').replace(/(\{#[a-z0-9-]+\}\n(?:[A-Z][a-z]+(?: [a-z]+)?: .*\n)*\n)/, `$1${'word '.repeat(300)}\n`));
    const problems = problemsOf(content.dir).join('\n');
    expect(problems).toMatch(/figures\.md \| passage [a-z0-9-]+ Source \| is required/);
    expect(problems).toMatch(/figures\.md \| passage [a-z0-9-]+ body \| is \d+ characters; keep it to 900/);
  });

  it('lists every problem at once', () => {
    content.edit('principles/01-values.md', (t) => t.replace(/^Source: .+$/m, 'Source: nope'));
    content.edit('principles/10-place.md', (t) => t.replace(/^Source: .+$/m, 'Source: nope-either'));
    expect(problemsOf(content.dir)).toHaveLength(2);
  });
});

describe('"Asked as:" lines and the signpost kind', () => {
  let content: ReturnType<typeof copyOfContent>;
  beforeEach(() => (content = copyOfContent()));
  afterEach(() => content.remove());

  it('reads every "Asked as:" line and a Kind: signpost as part of the passage', () => {
    content.edit('principles/05-commissioning.md', (t) =>
      t.replace('{#commissioning-grants-or-contracts}\n', '{#commissioning-grants-or-contracts}\nKind: signpost\nAsked as: do we tender this or give a grant?\nAsked as: grant or contract for a lunch club\n'),
    );
    const passage = loadContent(content.dir).passages.find((p) => p.id === 'commissioning-grants-or-contracts');
    expect(passage?.kind).toBe('signpost');
    expect(passage?.askedAs.slice(0, 2)).toEqual(['do we tender this or give a grant?', 'grant or contract for a lunch club']);
  });

  it('names an empty "Asked as:" line and an unknown kind', () => {
    content.edit('principles/05-commissioning.md', (t) => t.replace('{#commissioning-grants-or-contracts}\n', '{#commissioning-grants-or-contracts}\nKind: legal\nAsked as:\n'));
    expect(problemsOf(content.dir)).toEqual([
      'principles/05-commissioning.md | passage commissioning-grants-or-contracts Kind | must be advice or signpost',
      'principles/05-commissioning.md | passage commissioning-grants-or-contracts Asked as 1 | is empty: write the question after "Asked as:"',
    ]);
  });

  it('names an elsewhere word that is also a sector word, and one with nothing to match', () => {
    content.edit('vocabulary.yml', (t) => t.replace('elsewhere_words: [', 'elsewhere_words: [\n  Charity, "--", Charities,'));
    expect(problemsOf(content.dir)).toEqual([
      'vocabulary.yml | elsewhere_words[0] | "Charity" is also a sector word; a word cannot count both for and against a question being on topic',
      'vocabulary.yml | elsewhere_words[1] | "--" has no letters or digits to match',
      'vocabulary.yml | elsewhere_words[2] | "Charities" is also a sector word; a word cannot count both for and against a question being on topic',
    ]);
  });
});

describe('no passage repeats another', () => {
  let content: ReturnType<typeof copyOfContent>;
  beforeEach(() => (content = copyOfContent()));
  afterEach(() => content.remove());

  const bodyOf = (file: string, id: string): string => {
    const text = readFileSync(`${content.dir}/${file}`, 'utf8');
    const match = new RegExp(`\\{#${id}\\}\\n(?:[A-Z][a-z]+(?: [a-z]+)?: .*\\n)*\\n([^\\n]+)`).exec(text);
    return match![1]!;
  };

  it('names both passages when one copies ten words in a row from another, whatever the case and punctuation', () => {
    const copied = 'Agree, up front, WHO pays for volunteers’ travel, training and the time they give to meetings.';
    content.edit('principles/08-volunteering.md', (t) => t.replace(bodyOf('principles/08-volunteering.md', 'volunteering-costs-money'), `${bodyOf('principles/08-volunteering.md', 'volunteering-costs-money')} ${copied}`));
    content.edit('principles/03-voice.md', (t) =>
      t.replace(bodyOf('principles/03-voice.md', 'voice-avoid-box-ticking'), `${bodyOf('principles/03-voice.md', 'voice-avoid-box-ticking')} agree up front who pays for volunteers travel training and the time`),
    );
    const problems = problemsOf(content.dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^principles\/0[38]-[a-z]+\.md \| passage (voice-avoid-box-ticking|volunteering-costs-money) body \| shares 10 or more words in a row with passage (volunteering-costs-money|voice-avoid-box-ticking) \(principles\/0[38]-[a-z]+\.md\)/);
    expect(problems[0]).toContain('voice-avoid-box-ticking');
    expect(problems[0]).toContain('volunteering-costs-money');
  });

  it('lets two passages share a run of nine words', () => {
    const nine = 'agree up front who pays for volunteers travel training';
    content.edit('principles/08-volunteering.md', (t) => t.replace(bodyOf('principles/08-volunteering.md', 'volunteering-costs-money'), `${bodyOf('principles/08-volunteering.md', 'volunteering-costs-money')} ${nine}.`));
    content.edit('principles/03-voice.md', (t) => t.replace(bodyOf('principles/03-voice.md', 'voice-avoid-box-ticking'), `${bodyOf('principles/03-voice.md', 'voice-avoid-box-ticking')} ${nine}.`));
    expect(problemsOf(content.dir)).toEqual([]);
  });

  it('names an "Asked as:" question that another passage already asks', () => {
    content.edit('principles/05-commissioning.md', (t) => t.replace('{#commissioning-grants-or-contracts}\n', '{#commissioning-grants-or-contracts}\nAsked as: Should we tender the lunch club?\n'));
    content.edit('principles/04-size.md', (t) => t.replace('{#size-not-mini-councils}\n', '{#size-not-mini-councils}\nAsked as: should we tender the lunch club\n'));
    expect(problemsOf(content.dir)).toEqual([
      expect.stringMatching(/^principles\/05-commissioning\.md \| passage commissioning-grants-or-contracts Asked as \d+ \| "Should we tender the lunch club\?" is already asked in passage size-not-mini-councils \(principles\/04-size\.md\)/),
    ]);
  });
});

describe('the coverage questions in the eval fixture', () => {
  const kb = loadContent(CONTENT_DIR);
  const fixture = JSON.parse(readFileSync(`${CONTENT_DIR}/../tests/fixtures/eval-questions.json`, 'utf8')) as {
    questions: Array<{ q: string }>;
    coverage: Array<{ q: string; expect: string; passages: string[] }>;
  };

  it('each name passages that exist, in the principle the question expects', () => {
    expect(fixture.coverage.length).toBeGreaterThanOrEqual(20);
    const byId = new Map(kb.passages.map((p) => [p.id, p]));
    for (const item of fixture.coverage) {
      expect(item.passages.length).toBeGreaterThan(0);
      for (const id of item.passages) expect({ q: item.q, id, topic: byId.get(id)?.topic }).toEqual({ q: item.q, id, topic: item.expect });
    }
  });

  it('are never copied into an "Asked as:" line, so the eval stays a test', () => {
    const key = (text: string) => normalisedWords(text).join(' ');
    const asked = new Set(kb.passages.flatMap((p) => p.askedAs.map(key)));
    const copied = [...fixture.coverage, ...fixture.questions].map((item) => item.q).filter((q) => asked.has(key(q)));
    expect(copied).toEqual([]);
  });
});
