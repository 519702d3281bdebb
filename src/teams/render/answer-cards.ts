import type { PassageView, Reply } from '../../core/replies';
import { feedback, openPrinciple, showPassage } from '../card-actions';
import { actionSet, bullet, cardMessage, openUrl, plainText, submit, textBlock, type CardAction, type CardElement, type TeamsMessage } from './card';
import { citationLine, passageHeading, principleHeading } from './citation';
import { shorten } from './escape';

type Answer = Extract<Reply, { kind: 'answer' }>;
type NoMatch = Extract<Reply, { kind: 'no-match' }>;

/** The best passage, its citation, up to two further matches as buttons, and 👍 / 👎. */
export function renderAnswer(reply: Answer): TeamsMessage {
  const p = reply.answer;
  const more = reply.more.slice(0, 2);
  const body: CardElement[] = [
    textBlock(passageHeading(p), { size: 'small', isSubtle: true }),
    textBlock(p.title, { size: 'medium', weight: 'bolder', spacing: 'none' }),
    textBlock(p.body),
    textBlock(citationLine(p.citation), { size: 'small', isSubtle: true }),
  ];
  if (more.length) {
    body.push(textBlock('More on this:', { size: 'small', weight: 'bolder', spacing: 'medium' }));
    body.push(actionSet(more.map((m) => submit(shorten(m.title, 60), showPassage(m.id)))));
  }
  const actions: CardAction[] = [submit('👍 Helpful', feedback(p.id, true)), submit('👎 Not helpful', feedback(p.id, false))];
  if (p.principle) actions.push(submit(`Principle ${p.principle.number} in full`, openPrinciple(p.principle.slug)));
  if (p.citation.url) actions.push(openUrl('Read the source', p.citation.url));
  const fallback = [passageHeading(p), p.title, p.body, citationLine(p.citation), ...more.map((m) => `More: ${m.title}`)].join('\n\n');
  return cardMessage(shorten(p.title, 120), body, actions, fallback);
}

/** An honest "no confident match": what was asked (as plain text), the nearest topics, the principles. */
export function renderNoMatch(reply: NoMatch): TeamsMessage {
  const body: CardElement[] = [
    textBlock('No confident match', { weight: 'bolder' }),
    textBlock('I could not find advice that answers this with confidence, so I will not guess.', { spacing: 'small' }),
  ];
  if (reply.query) body.push(plainText(`You asked: ${shorten(reply.query, 300)}`, { italic: true }));
  if (reply.nearest.length) {
    body.push(textBlock('The nearest topics I have:', { spacing: 'medium' }));
    body.push(actionSet(reply.nearest.slice(0, 3).map((n: PassageView) => submit(shorten(n.title, 60), showPassage(n.id)))));
  }
  body.push(textBlock('Or start from one of the ten principles (type "principle 5" to read one):', { spacing: 'medium' }));
  for (const p of reply.principles) body.push(bullet(principleHeading(p)));
  const fallback = ['I could not find advice that answers this with confidence, so I will not guess.', ...reply.nearest.map((n) => `Nearest: ${n.title}`)].join('\n');
  return cardMessage('No confident match, so I will not guess.', body, [], fallback);
}
