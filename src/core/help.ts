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

/** What the bot can and cannot do, for `about`. */
export const CAPABILITIES = {
  can: 'It gives short, general guidance drawn from the paper and its authors’ related research, always with the source.',
  cannot: 'It is not legal, procurement or financial advice, it does not know your local context, and it does not read or keep your messages beyond answering them.',
};
