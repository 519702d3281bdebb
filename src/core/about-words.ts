import type { Reply } from './replies';

type AboutReply = Extract<Reply, { kind: 'about' }>;

/** What the bot can and cannot do, for `about`. */
export const CAPABILITIES = {
  can: 'It gives short, general guidance drawn from the paper and its authors’ related research, always with the source.',
  cannot: 'It is not legal, procurement or financial advice, it does not know your local context, and it does not read or keep your messages beyond answering them.',
};

export const ABOUT_HEADING = 'About ThinkAgain';

/** The label of the link to the paper, where a surface can show one. */
export const READ_THE_PAPER = 'Read the paper';

/** The `about` reply's paragraphs, worded once for every surface: the paper, the synthesis, the limits. */
export function aboutParagraphs(reply: AboutReply): string[] {
  return [
    `The advice comes from ${reply.paper.citation}`,
    `The ${reply.principleCount} ThinkAgain principles are this project’s synthesis of the paper and its authors’ related research, not quotations. ${reply.passageCount} short passages answer questions, each with its source.`,
    `${CAPABILITIES.can} ${CAPABILITIES.cannot}`,
  ];
}
