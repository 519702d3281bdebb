import type { Reply } from '../../core/replies';
import { renderAnswer, renderClarify, renderNoMatch } from './answer-cards';
import { renderAbout, renderHelp, renderTip } from './info-cards';
import { renderPrinciple, renderPrinciples, renderUnknownPrinciple } from './principle-cards';
import type { TeamsScope } from './scope';
import { renderShort } from './short-replies';
import { textMessage, type TeamsMessage } from './card';
import { ANSWER_WORDS } from '../../core/answer-words';

/** Any core reply as a Teams message: an Adaptive Card with a summary, or one line of text. `scope` decides how commands are typed. Pure. */
export function renderReply(reply: Reply, scope: TeamsScope): TeamsMessage {
  switch (reply.kind) {
    case 'answer':
      return renderAnswer(reply);
    case 'clarify':
      return renderClarify(reply);
    case 'no-match':
      return renderNoMatch(reply, scope);
    case 'passage-gone':
      return textMessage(ANSWER_WORDS.passageGone);
    case 'help':
      return renderHelp();
    case 'principles':
      return renderPrinciples(reply, scope);
    case 'principle':
      return renderPrinciple(reply);
    case 'unknown-principle':
      return renderUnknownPrinciple(reply, scope);
    case 'tip':
      return renderTip(reply, scope);
    case 'about':
      return renderAbout(reply);
    case 'subscribed':
    case 'unsubscribed':
    case 'status':
    case 'invalid-schedule':
    case 'subscriptions-unavailable':
      return renderShort(reply, scope);
  }
}
