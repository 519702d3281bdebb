import { ABOUT_HEADING, aboutParagraphs } from '../../core/about-words';
import { EXAMPLE_QUESTIONS, HELP_ENTRIES, HELP_WORDS } from '../../core/help';
import type { Reply } from '../../core/replies';
import { compose, context, contentSections, header, mrkdwnSection, type SlackMessage } from './blocks';
import type { RenderOptions } from './options';
import { escapeMrkdwn } from './text';

type AboutReply = Extract<Reply, { kind: 'about' }>;

/** The command grammar, with this surface's prefix (`/thinkagain `, `@ThinkAgain `, or nothing in a DM). */
export function helpLines(prefix: string): string {
  return HELP_ENTRIES.map((e) => `\`${escapeMrkdwn(`${prefix}${e.usage}`)}\`  ${escapeMrkdwn(e.description)}`).join('\n');
}

export function exampleLine(): string {
  return `${HELP_WORDS.tryPrefix} ${EXAMPLE_QUESTIONS.map((q) => `“${escapeMrkdwn(q)}”`).join(', ')}`;
}

export function renderHelp(options: RenderOptions): SlackMessage {
  return compose(`${HELP_WORDS.title}. ${HELP_WORDS.intro} ${HELP_ENTRIES.map((e) => `${options.commandPrefix}${e.usage}`).join(', ')}`, [
    header(HELP_WORDS.title),
    mrkdwnSection(escapeMrkdwn(HELP_WORDS.intro)),
    mrkdwnSection(helpLines(options.commandPrefix)),
    context(exampleLine()),
  ]);
}

/** The paper, its authors, and what the bot can and cannot do. */
export function renderAbout(reply: AboutReply): SlackMessage {
  const paragraphs = aboutParagraphs(reply);
  return compose(`${ABOUT_HEADING}. ${paragraphs[0] ?? ''}`, [header(ABOUT_HEADING), ...paragraphs.flatMap((p) => contentSections(p))]);
}
