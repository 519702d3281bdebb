import { renderAnswer, renderClarify, renderNoMatch } from '../../../src/slack/render/answer';
import { MENTION_OPTIONS, SLASH_COMMAND_OPTIONS } from '../../../src/slack/render/options';
import { HOSTILE, LONG, passage, principles } from './fixtures';
import { expectNoMentions, expectWithinSlackLimits } from './limits';

describe('renderAnswer', () => {
  const more = [passage({ id: 'more-1', title: 'More one' }), passage({ id: 'more-2', title: 'More two' }), passage({ id: 'more-3', title: 'More three' })];

  it('shows heading, title, advice, an honest citation, two further matches, share and feedback', () => {
    const message = renderAnswer({ kind: 'answer', query: 'q', answer: passage(), more }, SLASH_COMMAND_OPTIONS);
    const json = expectWithinSlackLimits(message);
    expect(json).toContain('5. Principle title 5');
    expect(json).toContain('*Grant or contract?*');
    expect(json).toContain('Decide *on purpose*, and _record_ why.');
    expect(json).toContain('Source: ThinkAgain synthesis drawn from <https://example.org/paper.pdf|Chapman et al. (2018)>.');
    expect(json).toContain('"action_id":"show_passage","text":{"type":"plain_text","text":"More one"');
    expect(json).toContain('"action_id":"show_passage_2"');
    expect(json).not.toContain('more-3');
    expect(json).toContain('"value":"passage:commissioning-grant-or-contract"');
    expect(json).toContain('"action_id":"feedback_up"');
    expect(json).toContain('"action_id":"feedback_down"');
    expect(message.text).toContain('Grant or contract?');
  });

  it('keeps further-match buttons to 40 characters, cut at a word, and gives a cut title in full above them', () => {
    const long = 'What "think again" means, and where the ten principles come from';
    const message = renderAnswer({ kind: 'answer', query: 'q', answer: passage(), more: [passage({ id: 'more-1', title: long }), passage({ id: 'more-2', title: 'More two' })] }, SLASH_COMMAND_OPTIONS);
    const json = expectWithinSlackLimits(message);
    expect(json).toContain('"action_id":"show_passage","text":{"type":"plain_text","text":"What \\"think again\\" means, and where the…"');
    expect(json).toContain('"text":"More two"');
    expect(json).toContain('*More on this:* What \\"think again\\" means, and where the ten principles come from · More two');
  });

  it('says "Source: reported in X" for what a source itself reports, as Teams and the terminal do', () => {
    const json = JSON.stringify(renderAnswer({ kind: 'answer', query: 'q', answer: passage({ citation: { short: 'TST (2025)', citation: 'c', basis: 'reported' } }), more: [] }, SLASH_COMMAND_OPTIONS));
    expect(json).toContain('Source: reported in TST (2025).');
    expect(json).not.toContain('synthesis');
  });

  it('offers no share button where the reply is already public', () => {
    expect(JSON.stringify(renderAnswer({ kind: 'answer', query: 'q', answer: passage(), more }, MENTION_OPTIONS))).not.toContain('share_reply');
  });

  it('stays within limits for a 10,000-character passage and title, keeping the buttons', () => {
    const message = renderAnswer({ kind: 'answer', query: LONG, answer: passage({ title: LONG, body: LONG }), more: [passage({ title: LONG })] }, SLASH_COMMAND_OPTIONS);
    const json = expectWithinSlackLimits(message);
    expect(json).toContain('feedback_up');
    expect(json).toContain('show_passage');
  });

  it('escapes hostile content everywhere', () => {
    const message = renderAnswer({ kind: 'answer', query: HOSTILE, answer: passage({ title: HOSTILE, body: HOSTILE }), more: [passage({ title: HOSTILE })] }, SLASH_COMMAND_OPTIONS);
    expectNoMentions(JSON.stringify(message));
  });
});

describe('renderClarify', () => {
  const choices = [
    passage({ id: 'c1', title: 'Grants often fit better than contracts for small community activity' }),
    passage({ id: 'c2', title: 'Short one' }),
    passage({ id: 'c3', title: HOSTILE }),
  ];

  it('asks which was meant, with one button per choice, labels short enough to read whole', () => {
    const message = renderClarify({ kind: 'clarify', query: 'funding', choices });
    const json = expectWithinSlackLimits(message);
    expectNoMentions(json);
    const buttons = message.blocks.flatMap((b) => (b.type === 'actions' ? b.elements : []));
    expect(buttons.map((b) => ('value' in b ? b.value : undefined))).toEqual(['c1', 'c2', 'c3']);
    expect(buttons.map((b) => ('action_id' in b ? b.action_id : undefined))).toEqual(['clarify_choice', 'clarify_choice_2', 'clarify_choice_3']);
    for (const b of buttons) expect('text' in b && b.text.text.length).toBeLessThanOrEqual(40);
    expect(message.text).toContain('Which did you mean?');
    expect(message.text).toContain('1. Grants often fit better than contracts for small community activity');
  });
});

describe('renderNoMatch', () => {
  it('is honest, says what the bot covers, lists the principles and offers no unrelated passage', () => {
    const message = renderNoMatch({ kind: 'no-match', query: 'zebra', principles }, SLASH_COMMAND_OPTIONS);
    const json = expectWithinSlackLimits(message);
    expect(message.text).toContain('could not find advice');
    expect(message.text).toContain('charities, community groups, volunteers');
    expect(message.blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(json).toContain('*10.* Principle title 10');
  });

  it('escapes the echoed query and keeps it short, even at 10,000 characters', () => {
    const message = renderNoMatch({ kind: 'no-match', query: `${HOSTILE} ${LONG}`, principles }, SLASH_COMMAND_OPTIONS);
    const json = expectWithinSlackLimits(message);
    expectNoMentions(json);
    expect(json).toContain('&lt;!channel&gt;');
    expect(message.text.length).toBeLessThan(600);
  });
});
