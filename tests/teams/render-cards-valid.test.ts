import { renderReply } from '../../src/teams/render/render-reply';
import { renderWelcome } from '../../src/teams/render/welcome-card';
import { everyReply } from './support/replies';
import { cardProblems, messageProblems } from './support/validate-card';

describe('every Teams rendering is a valid message and every card a valid Adaptive Card 1.5', () => {
  test('all reply kinds, from the real content', async () => {
    const replies = await everyReply();
    const kinds = new Set(replies.map((r) => r.kind));
    expect(kinds.size).toBeGreaterThanOrEqual(12);
    for (const reply of replies) {
      const message = renderReply(reply, 'team');
      expect({ kind: reply.kind, problems: messageProblems(message) }).toEqual({ kind: reply.kind, problems: [] });
    }
  });

  test.each(['personal', 'team', 'groupChat'] as const)('the welcome card for %s', (scope) => {
    expect(messageProblems(renderWelcome(scope))).toEqual([]);
  });

  test('cards are cards where the brief asks for them, text where a sentence is enough', async () => {
    const replies = await everyReply();
    for (const reply of replies) {
      const hasCard = Boolean(renderReply(reply, 'personal').attachments?.length);
      const shouldHaveCard = ['answer', 'no-match', 'help', 'principles', 'principle', 'unknown-principle', 'tip', 'about'].includes(reply.kind);
      expect({ kind: reply.kind, hasCard }).toEqual({ kind: reply.kind, hasCard: shouldHaveCard });
    }
  });

  test('the validator itself catches broken cards', () => {
    const broken = cardProblems({
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.6',
      fallbackText: 'x',
      body: [{ type: 'TextBlock', text: '', wrap: true, size: 'huge' }, { type: 'Bogus' }, { type: 'ActionSet', actions: [] }],
      actions: [{ type: 'Action.OpenUrl', title: 'x' }],
    });
    expect(broken.join('\n')).toMatch(/version 1.6/);
    expect(broken.join('\n')).toMatch(/Invalid value "huge"/);
    expect(broken.join('\n')).toMatch(/Unknown element type "Bogus"/);
    expect(broken.join('\n')).toMatch(/TextBlock without text/);
    expect(broken.join('\n')).toMatch(/empty ActionSet/);
    expect(broken.join('\n')).toMatch(/url/);
  });
});
