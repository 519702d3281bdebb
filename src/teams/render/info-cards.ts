import { ABOUT_HEADING, aboutParagraphs, READ_THE_PAPER } from '../../core/about-words';
import { EXAMPLE_QUESTIONS, HELP_ENTRIES, HELP_WORDS } from '../../core/help';
import { PRINCIPLE_WORDS, tipHeading } from '../../core/principle-words';
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
    textBlock(HELP_WORDS.title, { size: 'medium', weight: 'bolder' }),
    textBlock(MENTION_NOTE),
    textBlock(HELP_WORDS.intro, { spacing: 'small' }),
    ...HELP_ENTRIES.map((e) => textBlock(`**${usage(e.usage)}**: ${e.description}`, { spacing: 'small' })),
    textBlock(`${HELP_WORDS.tryPrefix} ${EXAMPLE_QUESTIONS.map((q) => `"${q}"`).join(', ')}`, { isSubtle: true, spacing: 'medium' }),
  ];
  const fallback = [HELP_WORDS.summary, MENTION_NOTE, HELP_WORDS.intro, ...HELP_ENTRIES.map((e) => `${usage(e.usage)}: ${e.description}`)].join('\n');
  return cardMessage(HELP_WORDS.summary, body, [], fallback);
}

/** The paper, its authors, and what the bot can and cannot do. */
export function renderAbout(reply: About): TeamsMessage {
  const paragraphs = aboutParagraphs(reply);
  const body: CardElement[] = [textBlock(ABOUT_HEADING, { size: 'medium', weight: 'bolder' }), ...paragraphs.map((p) => textBlock(p))];
  const actions: CardAction[] = reply.paper.url ? [openUrl(READ_THE_PAPER, reply.paper.url)] : [];
  return cardMessage(ABOUT_HEADING, body, actions, [ABOUT_HEADING, ...paragraphs].join('\n\n'));
}

/** One practical tip, with a button to read its principle in full. A weekly tip says what it is and how to stop it. */
export function renderTip(reply: Tip, scope: TeamsScope): TeamsMessage {
  const heading = tipHeading(principleHeading(reply.principle));
  const actions = [submit(PRINCIPLE_WORDS.readWhole, openPrinciple(reply.principle.slug))];
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
