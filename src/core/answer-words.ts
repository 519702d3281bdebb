import type { Citation, PassageView } from './replies';

/** Every sentence around an answer, clarify or decline, worded once for every surface. */
export const ANSWER_WORDS = {
  decline: 'I could not find advice on that in the ThinkAgain guidance, so I will not guess.',
  declineScope: 'I answer questions about working with charities, community groups, volunteers and the wider VCSE sector.',
  declineNext: 'Start from one of the ten principles:',
  clarify: 'I found advice on a few topics, but none that clearly answers that. Which did you mean?',
  passageGone: 'Sorry, that advice is no longer in the knowledge base. Ask your question again for the current advice.',
  signpostLabel: 'Legal or regulatory: check with your team',
  /** Before the person's own words, above a decline or a clarify. */
  youAsked: 'You asked:',
  /** Above the further matches under an answer. */
  moreOnThis: 'More on this:',
  /** The feedback buttons under an answer, on the surfaces that have buttons. */
  helpful: '👍 Helpful',
  notHelpful: '👎 Not helpful',
} as const;

/** The longest button label that reads whole in a Teams chat column and a Slack message. */
export const CHOICE_LABEL_CHARS = 40;

/** A clarify choice as a short button label: the passage title, cut at a word boundary. */
export function choiceLabel(choice: PassageView): string {
  const title = choice.title.replace(/\s+/g, ' ').trim();
  if (title.length <= CHOICE_LABEL_CHARS) return title;
  const cut = title.slice(0, CHOICE_LABEL_CHARS - 1);
  // A cut that lands just before a space keeps its last word whole.
  const space = title[cut.length] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${(space > CHOICE_LABEL_CHARS / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** The clarify choices as numbered lines, for text surfaces and fallbacks. */
export function numberedChoices(choices: PassageView[]): string[] {
  return choices.map((c, i) => `${i + 1}. ${c.title}`);
}

/**
 * The "Source:" sentence under every passage, honest about whether the wording is ThinkAgain's synthesis
 * or what the source itself reports. `name` is the source as each surface shows it (a link in Slack).
 */
export function citationSentence(c: Citation, name: string = c.short): string {
  if (c.basis === 'synthesis') return `Source: ThinkAgain synthesis drawn from ${name}.`;
  return `Source: reported in ${name}.`;
}

/** A label above a passage that needs the reader's own team: shown for signposts on every surface. */
export function passageLabel(p: Pick<PassageView, 'kind'>): string | undefined {
  return p.kind === 'signpost' ? ANSWER_WORDS.signpostLabel : undefined;
}
