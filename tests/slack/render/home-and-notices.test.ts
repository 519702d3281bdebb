import { renderHome, workspaceSubscriptionBlocks } from '../../../src/slack/render/home';
import { feedbackThanks, sharedMessage, unknownActionNotice } from '../../../src/slack/render/notices';
import { renderAnswer } from '../../../src/slack/render/answer';
import { SLASH_COMMAND_OPTIONS } from '../../../src/slack/render/options';
import { HOSTILE, passage, principles } from './fixtures';
import { expectNoMentions, expectWithinSlackLimits } from './limits';

describe('Home tab', () => {
  it('has a welcome, how to ask and the ten principles, within 100 blocks', () => {
    const view = renderHome(principles, undefined);
    expect(view.type).toBe('home');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    const json = JSON.stringify(view);
    expect(json).toContain('Welcome to ThinkAgain');
    expect(json).toContain('How to ask');
    for (let n = 1; n <= 10; n += 1) expect(json).toContain(`Principle title ${n}`);
    expect(json).toContain('/thinkagain subscribe');
  });

  it('lists this workspace’s active subscriptions as channel links, escaping labels', () => {
    const schedule = { day: 'friday' as const, time: '14:30', timeZone: 'Europe/London' };
    const json = JSON.stringify(
      workspaceSubscriptionBlocks([
        { address: { platform: 'slack', conversationId: 'C0CHAN01', label: 'general' }, subscription: { schedule, active: true, tipsSent: 2 } },
        { address: { platform: 'slack', conversationId: 'weird', label: HOSTILE }, subscription: { schedule, active: true, tipsSent: 0 } },
        { address: { platform: 'slack', conversationId: 'C0GONE', label: 'old' }, subscription: { schedule, active: false, tipsSent: 9 } },
      ]),
    );
    expect(json).toContain('<#C0CHAN01>');
    expect(json).toContain('Fridays at 14:30 (Europe/London)');
    expect(json).not.toContain('C0GONE');
    expectNoMentions(json);
    expect(JSON.stringify(workspaceSubscriptionBlocks([]))).toContain('No channel gets weekly tips yet');
  });
});

describe('notices', () => {
  it('thanks for feedback and refuses unknown buttons politely, with fallbacks', () => {
    expectWithinSlackLimits(feedbackThanks(true));
    expectWithinSlackLimits(feedbackThanks(false));
    expect(unknownActionNotice().text).toMatch(/no longer supported/);
  });

  it('a shared answer says who shared it and drops only the share button', () => {
    const shared = sharedMessage(renderAnswer({ kind: 'answer', query: 'q', answer: passage(), more: [] }, SLASH_COMMAND_OPTIONS), 'U0USER01');
    const json = expectWithinSlackLimits(shared);
    expect(shared.text).toContain('Shared by <@U0USER01>');
    expect(json).not.toContain('share_reply');
    expect(json).toContain('feedback_up');
  });

  it('never turns a strange user id into a mention', () => {
    expect(sharedMessage(feedbackThanks(true), '!channel').text).toContain('Shared by someone');
  });
});
