import { Writable } from 'node:stream';
import { buildAssistant } from '../../src/app/build-assistant';
import { runContentCheck } from '../../src/cli/content-check';
import { buildReport } from '../../src/core/insights/build-report';
import type { InsightsPort, InteractionRecord } from '../../src/core/insights/interaction';
import { InsightsRecorder } from '../../src/core/insights/recorder';
import { passageFiles } from '../../src/insights/passage-files';
import { copyOfContent } from '../support/content-fixture';
import { CANDIDATES } from './support';

/**
 * The loop an editor closes: a question the bot had to clarify, the passage its asker picked, the
 * "Asked as:" line the report suggests, pasted into (a copy of) content/, and the same question answered
 * with that passage. The question is found by asking the engine, so the test follows the engine as it is tuned.
 */
describe('a suggested "Asked as" line turns a clarify into an answer', () => {
  const content = copyOfContent();
  afterAll(() => content.remove());

  test('on a copy of content/', async () => {
    const rows: InteractionRecord[] = [];
    const port: InsightsPort = { record: async (r) => void rows.push(r) };
    let n = 0;
    const recorder = new InsightsRecorder({ port, clock: () => new Date(), newRef: () => `r${(n += 1)}`, onLost: () => undefined });
    const before = buildAssistant(content.dir, { insights: recorder });

    const question = CANDIDATES.clarify.find((q) => before.engine.search(q).outcome === 'clarify');
    if (!question) throw new Error('No candidate question gives a clarify on this content; add one to tests/insights/support.ts.');
    const { reply } = await before.assistant.handle(question, { platform: 'teams', conversationId: 'x' }, 'direct-message');
    if (reply.kind !== 'clarify') throw new Error(`expected a clarify, got ${reply.kind}`);
    // The asker picks the last choice offered: not the engine's own first guess.
    const picked = reply.choices[reply.choices.length - 1]!.id;
    before.assistant.choose(picked, { platform: 'teams', ...(reply.ref ? { ref: reply.ref } : {}) });
    await recorder.settled();

    const files = passageFiles(content.dir);
    const report = buildReport(rows, before.kb, { since: new Date(0), until: new Date(Date.now() + 1000), fileOf: (id) => files.get(id) });
    expect(report.suggestions).toHaveLength(1);
    const [suggestion] = report.suggestions;
    expect(suggestion).toMatchObject({ passage: picked, askedAs: question, line: `Asked as: ${question}` });

    content.edit(suggestion!.file!, (text) => text.replace(new RegExp(`^(## .*\\{#${picked}\\}[ \\t]*)$`, 'm'), `$1\n${suggestion!.line}`));
    let checked = '';
    expect(runContentCheck(content.dir, new Writable({ write: (c: Buffer, _e, done) => ((checked += c.toString()), done()) }))).toBe(0);
    expect(checked).toContain('is valid');

    const after = buildAssistant(content.dir);
    expect(after.kb.passages.find((p) => p.id === picked)!.askedAs).toContain(question);
    const result = after.engine.search(question);
    expect({ outcome: result.outcome, passage: result.hits[0]?.passage.id }).toEqual({ outcome: 'answer', passage: picked });
    // Once pasted, the report stops suggesting it.
    expect(buildReport(rows, after.kb, { since: new Date(0), until: new Date(Date.now() + 1000) }).suggestions).toEqual([]);
  });
});
