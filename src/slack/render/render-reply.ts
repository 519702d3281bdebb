import type { Reply } from '../../core/replies';
import { renderAnswer, renderClarify, renderNoMatch } from './answer';
import type { SlackMessage } from './blocks';
import { goneNotice } from './notices';
import { renderAbout, renderHelp } from './help';
import type { RenderOptions } from './options';
import { renderPrinciple, renderPrinciples, renderUnknownPrinciple } from './principles';
import { renderSubscription } from './subscriptions';
import { renderTip } from './tip';

/** Any core reply as a Block Kit message with a plain-text fallback. Pure. */
export function renderReply(reply: Reply, options: RenderOptions): SlackMessage {
  switch (reply.kind) {
    case 'answer':
      return renderAnswer(reply, options);
    case 'clarify':
      return renderClarify(reply);
    case 'no-match':
      return renderNoMatch(reply, options);
    case 'passage-gone':
      return goneNotice();
    case 'help':
      return renderHelp(options);
    case 'about':
      return renderAbout(reply);
    case 'principles':
      return renderPrinciples(reply, options);
    case 'principle':
      return renderPrinciple(reply, options);
    case 'unknown-principle':
      return renderUnknownPrinciple(reply);
    case 'tip':
      return renderTip(reply, options);
    case 'subscribed':
    case 'unsubscribed':
    case 'status':
    case 'invalid-schedule':
    case 'subscriptions-unavailable':
      return renderSubscription(reply, options);
  }
}
