import { CAPABILITIES, EXAMPLE_QUESTIONS, HELP_ENTRIES } from '../../core/help';
import type { Reply } from '../../core/replies';
import { openPrinciple } from '../card-actions';
import { cardMessage, openUrl, submit, textBlock, type CardAction, type CardElement, type TeamsMessage } from './card';
import { principleHeading } from './citation';
import { commandPrefix, type TeamsScope } from './scope';
import { WEEKLY_TIP_HEADING, weeklyTipStopLine } from '../../core/weekly-tip-words';

type About = Extract<Reply, { kind: 'about' }>;
type Tip = Extract<Reply, { kind: 'tip' }>;

const MENTION_NOTE = 'In a channel or group chat, start with @ThinkAgain; in a personal chat, just type.';

/** How to use the bot: the whole grammar, and example questions. */
export function renderHelp(): TeamsMessage {
  const body: CardElement[] = [
    textBlock('ThinkAgain: advice on working with the third sector', { size: 'medium', weight: 'bolder' }),
    textBlock(`Ask a question in your own words, or use a command. ${MENTION_NOTE}`),
    ...HELP_ENTRIES.map((e) => textBlock(`**${usage(e.usage)}**: ${e.description}`, { spacing: 'small' })),
    textBlock(`Try: ${EXAMPLE_QUESTIONS.map((q) => `"${q}"`).join(', ')}`, { isSubtle: true, spacing: 'medium' }),
  ];
  const fallback = ['How to use ThinkAgain', MENTION_NOTE, ...HELP_ENTRIES.map((e) => `${usage(e.usage)}: ${e.description}`)].join('\n');
  return cardMessage('How to use ThinkAgain', body, [], fallback);
}

/** The paper, its authors, and what the bot can and cannot do. */
export function renderAbout(reply: About): TeamsMessage {
  const synthesis = `The ${reply.principleCount} ThinkAgain principles are this project’s synthesis of the paper and its authors’ related research, not quotations. ${reply.passageCount} short passages answer questions, each with its source.`;
  const body: CardElement[] = [
    textBlock('About ThinkAgain', { size: 'medium', weight: 'bolder' }),
    textBlock(`The advice comes from ${reply.paper.citation}`),
    textBlock(synthesis),
    textBlock(CAPABILITIES.can),
    textBlock(CAPABILITIES.cannot),
  ];
  const actions: CardAction[] = reply.paper.url ? [openUrl('Read the paper', reply.paper.url)] : [];
  const fallback = ['About ThinkAgain', `The advice comes from ${reply.paper.citation}`, synthesis, CAPABILITIES.can, CAPABILITIES.cannot].join('\n\n');
  return cardMessage('About ThinkAgain', body, actions, fallback);
}

/** One practical tip, with a button to read its principle in full. A weekly tip says what it is and how to stop it. */
export function renderTip(reply: Tip, scope: TeamsScope): TeamsMessage {
  const heading = `Tip · ${principleHeading(reply.principle)}`;
  const actions = [submit('Read the whole principle', openPrinciple(reply.principle.slug))];
  if (!reply.weekly) {
    const body: CardElement[] = [textBlock(heading, { size: 'small', isSubtle: true }), textBlock(reply.tip.text, { spacing: 'small' })];
    return cardMessage(heading, body, actions, `${heading}\n\n${reply.tip.text}`);
  }
  const stop = weeklyTipStopLine(commandPrefix(scope));
  const body: CardElement[] = [
    textBlock(WEEKLY_TIP_HEADING, { weight: 'bolder' }),
    textBlock(heading, { size: 'small', isSubtle: true, spacing: 'none' }),
    textBlock(reply.tip.text, { spacing: 'small' }),
    textBlock(stop, { size: 'small', isSubtle: true, spacing: 'medium' }),
  ];
  return cardMessage(`${WEEKLY_TIP_HEADING} · ${principleHeading(reply.principle)}`, body, actions, [WEEKLY_TIP_HEADING, heading, reply.tip.text, stop].join('\n\n'));
}

/** `<your question>` would be read as an HTML tag by Teams; show it in italics instead. */
function usage(text: string): string {
  return text.replace(/<([^>]+)>/g, '_$1_');
}
