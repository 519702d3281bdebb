import type { PrincipleSummary, Reply } from '../../core/replies';
import { openPrinciple } from '../card-actions';
import { actionSet, bullet, cardMessage, plainText, submit, textBlock, textMessage, type CardElement, type TeamsMessage } from './card';
import { escapeUserText, shorten } from './escape';
import { principleHeading } from './citation';
import { typed, type TeamsScope } from './scope';

type Principles = Extract<Reply, { kind: 'principles' }>;
type OnePrinciple = Extract<Reply, { kind: 'principle' }>;
type UnknownPrinciple = Extract<Reply, { kind: 'unknown-principle' }>;

/** The ten principles, one row each with a "Read" button (the whole row is tappable too). */
export function renderPrinciples(reply: Principles, scope: TeamsScope): TeamsMessage {
  const body: CardElement[] = [textBlock('The ten ThinkAgain principles', { size: 'medium', weight: 'bolder' })];
  for (const p of reply.principles) body.push(principleRow(p));
  body.push(textBlock(`Press Read, or type ${typed(scope, 'principle 5')}, to read one in full.`, { size: 'small', isSubtle: true, spacing: 'medium' }));
  const fallback = ['The ten ThinkAgain principles', ...reply.principles.map((p) => `${principleHeading(p)}: think again about ${p.thinkAgainAbout}`)].join('\n');
  return cardMessage('The ten ThinkAgain principles', body, [], fallback);
}

/** One principle in full: what to do, what not to do, and its sources. */
export function renderPrinciple(reply: OnePrinciple): TeamsMessage {
  const p = reply.principle;
  const sources = `ThinkAgain principle drawn from ${reply.sources.map((s) => s.short).join('; ')}.`;
  const body: CardElement[] = [
    textBlock(principleHeading(p), { size: 'medium', weight: 'bolder' }),
    textBlock(`Think again about ${p.thinkAgainAbout}.`, { isSubtle: true, spacing: 'none' }),
    textBlock(p.summary),
    textBlock('Do', { weight: 'bolder', spacing: 'medium' }),
    ...p.do.map(bullet),
    textBlock('Don’t', { weight: 'bolder', spacing: 'medium' }),
    ...p.dont.map(bullet),
    textBlock(sources, { size: 'small', isSubtle: true, spacing: 'medium' }),
  ];
  const actions = p.number < 10 ? [submit('Next principle', openPrinciple(String(p.number + 1)))] : [];
  const fallback = [principleHeading(p), p.summary, 'Do:', ...p.do.map((d) => `• ${d}`), 'Don’t:', ...p.dont.map((d) => `• ${d}`), sources].join('\n');
  return cardMessage(shorten(principleHeading(p), 120), body, actions, fallback);
}

/** "There is no principle X": echoes the user's words as plain text, then lists the ten. */
export function renderUnknownPrinciple(reply: UnknownPrinciple, scope: TeamsScope): TeamsMessage {
  const ref = shorten(reply.ref, 80);
  const body: CardElement[] = [
    textBlock('No such principle', { weight: 'bolder' }),
    plainText(`There is no principle "${ref}". The ten are:`),
    ...reply.principles.map((p) => principleRow(p)),
  ];
  const fallback = `There is no principle "${escapeUserText(ref)}". Type ${typed(scope, 'principles')} to see the ten.`;
  return reply.principles.length ? cardMessage('No such principle', body, [], fallback) : textMessage(fallback);
}

/** A principle as a row: its title and theme on the left, a real "Read" button on the right. */
function principleRow(p: PrincipleSummary): CardElement {
  const read = submit('Read', openPrinciple(p.slug), { tooltip: `Read principle ${p.number} in full` });
  return {
    type: 'ColumnSet',
    spacing: 'small',
    separator: true,
    selectAction: read,
    columns: [
      {
        type: 'Column',
        width: 'stretch',
        verticalContentAlignment: 'center',
        items: [textBlock(principleHeading(p), { weight: 'bolder', spacing: 'none' }), textBlock(`Think again about ${p.thinkAgainAbout}`, { isSubtle: true, spacing: 'none', size: 'small' })],
      },
      { type: 'Column', width: 'auto', verticalContentAlignment: 'center', items: [actionSet([read])] },
    ],
  };
}
