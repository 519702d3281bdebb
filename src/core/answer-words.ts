import type { PassageView } from './replies';

/** Every sentence around an answer, clarify or decline, worded once for every surface. */
export const ANSWER_WORDS = {
  decline: 'I could not find advice on that in the ThinkAgain guidance, so I will not guess.',
  declineScope: 'I answer questions about working with charities, community groups, volunteers and the wider VCSE sector.',
  declineNext: 'Start from one of the ten principles:',
  clarify: 'I found advice on a few topics, but none that clearly answers that. Which did you mean?',
  passageGone: 'Sorry, that advice is no longer in the knowledge base. Ask your question again for the current advice.',
  signpostLabel: 'Legal or regulatory: check with your team',
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
