import { ANSWER_WORDS, citationSentence } from '../../src/core/answer-words';
import type { Reply } from '../../src/core/replies';
import { renderText } from '../../src/cli/render-text';
import { renderReply as renderSlack } from '../../src/slack/render/render-reply';
import { SLASH_COMMAND_OPTIONS } from '../../src/slack/render/options';
import { renderReply as renderTeams } from '../../src/teams/render/render-reply';
import { passage, principles } from '../slack/render/fixtures';

/** Every sentence a person reads is worded once, in core: the same words reach Slack, Teams and the terminal. */
function surfaces(reply: Reply): Record<'slack' | 'teams' | 'terminal', string> {
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  return {
    slack: squash(JSON.stringify(renderSlack(reply, SLASH_COMMAND_OPTIONS))),
    teams: squash(JSON.stringify(renderTeams(reply, 'personal'))),
    terminal: squash(renderText(reply)),
  };
}

describe('the same words on every surface', () => {
  const reported = passage({ citation: { short: 'Chapman and Robinson (2014)', citation: 'x', basis: 'reported' } });
  const signpost = passage({ id: 's1', kind: 'signpost', title: 'Does the Procurement Act apply?' });

  it.each([
    ['a reported finding cites its source the same way', { kind: 'answer', query: 'q', answer: reported, more: [] } as Reply, [citationSentence(reported.citation)]],
    ['a synthesis says it is ThinkAgain’s own wording', { kind: 'answer', query: 'q', answer: passage(), more: [] } as Reply, [citationSentence(passage().citation)]],
    ['a signpost carries the check-with-your-team label', { kind: 'answer', query: 'q', answer: signpost, more: [] } as Reply, [ANSWER_WORDS.signpostLabel]],
    ['a decline says what the bot covers', { kind: 'no-match', query: 'q', principles } as Reply, [ANSWER_WORDS.decline, ANSWER_WORDS.declineScope]],
    ['a clarify asks which was meant', { kind: 'clarify', query: 'q', choices: [passage(), passage({ id: 'p2', title: 'Other' })] } as Reply, [ANSWER_WORDS.clarify]],
    ['a removed passage is explained politely', { kind: 'passage-gone' } as Reply, [ANSWER_WORDS.passageGone]],
  ])('%s', (_name, reply, sentences) => {
    for (const [surface, text] of Object.entries(surfaces(reply))) {
      for (const sentence of sentences) expect({ surface, has: text.includes(sentence) }).toEqual({ surface, has: true });
    }
  });

  it('an advice passage carries no legal label', () => {
    for (const text of Object.values(surfaces({ kind: 'answer', query: 'q', answer: passage(), more: [] }))) expect(text).not.toContain(ANSWER_WORDS.signpostLabel);
  });
});
