import { readOneSentence } from '../../src/core/principle-words';
import { quotedCommand } from '../../src/core/typed-command';
import { renderAnswer, renderClarify, renderNoMatch } from '../../src/teams/render/answer-cards';
import { actionsOf, cardOf, markdownTexts, plainTexts } from './support/card-text';
import { citation, passage } from './support/replies';

const PRINCIPLES = [{ number: 1, slug: 'values' as const, title: 'Don’t assume they share your values', thinkAgainAbout: 'assuming TSOs share your values' }];

describe('answer card', () => {
  const more = [passage({ id: 'm1', title: 'First further match' }), passage({ id: 'm2', title: 'Second further match' }), passage({ id: 'm3', title: 'Third' })];
  const message = renderAnswer({ kind: 'answer', query: 'grant or contract', answer: passage(), more });

  test('shows the principle, the title, the advice and an honest citation', () => {
    const texts = markdownTexts(message);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Principle 5 · Choose the funding route on purpose',
        'Should this be a grant or a contract?',
        'A contract fits when you are buying a tightly defined service.',
        'Source: ThinkAgain synthesis drawn from Chapman et al. (2018).',
      ]),
    );
    expect(message.summary).toBe('Should this be a grant or a contract?');
    // Teams would show a text above the card, repeating its title.
    expect(message.text).toBeUndefined();
    expect(cardOf(message).version).toBe('1.5');
  });

  test('a reported finding is cited as reported, not as our synthesis', () => {
    const reported = renderAnswer({ kind: 'answer', query: 'q', answer: passage({ citation: citation('reported', 'https://example.org/paper.pdf') }), more: [] });
    expect(markdownTexts(reported)).toContain('Source: reported in Chapman et al. (2018).');
    expect(actionsOf(reported)).toContainEqual({ type: 'Action.OpenUrl', title: 'Read the source', url: 'https://example.org/paper.pdf' });
  });

  test('offers at most two further matches as show_passage buttons', () => {
    const shows = actionsOf(message).filter((a) => a.data?.action === 'show_passage');
    expect(shows.map((a) => a.data)).toEqual([
      { action: 'show_passage', id: 'm1' },
      { action: 'show_passage', id: 'm2' },
    ]);
    expect(shows.map((a) => a.title)).toEqual(['First further match', 'Second further match']);
  });

  test('a long further-match title becomes a button of at most 40 characters, cut at a word, with the whole title as its tooltip', () => {
    const long = 'What "think again" means, and where the ten principles come from';
    const shown = renderAnswer({ kind: 'answer', query: 'q', answer: passage(), more: [passage({ id: 'm1', title: long })] });
    const button = actionsOf(shown).find((a) => a.data?.action === 'show_passage')!;
    expect(button.title).toBe('What "think again" means, and where the…');
    expect(button.tooltip).toBe(long);
  });

  test('has 👍 / 👎 feedback buttons for this passage, and a link to the whole principle', () => {
    const data = actionsOf(message).map((a) => a.data);
    expect(data).toContainEqual({ action: 'feedback', id: 'commissioning-grant-or-contract', helpful: true });
    expect(data).toContainEqual({ action: 'feedback', id: 'commissioning-grant-or-contract', helpful: false });
    expect(data).toContainEqual({ action: 'principle', slug: 'commissioning' });
    expect(actionsOf(message).map((a) => a.title)).toEqual(expect.arrayContaining(['👍 Helpful', '👎 Not helpful']));
  });

  test('without further matches there is no "More on this" section', () => {
    const alone = renderAnswer({ kind: 'answer', query: 'q', answer: passage(), more: [] });
    expect(markdownTexts(alone)).not.toContain('More on this:');
    expect(cardOf(alone).fallbackText).toContain('Should this be a grant or a contract?');
  });

  test('passages outside the ten principles are headed by their section', () => {
    const { principle: _p, ...figures } = passage({ topic: 'figures' });
    void _p;
    expect(markdownTexts(renderAnswer({ kind: 'answer', query: 'q', answer: figures, more: [] }))[0]).toBe('Facts and figures');
  });
});

describe('no-match card', () => {
  const hostile = '[click me](https://evil.example) <at>Bob</at> **loud** _x_ `code`';
  const message = renderNoMatch({ kind: 'no-match', query: hostile, principles: PRINCIPLES }, 'personal');

  test('says plainly that it will not guess, offers the principles and no unrelated passage', () => {
    expect(markdownTexts(message).join('\n')).toMatch(/will not guess/);
    expect(actionsOf(message)).toEqual([]);
    expect(markdownTexts(message)).toContain('• Principle 1 · Don’t assume they share your values');
    expect(markdownTexts(message).at(-1)).toBe(readOneSentence(quotedCommand('')));
  });

  test('in a channel, how to open a principle starts with the @mention', () => {
    expect(markdownTexts(renderNoMatch({ kind: 'no-match', query: 'x', principles: PRINCIPLES }, 'team')).at(-1)).toBe(readOneSentence(quotedCommand('@ThinkAgain ')));
  });

  test('echoes what the user typed only as plain text, never as Markdown', () => {
    expect(plainTexts(message)).toEqual([`You asked: ${hostile}`]);
    for (const text of [...markdownTexts(message), message.summary ?? '', cardOf(message).fallbackText]) {
      expect(text).not.toContain('evil.example');
      expect(text).not.toContain('<at>');
    }
  });
});

describe('clarify card', () => {
  const choices = [passage({ id: 'c1', title: 'Grants often fit better than contracts for small community activity' }), passage({ id: 'c2', title: 'Short one' })];
  const message = renderClarify({ kind: 'clarify', query: 'funding', choices });

  test('asks which was meant, with a short button per choice that submits the passage id', () => {
    expect(markdownTexts(message).join('\n')).toContain('Which did you mean?');
    expect(actionsOf(message).map((a) => a.data)).toEqual([
      { action: 'clarify_choice', id: 'c1' },
      { action: 'clarify_choice', id: 'c2' },
    ]);
    for (const a of actionsOf(message)) expect(a.title.length).toBeLessThanOrEqual(40);
    expect(markdownTexts(message).join('\n')).toContain('1. Grants often fit better than contracts for small community activity');
  });
});
