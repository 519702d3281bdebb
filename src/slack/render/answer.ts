import type { PassageView, Reply } from '../../core/replies';
import { ACTION_IDS, showPassageActionId } from '../action-ids';
import { encodeReplyRef } from '../reply-ref';
import { actions, button, compose, context, contentSections, mrkdwnSection, type Block, type SlackMessage } from './blocks';
import { citationMrkdwn, citationPlain, passageHeading } from './citation';
import type { RenderOptions } from './options';
import { principleListMrkdwn } from './principles';
import { escapeMrkdwn, truncate } from './text';

type AnswerReply = Extract<Reply, { kind: 'answer' }>;
type NoMatchReply = Extract<Reply, { kind: 'no-match' }>;

/** The best-matching advice: heading, title, advice, citation, up to two further matches, share and feedback. */
export function renderAnswer(reply: AnswerReply, options: RenderOptions): SlackMessage {
  const { answer } = reply;
  const footer: Block[] = [context(citationMrkdwn(answer.citation))];
  const more = reply.more.slice(0, 2);
  if (more.length) {
    footer.push(context('*More on this:*'));
    footer.push(actions('further_matches', more.map((m, i) => button(m.title, showPassageActionId(i), m.id))));
  }
  footer.push(answerFooter(answer, options));
  return compose(`${passageHeading(answer)}: ${sentence(answer.title)} ${answer.body} ${citationPlain(answer.citation)}`, passageBlocks(answer), footer);
}

/** The passage itself: principle heading, bold title, advice (the citation goes with the footer, so it is never cut). */
export function passageBlocks(p: PassageView): Block[] {
  return [context(`*${escapeMrkdwn(passageHeading(p))}*`), mrkdwnSection(`*${escapeMrkdwn(truncate(p.title, 300))}*`), ...contentSections(p.body)];
}

export function answerFooter(p: PassageView, options: RenderOptions): Block {
  const buttons = [];
  if (options.shareable) buttons.push(button('Share in channel', ACTION_IDS.share, encodeReplyRef({ kind: 'passage', id: p.id }), 'primary'));
  buttons.push(button('👍 Helpful', ACTION_IDS.feedbackUp, p.id), button('👎 Not helpful', ACTION_IDS.feedbackDown, p.id));
  return actions('answer_actions', buttons);
}

/** An honest "no confident match": the nearest topics as buttons, and the ten principles. */
export function renderNoMatch(reply: NoMatchReply, options: RenderOptions): SlackMessage {
  const query = truncate(reply.query, 200);
  const body: Block[] = [mrkdwnSection(`I could not find advice that answers “${escapeMrkdwn(query)}” with confidence, so I will not guess.`)];
  const nearest = reply.nearest.slice(0, 3);
  if (nearest.length) {
    body.push(context('*The nearest topics I have:*'));
    body.push(actions('nearest_topics', nearest.map((n, i) => button(n.title, showPassageActionId(i), n.id))));
  }
  body.push(mrkdwnSection(`*Or start from one of the ten principles:*\n${principleListMrkdwn(reply.principles)}`));
  body.push(context(`Type \`${escapeMrkdwn(options.commandPrefix)}principle 5\` to read one in full.`));
  return compose(`I could not find advice that answers “${query}” with confidence, so I will not guess.`, body);
}

/** A title as a sentence in the fallback text: "Who is the civic core?" keeps its question mark. */
function sentence(title: string): string {
  return /[.?!:]$/.test(title) ? title : `${title}.`;
}
