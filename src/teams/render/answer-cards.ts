import { ANSWER_WORDS, choiceLabel, numberedChoices, passageLabel } from '../../core/answer-words';
import type { Reply } from '../../core/replies';
import { clarifyChoice, feedback, openPrinciple, showPassage } from '../card-actions';
import { actionSet, bullet, cardMessage, openUrl, plainText, submit, textBlock, type CardAction, type CardElement, type TeamsMessage } from './card';
import { citationLine, passageHeading, principleHeading } from './citation';
import { shorten } from './escape';
import { readOneSentence } from '../../core/principle-words';
import { typed, type TeamsScope } from './scope';

type Answer = Extract<Reply, { kind: 'answer' }>;
type NoMatch = Extract<Reply, { kind: 'no-match' }>;
type Clarify = Extract<Reply, { kind: 'clarify' }>;

/** The best passage, its citation, up to two further matches as buttons, and 👍 / 👎. */
export function renderAnswer(reply: Answer): TeamsMessage {
  const p = reply.answer;
  const more = reply.more.slice(0, 2);
  const label = passageLabel(p);
  const body: CardElement[] = [
    textBlock(passageHeading(p), { size: 'small', isSubtle: true }),
    ...(label ? [textBlock(`⚖️ ${label}`, { weight: 'bolder', color: 'attention', spacing: 'small' })] : []),
    textBlock(p.title, { size: 'medium', weight: 'bolder', spacing: 'none' }),
    textBlock(p.body),
    textBlock(citationLine(p.citation), { size: 'small', isSubtle: true }),
  ];
  if (more.length) {
    body.push(textBlock(ANSWER_WORDS.moreOnThis, { size: 'small', weight: 'bolder', spacing: 'medium' }));
    body.push(actionSet(more.map((m) => submit(choiceLabel(m), showPassage(m.id), { tooltip: m.title }))));
  }
  const actions: CardAction[] = [submit(ANSWER_WORDS.helpful, feedback(p.id, true, reply.ref)), submit(ANSWER_WORDS.notHelpful, feedback(p.id, false, reply.ref))];
  if (p.principle) actions.push(submit(`Principle ${p.principle.number} in full`, openPrinciple(p.principle.slug)));
  if (p.citation.url) actions.push(openUrl('Read the source', p.citation.url));
  const fallback = [passageHeading(p), ...(label ? [label] : []), p.title, p.body, citationLine(p.citation), ...more.map((m) => `More: ${m.title}`)].join('\n\n');
  return cardMessage(shorten(p.title, 120), body, actions, fallback);
}

/** An honest decline: what was asked (as plain text), what the bot covers, the principles and how to open one; no unrelated passages. */
export function renderNoMatch(reply: NoMatch, scope: TeamsScope): TeamsMessage {
  const body: CardElement[] = [];
  if (reply.query) body.push(plainText(`${ANSWER_WORDS.youAsked} ${shorten(reply.query, 300)}`, { italic: true }));
  body.push(textBlock(ANSWER_WORDS.decline, { weight: 'bolder' }), textBlock(ANSWER_WORDS.declineScope, { spacing: 'small' }));
  body.push(textBlock(ANSWER_WORDS.declineNext, { spacing: 'medium' }));
  for (const p of reply.principles) body.push(bullet(principleHeading(p)));
  body.push(textBlock(readOneSentence((command) => typed(scope, command)), { size: 'small', isSubtle: true, spacing: 'medium' }));
  return cardMessage(ANSWER_WORDS.decline, body, [], [ANSWER_WORDS.decline, ANSWER_WORDS.declineScope].join(' '));
}

/** On topic but not one clear answer: up to three passages of different principles as buttons. */
export function renderClarify(reply: Clarify): TeamsMessage {
  const choices = reply.choices.slice(0, 3);
  const body: CardElement[] = [];
  if (reply.query) body.push(plainText(`${ANSWER_WORDS.youAsked} ${shorten(reply.query, 300)}`, { italic: true }));
  body.push(textBlock(ANSWER_WORDS.clarify, { weight: 'bolder' }));
  choices.forEach((c, i) => body.push(textBlock(`${i + 1}. ${c.title} (${passageHeading(c)})`, { size: 'small', spacing: 'small' })));
  body.push(actionSet(choices.map((c) => submit(choiceLabel(c), clarifyChoice(c.id, reply.ref), { tooltip: c.title }))));
  return cardMessage(ANSWER_WORDS.clarify, body, [], [ANSWER_WORDS.clarify, ...numberedChoices(choices)].join('\n'));
}
