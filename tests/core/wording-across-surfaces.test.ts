import { ANSWER_WORDS, citationSentence } from '../../src/core/answer-words';
import { ABOUT_HEADING, aboutParagraphs } from '../../src/core/about-words';
import { HELP_WORDS } from '../../src/core/help';
import { noticeSentence, type Notice } from '../../src/core/notice-words';
import { drawnFromSentence, PRINCIPLE_WORDS, readOneSentence, thinkAgainAboutSentence, tipHeading, unknownPrincipleSentence } from '../../src/core/principle-words';
import { quotedCommand } from '../../src/core/typed-command';
import type { Reply } from '../../src/core/replies';
import { renderNoticeText, renderText } from '../../src/cli/render-text';
import { renderReply as renderSlack } from '../../src/slack/render/render-reply';
import { renderNotice as renderSlackNotice } from '../../src/slack/render/notices';
import { DIRECT_MESSAGE_OPTIONS, SLASH_COMMAND_OPTIONS } from '../../src/slack/render/options';
import { renderReply as renderTeams } from '../../src/teams/render/render-reply';
import { renderNotice as renderTeamsNotice } from '../../src/teams/render/short-replies';
import { passage, principle, principles, source } from '../slack/render/fixtures';

/** Every sentence a person reads is worded once, in core: the same words reach Slack, Teams and the terminal. */
const squash = (s: string) => s.replace(/\s+/g, ' ');

function surfaces(reply: Reply): Record<'slack' | 'teams' | 'terminal', string> {
  return {
    slack: squash(JSON.stringify(renderSlack(reply, SLASH_COMMAND_OPTIONS))),
    teams: squash(JSON.stringify(renderTeams(reply, 'personal'))),
    terminal: squash(renderText(reply)),
  };
}

