import { subscriptionSentence } from '../../src/core/subscription-text';

const schedule = { day: 'friday', time: '14:00', timeZone: 'Europe/London' } as const;

describe('subscriptionSentence: one wording on every platform', () => {
  it('tells people how to type the command where they are', () => {
    const none = { kind: 'status', subscription: undefined } as const;
    expect(subscriptionSentence(none, { platform: 'slack', commandPrefix: '/thinkagain ' })).toBe('No weekly tips here. Type "/thinkagain subscribe" to start them.');
    expect(subscriptionSentence(none, { platform: 'teams', commandPrefix: '' })).toBe('No weekly tips here. Type "subscribe" to start them.');
  });

  it('shows why tips stopped, and how many were delivered', () => {
    const ended = { kind: 'status', subscription: { schedule, active: false, endedReason: 'the channel was archived', tipsSent: 3 } } as const;
    expect(subscriptionSentence(ended, { platform: 'slack', commandPrefix: '' })).toBe('Weekly tips here have stopped: the channel was archived. Type "subscribe" to start again.');
    const active = { kind: 'status', subscription: { schedule, active: true, tipsSent: 3 } } as const;
    expect(subscriptionSentence(active, { platform: 'teams', commandPrefix: '' })).toBe('Weekly tips here on Fridays at 14:00 (Europe/London); 3 delivered so far.');
  });

  it('sends the terminal to Slack or Teams, and says so plainly when the database is down', () => {
    expect(subscriptionSentence({ kind: 'subscriptions-unavailable', reason: 'not-on-this-platform' }, { platform: 'cli', commandPrefix: '' })).toContain('set up from Slack or Teams');
    expect(subscriptionSentence({ kind: 'subscriptions-unavailable', reason: 'store-down' }, { platform: 'slack', commandPrefix: '' })).toContain('try again in a few minutes');
  });
});
