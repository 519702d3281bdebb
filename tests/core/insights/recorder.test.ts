import { buildAssistant } from '../../../src/app/build-assistant';
import type { InsightsPort, InteractionRecord } from '../../../src/core/insights/interaction';
import { InsightsRecorder } from '../../../src/core/insights/recorder';
import type { ConversationAddress } from '../../../src/core/conversation';
import { FakeClock } from '../../support/test-databases';
import { questionsWith } from '../../insights/support';

const SLACK: ConversationAddress = { platform: 'slack', conversationId: 'C0CHAN01', workspaceId: 'T0001' };

class MemoryInsights implements InsightsPort {
  readonly rows: InteractionRecord[] = [];
  failing = false;
  async record(r: InteractionRecord): Promise<void> {
    if (this.failing) throw new Error('database is down');
    this.rows.push(r);
  }
}

function setUp() {
  const port = new MemoryInsights();
  const clock = new FakeClock(new Date('2026-03-02T09:00:00Z'));
  const lost: Array<{ lost: number; at: string }> = [];
  let n = 0;
  const recorder = new InsightsRecorder({ port, clock: clock.now, newRef: () => `ref${(n += 1)}`, onLost: (_e, count) => lost.push({ lost: count, at: clock.now().toISOString() }) });
  const built = buildAssistant('content', { insights: recorder, clock: clock.now });
  return { port, clock, lost, recorder, built, assistant: built.assistant };
}

describe('recording interactions through the Assistant', () => {
  test('an answer is recorded without its text; a clarify and a decline keep their scrubbed text', async () => {
    const { port, recorder, built, assistant } = setUp();
    const [answer] = questionsWith(built, 'answer', 1);
    const [clarify] = questionsWith(built, 'clarify', 1);
    const [decline] = questionsWith(built, 'decline', 1);
    for (const q of [answer!, clarify!, decline!]) await assistant.handle(q, SLACK, 'slash-command');
    await recorder.settled();
    expect(port.rows.map((r) => [r.kind, r.outcome, r.question === undefined])).toEqual([
      ['question', 'answer', true],
      ['question', 'clarify', false],
      ['question', 'decline', false],
    ]);
    expect(port.rows[1]!.question).toBe(clarify);
    expect(port.rows[2]!.question).not.toMatch(/@|\d{4}/);
    expect(port.rows[0]!.passageIds[0]).toBe(built.engine.search(answer!).hits[0]!.passage.id);
  });

  test('the reply carries the reference; a choice and a 👎 on it are tied to the question, and the 👎 keeps its text', async () => {
    const { port, recorder, built, assistant } = setUp();
    const [answer] = questionsWith(built, 'answer', 1);
    const [clarify] = questionsWith(built, 'clarify', 1);
    const asked = await assistant.handle(answer!, SLACK, 'mention');
    expect(asked.reply).toMatchObject({ kind: 'answer', ref: 'ref1' });
    const passage = (asked.reply as { answer: { id: string } }).answer.id;
    assistant.noteFeedback(passage, false, { platform: 'slack', ref: 'ref1' });
    assistant.noteFeedback(passage, true, { platform: 'slack', ref: 'ref1' });

    const clarified = await assistant.handle(clarify!, SLACK, 'direct-message');
    const choice = (clarified.reply as { choices: Array<{ id: string }> }).choices[0]!.id;
    expect(assistant.choose(choice, { platform: 'slack', ref: 'ref2' })).toMatchObject({ kind: 'answer', ref: 'ref2', answer: { id: choice } });
    await recorder.settled();
    expect(port.rows.map((r) => ({ kind: r.kind, ref: r.ref, helpful: r.helpful, question: r.question }))).toEqual([
      { kind: 'question', ref: 'ref1', helpful: undefined, question: undefined },
      { kind: 'feedback', ref: 'ref1', helpful: false, question: answer },
      { kind: 'feedback', ref: 'ref1', helpful: true, question: undefined },
      { kind: 'question', ref: 'ref2', helpful: undefined, question: clarify },
      { kind: 'choice', ref: 'ref2', helpful: undefined, question: undefined },
    ]);
  });

  test('the terminal, and calls without a surface, record nothing; other commands are recorded by kind only', async () => {
    const { port, recorder, assistant } = setUp();
    await assistant.handle('help', { platform: 'cli', conversationId: 'terminal' }, 'direct-message');
    await assistant.handle('tip', SLACK);
    assistant.choose('commissioning-grants-or-contracts');
    await assistant.handle('principle 5', SLACK, 'button');
    await recorder.settled();
    expect(port.rows).toEqual([{ at: expect.any(Date), platform: 'slack', surface: 'button', kind: 'command', outcome: 'principle', passageIds: [] }]);
  });

  test('a database that is down loses the record, never the answer, and is reported at most once a minute', async () => {
    const { port, clock, lost, recorder, built, assistant } = setUp();
    const [answer] = questionsWith(built, 'answer', 1);
    port.failing = true;
    for (let i = 0; i < 5; i += 1) {
      const { reply } = await assistant.handle(answer!, SLACK, 'slash-command');
      expect(reply.kind).toBe('answer');
      await recorder.settled();
      clock.advance(10_000);
    }
    expect(lost).toEqual([{ lost: 1, at: '2026-03-02T09:00:00.000Z' }]);
    clock.advance(20_000);
    await assistant.handle(answer!, SLACK, 'slash-command');
    await recorder.settled();
    expect(lost).toEqual([
      { lost: 1, at: '2026-03-02T09:00:00.000Z' },
      { lost: 5, at: '2026-03-02T09:01:10.000Z' },
    ]);
    port.failing = false;
    await assistant.handle(answer!, SLACK, 'slash-command');
    await recorder.settled();
    expect(port.rows).toHaveLength(1);
  });
});
