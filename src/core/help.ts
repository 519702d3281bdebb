/** The command grammar, in the order help shows it. Renderers add the platform's prefix. */
export const HELP_ENTRIES: ReadonlyArray<{ usage: string; description: string }> = [
  { usage: '<your question>', description: 'advice on working with charities and community groups, with its source' },
  { usage: 'principles', description: 'the ten ThinkAgain principles, one line each' },
  { usage: 'principle <1-10 or name>', description: 'one principle in full: what to do, what to avoid, sources' },
  { usage: 'tip', description: 'a practical tip now' },
  { usage: 'subscribe [day] [HH:MM] [time zone]', description: 'a weekly tip in this conversation (default Monday 09:00 Europe/London)' },
  { usage: 'unsubscribe', description: 'stop the weekly tips here' },
  { usage: 'status', description: 'this conversation’s weekly tip subscription' },
  { usage: 'about', description: 'the paper behind the advice, and what this bot can and cannot do' },
  { usage: 'help', description: 'this message' },
];

export const EXAMPLE_QUESTIONS: readonly string[] = [
  'should this be a grant or a contract?',
  'how do we consult small groups?',
  'how much monitoring is proportionate?',
];

/** The sentences around the command list. */
export const HELP_WORDS = {
  title: 'ThinkAgain: advice on working with the third sector',
  /** A one-line name for the help reply, where a surface shows one before the whole (a notification, a card summary). */
  summary: 'How to use ThinkAgain',
  intro: 'Ask a question in your own words, or use a command:',
  tryPrefix: 'Try:',
};
