import { CAPABILITIES, EXAMPLE_QUESTIONS, HELP_ENTRIES } from '../../core/help';
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
  return `Try: ${EXAMPLE_QUESTIONS.map((q) => `“${escapeMrkdwn(q)}”`).join(', ')}`;
}

export function renderHelp(options: RenderOptions): SlackMessage {
  return compose(`ThinkAgain: advice on working with the third sector. Ask a question in your own words, or type ${options.commandPrefix}help.`, [
    header('ThinkAgain: advice on working with the third sector'),
    mrkdwnSection('Ask a question in your own words, or use a command:'),
    mrkdwnSection(helpLines(options.commandPrefix)),
    context(exampleLine()),
  ]);
}

export function renderAbout(reply: AboutReply): SlackMessage {
  return compose(`About ThinkAgain. The advice comes from ${reply.paper.citation}`, [
    header('About ThinkAgain'),
    ...contentSections(`The advice comes from ${reply.paper.citation}`),
    ...contentSections(
      `The ${reply.principleCount} ThinkAgain principles are this project’s synthesis of the paper and its authors’ related research, not quotations. ${reply.passageCount} short passages answer questions, each with its source.`,
    ),
    ...contentSections(`${CAPABILITIES.can}\n${CAPABILITIES.cannot}`),
  ]);
}