describe('the same words on every surface', () => {
  const reported = passage({ citation: { short: 'Chapman and Robinson (2014)', citation: 'x', basis: 'reported' } });
  const signpost = passage({ id: 's1', kind: 'signpost', title: 'Does the Procurement Act apply?' });
  const about: Extract<Reply, { kind: 'about' }> = { kind: 'about', paper: source, principleCount: 10, passageCount: 120 };

  it.each([
    ['a reported finding cites its source the same way', { kind: 'answer', query: 'q', answer: reported, more: [] } as Reply, [citationSentence(reported.citation)]],
    ['a synthesis says it is ThinkAgain’s own wording', { kind: 'answer', query: 'q', answer: passage(), more: [] } as Reply, [citationSentence(passage().citation)]],
    ['a signpost carries the check-with-your-team label', { kind: 'answer', query: 'q', answer: signpost, more: [] } as Reply, [ANSWER_WORDS.signpostLabel]],
    ['a decline says what the bot covers', { kind: 'no-match', query: 'q', principles } as Reply, [ANSWER_WORDS.decline, ANSWER_WORDS.declineScope]],
    ['a clarify asks which was meant', { kind: 'clarify', query: 'q', choices: [passage(), passage({ id: 'p2', title: 'Other' })] } as Reply, [ANSWER_WORDS.clarify]],
    ['further matches are introduced the same way', { kind: 'answer', query: 'q', answer: passage(), more: [passage({ id: 'p2', title: 'Other' })] } as Reply, [ANSWER_WORDS.moreOnThis]],
    ['a removed passage is explained politely', { kind: 'passage-gone' } as Reply, [ANSWER_WORDS.passageGone]],
    ['help introduces the commands', { kind: 'help' } as Reply, [HELP_WORDS.title, HELP_WORDS.intro]],
    ['about names the paper, the synthesis and the limits', about, [ABOUT_HEADING, ...aboutParagraphs(about)]],
  ])('%s', (_name, reply, sentences) => {
    for (const [surface, text] of Object.entries(surfaces(reply))) {
      for (const sentence of sentences) expect({ surface, has: text.includes(sentence) }).toEqual({ surface, has: true });
    }
  });

  /**
   * Sentences that name a command: each surface marks the command up its own way (Slack in code style
   * after /thinkagain, Teams and the terminal in quotes), so the words are compared without that markup.
   */
  const words = (s: string) => squash(s).replace(/\\"|["`]|\/thinkagain /g, '');
  const bare = quotedCommand('');
  const full = principle();
  const tip = { kind: 'tip', tip: full.tips[0]!, principle: principles[4]! } as const;

  it.each([
    ['the list of principles says how to open one', { kind: 'principles', principles } as Reply, [PRINCIPLE_WORDS.listHeading, readOneSentence(bare)]],
    ['a decline says how to open a principle', { kind: 'no-match', query: 'q', principles } as Reply, [readOneSentence(bare)]],
    [
      'a principle in full gives its theme, do, don’t and sources',
      { kind: 'principle', principle: full, sources: [source] } as Reply,
      [thinkAgainAboutSentence(full.thinkAgainAbout), PRINCIPLE_WORDS.doHeading, PRINCIPLE_WORDS.dontHeading, drawnFromSentence([source.short])],
    ],
    ['an unknown principle is named and the ten listed', { kind: 'unknown-principle', ref: 'zebras', principles } as Reply, [unknownPrincipleSentence('zebras'), PRINCIPLE_WORDS.theTenAre]],
    ['a tip is headed as a tip and offers the whole principle', tip as Reply, [PRINCIPLE_WORDS.readWhole]],
  ])('%s', (_name, reply, sentences) => {
    for (const [surface, text] of Object.entries(surfaces(reply))) {
      for (const sentence of sentences) expect({ surface, has: words(text).includes(words(sentence)) }).toEqual({ surface, has: true });
    }
  });

  it('a tip’s heading names its principle on every surface', () => {
    const rendered = surfaces(tip);
    expect(rendered.terminal).toContain(tipHeading(`5. ${principles[4]!.title}`));
    expect(rendered.slack).toContain(tipHeading(`5. ${principles[4]!.title}`));
    // Teams writes a principle's number as "Principle 5 ·", so Markdown cannot turn it into a list.
    expect(rendered.teams).toContain(tipHeading(`Principle 5 · ${principles[4]!.title}`));
  });

  it('an advice passage carries no legal label', () => {
    for (const text of Object.values(surfaces({ kind: 'answer', query: 'q', answer: passage(), more: [] }))) expect(text).not.toContain(ANSWER_WORDS.signpostLabel);
  });

  /** A notice with no command in it reads the same everywhere; one that names a command types it as it works there. */
  it.each<[string, Notice]>([
    ['thanks for helpful feedback', { kind: 'feedback-thanks', helpful: true }],
    ['thanks for unhelpful feedback, pointing to the principles', { kind: 'feedback-thanks', helpful: false }],
    ['a button it does not know', { kind: 'unknown-button' }],
    ['an apology when answering failed', { kind: 'apology' }],
  ])('%s', (_name, notice) => {
    const rendered = {
      slack: { text: squash(JSON.stringify(renderSlackNotice(notice, DIRECT_MESSAGE_OPTIONS))), prefix: '' },
      'slack slash command': { text: squash(JSON.stringify(renderSlackNotice(notice))), prefix: SLASH_COMMAND_OPTIONS.commandPrefix },
      teams: { text: squash(JSON.stringify(renderTeamsNotice(notice, 'personal'))), prefix: '' },
      'teams channel': { text: squash(JSON.stringify(renderTeamsNotice(notice, 'team'))), prefix: '@ThinkAgain ' },
      // Stringified like the messages, so the quotes around a typed command are escaped the same way.
      terminal: { text: JSON.stringify(squash(renderNoticeText(notice))), prefix: '' },
    };
    for (const [surface, { text, prefix }] of Object.entries(rendered)) {
      const sentence = JSON.stringify(noticeSentence(notice, prefix)).slice(1, -1);
      expect({ surface, has: text.includes(sentence) }).toEqual({ surface, has: true });
    }
  });
});
