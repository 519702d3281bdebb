import { renderHome, workspaceSubscriptionBlocks } from '../../../src/slack/render/home';
import { renderNotice, sharedMessage } from '../../../src/slack/render/notices';
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

  it('lists this workspace’s active channel subscriptions as channel links', () => {
    const schedule = { day: 'friday' as const, time: '14:30', timeZone: 'Europe/London' };
    const json = JSON.stringify(
      workspaceSubscriptionBlocks([
        { address: { platform: 'slack', conversationId: 'C0CHAN01', label: 'general' }, subscription: { schedule, active: true, tipsSent: 2 } },
        { address: { platform: 'slack', conversationId: 'G0PRIV01', label: 'privategroup' }, subscription: { schedule, active: true, tipsSent: 1 } },
        { address: { platform: 'slack', conversationId: 'weird', label: HOSTILE }, subscription: { schedule, active: true, tipsSent: 0 } },
        { address: { platform: 'slack', conversationId: 'C0GONE', label: 'old' }, subscription: { schedule, active: false, tipsSent: 9 } },
      ]),
    );
    expect(json).toContain('<#C0CHAN01>');
    expect(json).toContain('<#G0PRIV01>');
    expect(json).toContain('Fridays at 14:30 (Europe/London)');
    expect(json).not.toContain('C0GONE');
    expect(json).not.toContain('weird');
    expectNoMentions(json);
    expect(JSON.stringify(workspaceSubscriptionBlocks([]))).toContain('No channel gets weekly tips yet');
  });

  it('never lists direct messages: other people’s DMs are private to them', () => {
    const schedule = { day: 'monday' as const, time: '09:00', timeZone: 'Europe/London' };
    const dm = (id: string) => ({ address: { platform: 'slack' as const, conversationId: id, label: 'directmessage' }, subscription: { schedule, active: true, tipsSent: 3 } });
    const onlyDms = JSON.stringify(workspaceSubscriptionBlocks([dm('D0ALICE1'), dm('D0BOB002')]));
    expect(onlyDms).not.toContain('D0ALICE1');
    expect(onlyDms).not.toContain('D0BOB002');
    expect(onlyDms).not.toContain('directmessage');
    expect(onlyDms).toContain('No channel gets weekly tips yet');
    const mixed = JSON.stringify(renderHome(principles, [dm('D0ALICE1'), { ...dm('C0CHAN01'), address: { platform: 'slack', conversationId: 'C0CHAN01' } }]));
    expect(mixed).toContain('<#C0CHAN01>');
    expect(mixed).not.toContain('D0ALICE1');
  });
});

describe('notices', () => {
  it('thanks for feedback and refuses unknown buttons politely, with fallbacks', () => {
    expectWithinSlackLimits(renderNotice({ kind: 'feedback-thanks', helpful: true }));
    expect(expectWithinSlackLimits(renderNotice({ kind: 'feedback-thanks', helpful: false }))).toContain('/thinkagain principles');
    expect(renderNotice({ kind: 'unknown-button' }).text).toMatch(/do not recognise that button.*"\/thinkagain help"/);
  });

  it('a shared answer says who shared it and drops only the share button', () => {
    const shared = sharedMessage(renderAnswer({ kind: 'answer', query: 'q', answer: passage(), more: [] }, SLASH_COMMAND_OPTIONS), 'U0USER01');
    const json = expectWithinSlackLimits(shared);
    expect(shared.text).toContain('Shared by <@U0USER01>');
    expect(json).not.toContain('share_reply');
    expect(json).toContain('feedback_up');
  });

  it('never turns a strange user id into a mention', () => {
    expect(sharedMessage(renderNotice({ kind: 'feedback-thanks', helpful: true }), '!channel').text).toContain('Shared by someone');
  });
});
