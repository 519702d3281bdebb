import type { PrincipleSummary, Reply } from '../../core/replies';
import { openPrinciple } from '../card-actions';
import { actionSet, bullet, cardMessage, plainText, submit, textBlock, textMessage, type CardElement, type TeamsMessage } from './card';
import { escapeUserText, shorten } from './escape';
import { principleHeading } from './citation';
import { drawnFromSentence, PRINCIPLE_WORDS, readOneSentence, seeTheTenSentence, thinkAgainAboutSentence, unknownPrincipleSentence } from '../../core/principle-words';
import { typed, type TeamsScope } from './scope';

type Principles = Extract<Reply, { kind: 'principles' }>;
type OnePrinciple = Extract<Reply, { kind: 'principle' }>;
type UnknownPrinciple = Extract<Reply, { kind: 'unknown-principle' }>;

/** The ten principles, one row each with a "Read" button (the whole row is tappable too). */
export function renderPrinciples(reply: Principles, scope: TeamsScope): TeamsMessage {
  const body: CardElement[] = [textBlock(PRINCIPLE_WORDS.listHeading, { size: 'medium', weight: 'bolder' })];
  for (const p of reply.principles) body.push(principleRow(p));
  const readOne = readOneSentence((command) => typed(scope, command));
  body.push(textBlock(readOne, { size: 'small', isSubtle: true, spacing: 'medium' }));
  const fallback = [PRINCIPLE_WORDS.listHeading, ...reply.principles.map((p) => `${principleHeading(p)}: ${thinkAgainAboutSentence(p.thinkAgainAbout)}`), readOne].join('\n');
  return cardMessage(PRINCIPLE_WORDS.listHeading, body, [], fallback);
}

/** One principle in full: what to do, what not to do, and its sources. */
export function renderPrinciple(reply: OnePrinciple): TeamsMessage {
  const p = reply.principle;
  const sources = drawnFromSentence(reply.sources.map((s) => s.short));
  const body: CardElement[] = [
    textBlock(principleHeading(p), { size: 'medium', weight: 'bolder' }),
    textBlock(thinkAgainAboutSentence(p.thinkAgainAbout), { isSubtle: true, spacing: 'none' }),
    textBlock(p.summary),
    textBlock(PRINCIPLE_WORDS.doHeading, { weight: 'bolder', spacing: 'medium' }),
    ...p.do.map(bullet),
    textBlock(PRINCIPLE_WORDS.dontHeading, { weight: 'bolder', spacing: 'medium' }),
    ...p.dont.map(bullet),
    textBlock(sources, { size: 'small', isSubtle: true, spacing: 'medium' }),
  ];
  const actions = p.number < 10 ? [submit('Next principle', openPrinciple(String(p.number + 1)))] : [];
  const fallback = [principleHeading(p), p.summary, `${PRINCIPLE_WORDS.doHeading}:`, ...p.do.map((d) => `• ${d}`), `${PRINCIPLE_WORDS.dontHeading}:`, ...p.dont.map((d) => `• ${d}`), sources].join('\n');
  return cardMessage(shorten(principleHeading(p), 120), body, actions, fallback);
}

/** "There is no principle X": echoes the user's words as plain text, then lists the ten. */
export function renderUnknownPrinciple(reply: UnknownPrinciple, scope: TeamsScope): TeamsMessage {
  const ref = shorten(reply.ref, 80);
  const body: CardElement[] = [
    textBlock(PRINCIPLE_WORDS.unknownHeading, { weight: 'bolder' }),
    plainText(`${unknownPrincipleSentence(ref)} ${PRINCIPLE_WORDS.theTenAre}`),
    ...reply.principles.map((p) => principleRow(p)),
  ];
  const fallback = `${unknownPrincipleSentence(escapeUserText(ref))} ${seeTheTenSentence((command) => typed(scope, command))}`;
  return reply.principles.length ? cardMessage(PRINCIPLE_WORDS.unknownHeading, body, [], fallback) : textMessage(fallback);
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
        items: [textBlock(principleHeading(p), { weight: 'bolder', spacing: 'none' }), textBlock(thinkAgainAboutSentence(p.thinkAgainAbout), { isSubtle: true, spacing: 'none', size: 'small' })],
      },
      { type: 'Column', width: 'auto', verticalContentAlignment: 'center', items: [actionSet([read])] },
    ],
  };
}
