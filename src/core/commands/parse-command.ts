import type { Command } from './command';
import { cleanInput } from './clean-input';
import { parseScheduleWords } from '../schedule/parse-schedule';

/**
 * Turns a message into a command. Command words are only recognised as the first word, so a question
 * such as "how do volunteers help" is a question, not the `help` command.
 */
export function parseCommand(raw: string): Command {
  const text = cleanInput(raw);
  const [first = '', ...rest] = text.split(' ');
  const word = first.toLowerCase().replace(/[?!.:,]+$/, '');
  const args = rest.join(' ').trim();

  if (text === '' || (word === 'help' && args === '') || text === '?') return { kind: 'help' };
  if ((word === 'principles' || word === 'list') && args === '') return { kind: 'principles' };
  if (word === 'principle' && args !== '') return { kind: 'principle', ref: args };
  if (word === 'principle' || word === 'principles') return { kind: 'principles' };
  if ((word === 'tip' || word === 'tips') && args === '') return { kind: 'tip' };
  if (word === 'about' && args === '') return { kind: 'about' };
  if (word === 'unsubscribe' && args === '') return { kind: 'unsubscribe' };
  if (word === 'status' && args === '') return { kind: 'status' };
  if (word === 'subscribe') {
    const parsed = parseScheduleWords(args);
    return parsed.ok ? { kind: 'subscribe', schedule: parsed.schedule } : { kind: 'subscribe-invalid', problem: parsed.problem };
  }
  return { kind: 'ask', query: text };
}
