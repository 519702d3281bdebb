import type { Reply } from '../../core/replies';
import { renderAnswer, renderClarify, renderNoMatch } from './answer-cards';
import type { TeamsMessage } from './card';
import { renderAbout, renderHelp, renderTip } from './info-cards';
import { renderPrinciple, renderPrinciples, renderUnknownPrinciple } from './principle-cards';
import { ACKNOWLEDGEMENTS, renderShort } from './short-replies';

/** Any core reply as a Teams message: an Adaptive Card with a summary, or one line of text. Pure. */
export function renderReply(reply: Reply): TeamsMessage {
  switch (reply.kind) {
    case 'answer':
      return renderAnswer(reply);
    case 'clarify':
      return renderClarify(reply);
    case 'no-match':
      return renderNoMatch(reply);
    case 'passage-gone':
      return ACKNOWLEDGEMENTS.passageGone();
    case 'help':
      return renderHelp();
    case 'principles':
      return renderPrinciples(reply);
    case 'principle':
      return renderPrinciple(reply);
    case 'unknown-principle':
      return renderUnknownPrinciple(reply);
    case 'tip':
      return renderTip(reply);
    case 'about':
      return renderAbout(reply);
    case 'subscribed':
    case 'unsubscribed':
    case 'status':
    case 'invalid-schedule':
    case 'subscriptions-unavailable':
      return renderShort(reply);
  }
}
