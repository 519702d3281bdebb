import { ANSWER_WORDS } from '../../core/answer-words';
import { subscriptionSentence, type SubscriptionReply } from '../../core/subscription-text';
import { textMessage, type TeamsMessage } from './card';
import { escapeUserText } from './escape';
import { commandPrefix, typed, type TeamsScope } from './scope';

/** Subscription replies are one sentence: plain text, no card. */
export function renderShort(reply: SubscriptionReply, scope: TeamsScope): TeamsMessage {
  const text = subscriptionSentence(reply, { platform: 'teams', commandPrefix: commandPrefix(scope) });
  // A schedule problem quotes the word the user typed: make it inert.
  return textMessage(reply.kind === 'invalid-schedule' ? escapeUserText(text) : text);
}

/** Replies to card buttons and failures that have no core reply of their own. */
export const ACKNOWLEDGEMENTS = {
  feedbackThanks: (helpful: boolean, scope: TeamsScope): TeamsMessage =>
    textMessage(helpful ? 'Thanks, glad that helped.' : `Thanks for telling me. Try asking in other words, or type ${typed(scope, 'principles')} to browse.`),
  passageGone: (): TeamsMessage => textMessage(ANSWER_WORDS.passageGone),
  unknownSubmission: (scope: TeamsScope): TeamsMessage => textMessage(`Sorry, I did not recognise that button; it may be from an older card. Type ${typed(scope, 'help')} to see what I can do.`),
  apology: (): TeamsMessage => textMessage('Sorry, something went wrong on my side while answering. Please try again in a moment.'),
};
