import { buildAssistant } from '../../../src/app/build-assistant';
import { buildReport } from '../../../src/core/insights/build-report';
import { groupQuestions } from '../../../src/core/insights/group-questions';
import type { InteractionRecord } from '../../../src/core/insights/interaction';
import { Analyser } from '../../../src/core/text/analyser';

const { kb } = buildAssistant('content');
const analyser = new Analyser(kb.vocabulary);
const at = (iso: string) => new Date(iso);

describe('grouping unanswered questions by meaning', () => {
  test('plurals, synonyms and word order fold together; different subjects stay apart', () => {
    const groups = groupQuestions(
      [
        { question: 'how do I book a meeting room', outcome: 'decline' },
        { question: 'Booking meeting rooms?', outcome: 'clarify' },
        { question: 'meeting room booking', outcome: 'decline' },
        { question: 'can charities bid for the youth contract', outcome: 'clarify' },
        { question: 'can VCSE groups bid for the youth contract', outcome: 'decline' },
        { question: 'reset my password', outcome: 'decline' },
      ],
      analyser,
    );
    expect(groups.map((g) => [g.count, g.declined, g.clarified, g.examples.length])).toEqual([
      [3, 2, 1, 3],
      [2, 1, 1, 2],
      [1, 1, 0, 1],
    ]);
    expect(groups[0]!.examples[0]).toBe('how do I book a meeting room');
    expect(groups[2]!.examples).toEqual(['reset my password']);
  });

  test('keeps at most three examples, the most frequent wording first', () => {
    const same = ['room booking', 'Room booking', 'booking room', 'booking a room', 'rooms booking'];
    const [group] = groupQuestions(same.map((question) => ({ question, outcome: 'decline' as const })), analyser);
    expect(group!.count).toBe(5);
    expect(group!.examples).toEqual(['room booking', 'booking room', 'booking a room']);
  });
});

describe('buildReport', () => {
  const passage = kb.passages[0]!;
  const other = kb.passages[1]!;
  const records: InteractionRecord[] = [
    { at: at('2026-03-02T10:00:00Z'), platform: 'slack', surface: 'slash-command', kind: 'question', outcome: 'answer', passageIds: [passage.id, other.id], ref: 'a' },
    { at: at('2026-03-03T10:00:00Z'), platform: 'teams', surface: 'mention', kind: 'question', outcome: 'clarify', passageIds: [other.id, passage.id], ref: 'b', question: 'what about the odd one' },
    { at: at('2026-03-03T10:01:00Z'), platform: 'teams', surface: 'button', kind: 'choice', passageIds: [other.id], ref: 'b' },
    { at: at('2026-03-03T10:02:00Z'), platform: 'teams', surface: 'button', kind: 'choice', passageIds: [passage.id], ref: 'b' },
    { at: at('2026-03-11T10:00:00Z'), platform: 'slack', surface: 'direct-message', kind: 'question', outcome: 'decline', passageIds: [], ref: 'c', question: 'reset my password' },
    { at: at('2026-03-11T10:05:00Z'), platform: 'slack', surface: 'button', kind: 'feedback', passageIds: [passage.id], helpful: false, ref: 'a', question: 'the first question' },
    { at: at('2026-03-11T10:06:00Z'), platform: 'slack', surface: 'button', kind: 'feedback', passageIds: ['a-passage-since-removed'], helpful: true },
  ];
  const report = buildReport(records, kb, { since: at('2026-03-01T00:00:00Z'), until: at('2026-03-20T00:00:00Z'), fileOf: (id) => (id === other.id ? 'principles/x.md' : undefined) });

  test('counts questions by outcome, platform and week (quiet weeks included)', () => {
    expect(report.questions).toEqual({ total: 3, answer: 1, clarify: 1, decline: 1 });
    expect(report.byPlatform).toEqual({ slack: 2, teams: 1 });
    expect(report.weeks.map((w) => [w.week, w.total, w.answeredShare])).toEqual([
      ['2026-02-23', 0, null],
      ['2026-03-02', 2, 0.5],
      ['2026-03-09', 1, 0],
      ['2026-03-16', 0, null],
    ]);
  });

  test('a passage is shown when given as the answer or picked; the first pick after a clarify is the suggestion', () => {
    expect(report.passages.find((p) => p.id === passage.id)).toMatchObject({ shown: 2, helpful: 0, notHelpful: 1 });
    expect(report.passages.find((p) => p.id === other.id)).toMatchObject({ shown: 1 });
    expect(report.suggestions).toEqual([{ passage: other.id, title: other.title, file: 'principles/x.md', askedAs: 'what about the odd one', line: 'Asked as: what about the odd one', count: 1 }]);
    expect(report.mostNotHelpful).toEqual([expect.objectContaining({ id: passage.id, notHelpful: 1, questions: ['the first question'] })]);
    expect(report.byPrinciple.reduce((n, p) => n + p.count, 0)).toBe(3);
  });

  test('a question the passage already lists as "Asked as" is not suggested again', () => {
    const kbWithLine = { ...kb, passages: kb.passages.map((p) => (p.id === other.id ? { ...p, askedAs: ['What about the odd one'] } : p)) };
    expect(buildReport(records, kbWithLine, { since: at('2026-03-01T00:00:00Z'), until: at('2026-03-20T00:00:00Z') }).suggestions).toEqual([]);
  });
});
