import { EXAMPLE_QUESTIONS } from '../../core/help';
import { cardMessage, textBlock, type CardElement, type TeamsMessage } from './card';
import { typed, type TeamsScope } from './scope';

/** Sent once when the app is installed in a team, a group chat or a personal chat. */
export function renderWelcome(scope: TeamsScope): TeamsMessage {
  // In a channel every example carries the @mention, so none of them fails when copied.
  const examples = EXAMPLE_QUESTIONS.map((q) => typed(scope, q));
  const ask = scope === 'personal' ? `Just type a question. Try ${examples.join(' or ')}` : `Mention me with a question, for example ${examples[0]}`;
  const subscribe =
    scope === 'personal'
      ? 'Type "subscribe" for a weekly tip here (Monday 09:00 Europe/London), or "subscribe friday 14:00".'
      : 'Type "@ThinkAgain subscribe" for a weekly tip in this conversation (Monday 09:00 Europe/London by default).';
  const body: CardElement[] = [
    textBlock('Thanks for adding ThinkAgain', { size: 'medium', weight: 'bolder' }),
    textBlock('Short, cited advice for public bodies working with charities and community groups, from *How to work effectively with the third sector* (Chapman et al., 2018) and related research.'),
    textBlock(`**Ask:** ${ask}.`, { spacing: 'medium' }),
    textBlock(`**Weekly tips:** ${subscribe}`),
    textBlock(`Type ${typed(scope, 'help')} for every command, or ${typed(scope, 'principles')} for the ten principles.`, { isSubtle: true }),
  ];
  const fallback = ['Thanks for adding ThinkAgain.', `${ask}.`, subscribe, `Type ${typed(scope, 'help')} for every command.`].join('\n');
  return cardMessage('Thanks for adding ThinkAgain', body, [], fallback);
}
