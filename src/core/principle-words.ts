import type { TypedCommand } from './typed-command';

/**
 * The sentences around the ten principles (the list, one principle in full, an unknown principle, a
 * tip), worded once for every surface. A command inside a sentence comes through `typed`, so each
 * surface marks it up as it types commands there (a quoted "principle 5", Slack's `/thinkagain principle 5`).
 */
export const PRINCIPLE_WORDS = {
  listHeading: 'The ten ThinkAgain principles',
  doHeading: 'Do',
  dontHeading: 'Don’t',
  readWhole: 'Read the whole principle',
  tipHeadingPrefix: 'Tip',
  /** Where a surface heads the reply to an unknown principle (a card title). */
  unknownHeading: 'No such principle',
  /** Before the list of the ten, under an unknown principle. */
  theTenAre: 'The ten are:',
} as const;

/** Under a list of the principles (the list itself, or a decline): how to open one. */
export function readOneSentence(typed: TypedCommand): string {
  return `Type ${typed('principle 5')} or ${typed('principle commissioning')} to read one in full.`;
}

/** Under a principle's heading: what it asks people to think again about. */
export function thinkAgainAboutSentence(theme: string): string {
  return `Think again about ${theme}.`;
}

/** At the foot of a principle in full: the sources it draws on (short names, as each surface shows them). */
export function drawnFromSentence(sources: readonly string[]): string {
  return `ThinkAgain principle drawn from ${sources.join('; ')}.`;
}

/** When `principle <ref>` names none of the ten; `ref` is the person's own words, escaped by each surface. */
export function unknownPrincipleSentence(ref: string): string {
  return `There is no principle "${ref}".`;
}

/** Where the ten cannot be listed (a one-line fallback): how to see them. */
export function seeTheTenSentence(typed: TypedCommand): string {
  return `Type ${typed('principles')} to see the ten.`;
}

/** The heading of a tip: "Tip · " and the principle's heading as the surface writes it. */
export function tipHeading(principleHeading: string): string {
  return `${PRINCIPLE_WORDS.tipHeadingPrefix} · ${principleHeading}`;
}
