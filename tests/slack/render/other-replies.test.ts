import type { Reply } from '../../../src/core/replies';
import { renderAbout, renderHelp } from '../../../src/slack/render/help';
import { DIRECT_MESSAGE_OPTIONS, MENTION_OPTIONS, SLASH_COMMAND_OPTIONS } from '../../../src/slack/render/options';
import { renderReply } from '../../../src/slack/render/render-reply';
import { renderSubscription } from '../../../src/slack/render/subscriptions';
import { renderTip } from '../../../src/slack/render/tip';
import { HOSTILE, LONG, passage, principle, principles, source } from './fixtures';
import { expectNoMentions, expectWithinSlackLimits } from './limits';

describe('help and about', () => {
  it('shows the grammar with the right prefix for each surface', () => {
    expect(JSON.stringify(renderHelp(SLASH_COMMAND_OPTIONS))).toContain('/thinkagain subscribe [day] [HH:MM] [time zone]');
    expect(JSON.stringify(renderHelp(MENTION_OPTIONS))).toContain('@ThinkAgain principles');
    const dm = JSON.stringify(renderHelp(DIRECT_MESSAGE_OPTIONS));
    expect(dm).toContain('`principles`');
    expectWithinSlackLimits(renderHelp(SLASH_COMMAND_OPTIONS));
  });

  it('about names the paper and is honest about what the bot cannot do', () => {
    const message = renderAbout({ kind: 'about', paper: source, principleCount: 10, passageCount: 80 });
    const json = expectWithinSlackLimits(message);
    expect(json).toContain('not legal, procurement or financial advice');
    expect(json).toContain('synthesis');
  });
});

describe('tip', () => {
  it('shows the principle, the tip, "Read the whole principle" and share', () => {
    const message = renderTip({ kind: 'tip', tip: { id: 'commissioning-tip-1', principle: 'commissioning', text: 'Write one line on why.' }, principle: principles[4]! }, SLASH_COMMAND_OPTIONS);
    const json = expectWithinSlackLimits(message);
    expect(json).toContain('Tip · 5. Principle title 5');
    expect(json).toContain('"action_id":"read_principle"');
    expect(json).toContain('"value":"commissioning"');
    expect(json).toContain('"value":"tip:commissioning-tip-1"');
  });

  it('a weekly tip says it is the weekly tip and how to stop it in this channel', () => {
    const weekly = { kind: 'tip', tip: { id: 'commissioning-tip-1', principle: 'commissioning', text: 'Write one line on why.' }, principle: principles[4]!, weekly: true } as const;
    const message = renderTip(weekly, { ...SLASH_COMMAND_OPTIONS, shareable: false });
    const json = expectWithinSlackLimits(message);
    expect(message.text).toBe('Your weekly ThinkAgain tip. Tip · 5. Principle title 5: Write one line on why. You get this because this conversation subscribed. To stop, type "/thinkagain unsubscribe" here.');
    expect(json).toContain(':calendar: *Your weekly ThinkAgain tip*');
    expect(json).toContain('To stop, type \\"/thinkagain unsubscribe\\" here.');
    expect(json).toContain('"action_id":"read_principle"');
    expect(json).not.toContain('share_reply');
    // A tip asked for now is not framed as the weekly one.
    expect(JSON.stringify(renderTip({ ...weekly, weekly: false }, SLASH_COMMAND_OPTIONS))).not.toContain('weekly');
  });

  it('keeps a 10,000-character tip within limits', () => {
    expectWithinSlackLimits(renderTip({ kind: 'tip', tip: { id: 't', principle: 'values', text: LONG }, principle: principles[0]! }, SLASH_COMMAND_OPTIONS));
  });
});

describe('subscription replies', () => {
  const schedule = { day: 'monday' as const, time: '09:00', timeZone: 'Europe/London' };
  it('renders each kind as a short sentence', () => {
    expect(renderSubscription({ kind: 'subscribed', subscription: { schedule, active: true, tipsSent: 0 }, changed: true }, SLASH_COMMAND_OPTIONS).text).toContain('Subscribed: weekly tips here on Mondays at 09:00 (Europe/London)');
    expect(renderSubscription({ kind: 'subscribed', subscription: { schedule, active: true, tipsSent: 0 }, changed: false }, SLASH_COMMAND_OPTIONS).text).toContain('Already subscribed');
    expect(renderSubscription({ kind: 'unsubscribed', wasSubscribed: false }, SLASH_COMMAND_OPTIONS).text).toContain('no weekly tips to stop');
    expect(renderSubscription({ kind: 'status', subscription: undefined }, SLASH_COMMAND_OPTIONS).text).toContain('/thinkagain subscribe');
    expect(renderSubscription({ kind: 'status', subscription: { schedule, active: false, tipsSent: 3, endedReason: 'the channel was archived' } }, SLASH_COMMAND_OPTIONS).text).toContain('stopped: the channel was archived');
    expect(renderSubscription({ kind: 'subscriptions-unavailable', reason: 'store-down' }, SLASH_COMMAND_OPTIONS).text).toContain('try again');
  });

  it('escapes an invalid-schedule problem that quotes the user', () => {
    const message = renderSubscription({ kind: 'invalid-schedule', problem: `“${HOSTILE}” is not a day${LONG}` }, SLASH_COMMAND_OPTIONS);
    expectNoMentions(expectWithinSlackLimits(message));
  });
});

describe('renderReply', () => {
  it('renders every reply kind within limits with a fallback text', () => {
    const schedule = { day: 'monday' as const, time: '09:00', timeZone: 'Europe/London' };
    const replies: Reply[] = [
      { kind: 'answer', query: 'q', answer: passage(), more: [] },
      { kind: 'no-match', query: 'q', principles },
      { kind: 'clarify', query: 'q', choices: [passage(), passage({ id: 'p2' })] },
      { kind: 'passage-gone' },
      { kind: 'help' },
      { kind: 'principles', principles },
      { kind: 'principle', principle: principle(), sources: [source] },
      { kind: 'unknown-principle', ref: 'x', principles },
      { kind: 'tip', tip: { id: 't', principle: 'values', text: 'Tip' }, principle: principles[0]! },
      { kind: 'about', paper: source, principleCount: 10, passageCount: 80 },
      { kind: 'subscribed', subscription: { schedule, active: true, tipsSent: 0 }, changed: true },
      { kind: 'unsubscribed', wasSubscribed: true },
      { kind: 'status', subscription: undefined },
      { kind: 'invalid-schedule', problem: 'no' },
      { kind: 'subscriptions-unavailable', reason: 'not-on-this-platform' },
    ];
    for (const reply of replies) expectWithinSlackLimits(renderReply(reply, SLASH_COMMAND_OPTIONS));
  });
});
