import { readOneSentence } from '../../src/core/principle-words';
import { quotedCommand } from '../../src/core/typed-command';
import { HELP_ENTRIES } from '../../src/core/help';
import { renderAbout, renderHelp, renderTip } from '../../src/teams/render/info-cards';
import { renderPrinciple, renderPrinciples, renderUnknownPrinciple } from '../../src/teams/render/principle-cards';
import { renderShort } from '../../src/teams/render/short-replies';
import { renderWelcome } from '../../src/teams/render/welcome-card';
import { WEEKLY_TIP_HEADING } from '../../src/core/weekly-tip-words';
import { actionsOf, buttonsOf, cardOf, elementsOf, markdownTexts, plainTexts } from './support/card-text';
import { contentAssistant } from './support/teams-server';

const { assistant, kb } = contentAssistant();
const principles = assistant.views.principleList();

test('principles: ten rows, each with a visible Read button that opens its principle', () => {
  const message = renderPrinciples({ kind: 'principles', principles }, 'personal');
  const buttons = buttonsOf(message);
  expect(buttons.map((b) => b.title)).toEqual(principles.map(() => 'Read'));
  expect(buttons.map((b) => b.data)).toEqual(principles.map((p) => ({ action: 'principle', slug: p.slug })));
  expect(buttons.map((b) => b.tooltip)).toEqual(principles.map((p) => `Read principle ${p.number} in full`));
  // The whole row stays tappable too, and opens the same principle.
  expect(elementsOf(message).flatMap((e) => (e.selectAction ? [(e.selectAction as { data: unknown }).data] : []))).toEqual(principles.map((p) => ({ action: 'principle', slug: p.slug })));
  expect(markdownTexts(message).at(-1)).toBe(readOneSentence(quotedCommand('')));
  expect(markdownTexts(message)).toContain(`Principle 5 · ${principles[4]!.title}`);
  // "5. Title" would become a Markdown numbered list in Teams; the heading never starts with a number.
  for (const t of markdownTexts(message)) expect(t).not.toMatch(/^\d+\./);
});

test('principles in a channel: the typed hint starts with the @mention', () => {
  expect(markdownTexts(renderPrinciples({ kind: 'principles', principles }, 'team')).at(-1)).toBe(readOneSentence(quotedCommand('@ThinkAgain ')));
});

test('principle N: what to do, what not to do, sources, and a next button', () => {
  const principle = kb.principles.find((p) => p.number === 5)!;
  const message = renderPrinciple({ kind: 'principle', principle, sources: assistant.views.sourcesOf(principle) });
  const texts = markdownTexts(message);
  expect(texts).toEqual(expect.arrayContaining(['Do', 'Don’t', principle.summary, ...principle.do.map((d) => `• ${d}`), ...principle.dont.map((d) => `• ${d}`)]));
  expect(texts.at(-1)).toMatch(/^ThinkAgain principle drawn from /);
  expect(actionsOf(message).map((a) => a.data)).toEqual([{ action: 'principle', slug: '6' }]);
  const last = kb.principles.find((p) => p.number === 10)!;
  expect(cardOf(renderPrinciple({ kind: 'principle', principle: last, sources: [] })).actions).toBeUndefined();
});

test('unknown principle: the typed reference is shown verbatim, not as Markdown', () => {
  const message = renderUnknownPrinciple({ kind: 'unknown-principle', ref: '[x](https://evil.example)', principles }, 'personal');
  expect(plainTexts(message)).toEqual(['There is no principle "[x](https://evil.example)". The ten are:']);
  expect(markdownTexts(message).join(' ')).not.toContain('evil');
  expect(cardOf(message).fallbackText).toContain('\\[x\\]\\(https://evil.example\\)');
});

test('help: every command of the grammar, and the @mention note', () => {
  const texts = markdownTexts(renderHelp()).join('\n');
  for (const entry of HELP_ENTRIES) expect(texts).toContain(entry.description);
  expect(texts).toContain('**_your question_**');
  expect(texts).not.toMatch(/<[a-z]/);
  expect(texts).toContain('@ThinkAgain');
});

test('about: the paper, the honest note on synthesis, what the bot cannot do', () => {
  const paper = kb.sources[0]!;
  const message = renderAbout({ kind: 'about', paper: { ...paper, url: 'https://example.org/p.pdf' }, principleCount: 10, passageCount: 80 });
  const texts = markdownTexts(message).join('\n');
  expect(texts).toContain(paper.citation);
  expect(texts).toMatch(/synthesis .* not quotations/);
  expect(texts).toMatch(/not legal, procurement or financial advice/);
  expect(actionsOf(message)).toEqual([{ type: 'Action.OpenUrl', title: 'Read the paper', url: 'https://example.org/p.pdf' }]);
});

