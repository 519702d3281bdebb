import { HELP_ENTRIES } from '../../src/core/help';
import { renderAbout, renderHelp, renderTip } from '../../src/teams/render/info-cards';
import { renderPrinciple, renderPrinciples, renderUnknownPrinciple } from '../../src/teams/render/principle-cards';
import { renderShort } from '../../src/teams/render/short-replies';
import { renderWelcome } from '../../src/teams/render/welcome-card';
import { actionsOf, cardOf, markdownTexts, plainTexts } from './support/card-text';
import { contentAssistant } from './support/teams-server';

const { assistant, kb } = contentAssistant();
const principles = assistant.views.principleList();

test('principles: ten rows, each opens its principle', () => {
  const message = renderPrinciples({ kind: 'principles', principles });
  expect(actionsOf(message).map((a) => a.data)).toEqual(principles.map((p) => ({ action: 'principle', slug: p.slug })));
  expect(markdownTexts(message)).toContain(`Principle 5 · ${principles[4]!.title}`);
  // "5. Title" would become a Markdown numbered list in Teams; the heading never starts with a number.
  for (const t of markdownTexts(message)) expect(t).not.toMatch(/^\d+\./);
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
  const message = renderUnknownPrinciple({ kind: 'unknown-principle', ref: '[x](https://evil.example)', principles });
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

test('tip: the tip, its principle, and a button to read it in full', () => {
  const principle = principles[2]!;
  const message = renderTip({ kind: 'tip', tip: { id: 't', principle: principle.slug, text: 'Ask one small group first.' }, principle });
  expect(markdownTexts(message)).toEqual([`Tip · Principle 3 · ${principle.title}`, 'Ask one small group first.']);
  expect(actionsOf(message).map((a) => a.data)).toEqual([{ action: 'principle', slug: principle.slug }]);
  expect(message.text).toBe(`Tip · Principle 3 · ${principle.title}`);
});

test('welcome: what to ask and how to subscribe, worded for the scope', () => {
  const team = markdownTexts(renderWelcome('team')).join('\n');
  expect(team).toContain('@ThinkAgain subscribe');
  expect(team).toMatch(/Mention me/);
  const personal = markdownTexts(renderWelcome('personal')).join('\n');
  expect(personal).toMatch(/Just type a question/);
  expect(personal).toMatch(/Type "subscribe"/);
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
    expect(renderShort(reply)).toEqual({ type: 'message', text });
  });

  test('a schedule problem that quotes the user cannot inject a link or a mention', () => {
    const { text } = renderShort({ kind: 'invalid-schedule', problem: 'I could not read "[x](https://evil.example)<at>Bob</at>" as a day.' });
    expect(text).toBe('I could not read "\\[x\\]\\(https://evil.example\\)‹at›Bob‹/at›" as a day.');
  });
});
