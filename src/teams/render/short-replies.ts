import type { Reply } from '../../core/replies';
import { describeSchedule } from '../../core/schedule/weekly-schedule';
import { textMessage, type TeamsMessage } from './card';
import { escapeUserText } from './escape';

type Short = Extract<Reply, { kind: 'subscribed' | 'unsubscribed' | 'status' | 'invalid-schedule' | 'subscriptions-unavailable' }>;

/** Subscription replies are one sentence: plain text, no card. */
export function renderShort(reply: Short): TeamsMessage {
  switch (reply.kind) {
    case 'subscribed':
      return textMessage(`${reply.changed ? 'Subscribed' : 'Already subscribed'}: weekly tips here on ${describeSchedule(reply.subscription.schedule)}.`);
    case 'unsubscribed':
      return textMessage(reply.wasSubscribed ? 'Done: no more weekly tips here.' : 'This conversation had no weekly tips to stop.');
    case 'status': {
      const s = reply.subscription;
      if (!s) return textMessage('No weekly tips here. Type "subscribe" to start them.');
      if (!s.active) return textMessage(`Weekly tips here have stopped${s.endedReason ? `: ${s.endedReason}` : ''}. Type "subscribe" to start again.`);
      return textMessage(`Weekly tips here on ${describeSchedule(s.schedule)}; ${s.tipsSent} sent so far.`);
    }
    case 'invalid-schedule':
      // The problem quotes the word the user typed: make it inert.
      return textMessage(escapeUserText(reply.problem));
    case 'subscriptions-unavailable':
      return textMessage(
        reply.reason === 'store-down'
          ? 'Subscriptions cannot be changed right now because the database is not answering. Please try again in a few minutes; questions still work.'
          : 'Weekly tips are not switched on for this bot yet. Questions, tips and principles all work.',
      );
  }
}

/** Replies to card buttons and failures that have no core reply of their own. */
export const ACKNOWLEDGEMENTS = {
  feedbackThanks: (helpful: boolean): TeamsMessage => textMessage(helpful ? 'Thanks, glad that helped.' : 'Thanks for telling me. Try asking in other words, or type "principles" to browse.'),
  passageGone: (): TeamsMessage => textMessage('That passage is no longer available. Ask your question again for the latest advice.'),
  unknownSubmission: (): TeamsMessage => textMessage('Sorry, I did not recognise that button; it may be from an older card. Type "help" to see what I can do.'),
  apology: (): TeamsMessage => textMessage('Sorry, something went wrong on my side while answering. Please try again in a moment.'),
};
