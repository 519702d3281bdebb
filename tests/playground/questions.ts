import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Assistant } from '../../src/core/assistant';
import type { Reply } from '../../src/core/replies';

type Outcome<K extends Reply['kind']> = { question: string; reply: Extract<Reply, { kind: K }> };

/**
 * A question the engine answers today, one it answers with a clarify and an off-topic one it declines, asked of the engine in
 * process: the engine changes, so no question is hard-coded. Candidates are the evaluation questions.
 */
export async function pickQuestions(
  assistant: Assistant,
): Promise<{ answer: Outcome<'answer'>; clarify: Outcome<'clarify'> | undefined; decline: Outcome<'no-match'> | undefined }> {
  const fixture = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'eval-questions.json'), 'utf8')) as { questions: Array<{ q: string }>; offTopic: string[] };
  const where = { platform: 'teams' as const, conversationId: 'question-probe' };
  let answer: Outcome<'answer'> | undefined;
  let clarify: Outcome<'clarify'> | undefined;
  for (const { q } of fixture.questions) {
    const { reply } = await assistant.handle(q, where);
    // An answer with further matches shows the most buttons; a clarify with two or more choices shows a real choice.
    if (!answer && reply.kind === 'answer' && reply.more.length > 0) answer = { question: q, reply };
    if (!clarify && reply.kind === 'clarify' && reply.choices.length > 1) clarify = { question: q, reply };
    if (answer && clarify) break;
  }
  if (!answer) throw new Error('no evaluation question gets an answer with further matches: the engine or the fixture is broken');
  let decline: Outcome<'no-match'> | undefined;
  for (const q of fixture.offTopic) {
    const { reply } = await assistant.handle(q, where);
    if (reply.kind === 'no-match') {
      decline = { question: q, reply };
      break;
    }
  }
  return { answer, clarify, decline };
}