test('tip: the tip, its principle, and a button to read it in full; the heading is not repeated above the card', () => {
  const principle = principles[2]!;
  const message = renderTip({ kind: 'tip', tip: { id: 't', principle: principle.slug, text: 'Ask one small group first.' }, principle }, 'personal');
  expect(markdownTexts(message)).toEqual([`Tip · Principle 3 · ${principle.title}`, 'Ask one small group first.']);
  expect(actionsOf(message).map((a) => a.data)).toEqual([{ action: 'principle', slug: principle.slug }]);
  expect(message.text).toBeUndefined();
  expect(message.summary).toBe(`Tip · Principle 3 · ${principle.title}`);
});

test('weekly tip: says it is the weekly tip and how to stop it, typed as it is typed here', () => {
  const principle = principles[2]!;
  const weekly = { kind: 'tip', tip: { id: 't', principle: principle.slug, text: 'Ask one small group first.' }, principle, weekly: true } as const;
  const channel = renderTip(weekly, 'team');
  expect(markdownTexts(channel)).toEqual([
    WEEKLY_TIP_HEADING,
    `Tip · Principle 3 · ${principle.title}`,
    'Ask one small group first.',
    'You get this because this conversation subscribed. To stop, type "@ThinkAgain unsubscribe" here.',
  ]);
  expect(channel.summary).toBe(`Your weekly ThinkAgain tip · Principle 3 · ${principle.title}`);
  expect(cardOf(channel).fallbackText).toContain('"@ThinkAgain unsubscribe"');
  expect(markdownTexts(renderTip(weekly, 'personal')).at(-1)).toBe('You get this because this conversation subscribed. To stop, type "unsubscribe" here.');
});

test('welcome: what to ask and how to subscribe, worded for the scope', () => {
  for (const scope of ['team', 'groupChat'] as const) {
    const shown = markdownTexts(renderWelcome(scope)).join('\n');
    expect(shown).toContain('@ThinkAgain subscribe');
    expect(shown).toContain('**Ask:** Mention me with a question, for example "@ThinkAgain should this be a grant or a contract?".');
    // "help" alone does nothing in a channel: every command there starts with the @mention.
    expect(shown).toContain('Type "@ThinkAgain help" for every command, or "@ThinkAgain principles" for the ten principles.');
    expect(shown).not.toMatch(/Type "help"/);
  }
  const personal = markdownTexts(renderWelcome('personal')).join('\n');
  expect(personal).toContain('**Ask:** Just type a question. Try "should this be a grant or a contract?" or "how do we consult small groups?" or "how much monitoring is proportionate?".');
  expect(personal).toMatch(/Type "subscribe"/);
  expect(personal).toContain('Type "help" for every command, or "principles" for the ten principles.');
  expect(personal).not.toContain('@ThinkAgain');
});

test('welcome: the title is shown once, in the card, not again as text above it', () => {
  const message = renderWelcome('team');
  expect(message.text).toBeUndefined();
  expect(message.summary).toBe('Thanks for adding ThinkAgain');
  expect(markdownTexts(message).filter((t) => t === 'Thanks for adding ThinkAgain')).toHaveLength(1);
});

describe('short replies are one line of text', () => {
  const schedule = { day: 'friday' as const, time: '14:00', timeZone: 'Europe/London' };
  test.each([
    [{ kind: 'subscribed', subscription: { schedule, active: true, tipsSent: 0 }, changed: true } as const, 'Subscribed: weekly tips here on Fridays at 14:00 (Europe/London).'],
    [{ kind: 'subscribed', subscription: { schedule, active: true, tipsSent: 0 }, changed: false } as const, 'Already subscribed: weekly tips here on Fridays at 14:00 (Europe/London).'],
    [{ kind: 'unsubscribed', wasSubscribed: true } as const, 'Done: no more weekly tips here.'],
    [{ kind: 'status', subscription: undefined } as const, 'No weekly tips here. Type "subscribe" to start them.'],
    [{ kind: 'status', subscription: { schedule, active: true, tipsSent: 2 } } as const, 'Weekly tips here on Fridays at 14:00 (Europe/London); 2 delivered so far.'],
    [{ kind: 'subscriptions-unavailable', reason: 'not-on-this-platform' } as const, 'Weekly tips are not switched on for this bot yet. Questions, tips and principles all work.'],
  ])('%o', (reply, text) => {
    expect(renderShort(reply, 'personal')).toEqual({ type: 'message', text });
  });

  test('in a channel, a command the reply suggests starts with the @mention', () => {
    expect(renderShort({ kind: 'status', subscription: undefined }, 'team').text).toBe('No weekly tips here. Type "@ThinkAgain subscribe" to start them.');
  });

  test('a schedule problem that quotes the user cannot inject a link or a mention', () => {
    const { text } = renderShort({ kind: 'invalid-schedule', problem: 'I could not read "[x](https://evil.example)<at>Bob</at>" as a day.' }, 'personal');
    expect(text).toBe('I could not read "\\[x\\]\\(https://evil.example\\)‹at›Bob‹/at›" as a day.');
  });
});
