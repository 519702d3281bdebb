import type { PassageView, Reply } from '../../core/replies';
import { ANSWER_WORDS, choiceLabel, numberedChoices, passageLabel } from '../../core/answer-words';
import { withInteractionRef } from '../../core/insights/interaction-ref';
import { ACTION_IDS, clarifyChoiceActionId, showPassageActionId } from '../action-ids';
import { encodeReplyRef } from '../../core/reply-ref';
import { actions, button, compose, context, contentSections, mrkdwnSection, type Block, type SlackMessage } from './blocks';
import { citationMrkdwn, citationPlain, passageHeading } from './citation';
import type { RenderOptions } from './options';
import { principleListMrkdwn, slackCommand } from './principles';
import { readOneSentence } from '../../core/principle-words';
import { escapeMrkdwn, truncate } from './text';

type AnswerReply = Extract<Reply, { kind: 'answer' }>;
type NoMatchReply = Extract<Reply, { kind: 'no-match' }>;
type ClarifyReply = Extract<Reply, { kind: 'clarify' }>;

/** The best-matching advice: heading, title, advice, citation, up to two further matches, share and feedback. */
export function renderAnswer(reply: AnswerReply, options: RenderOptions): SlackMessage {
  const { answer } = reply;
  const footer: Block[] = [context(citationMrkdwn(answer.citation))];
  const more = reply.more.slice(0, 2);
  if (more.length) {
    // Button labels are cut to read whole; a cut title is given in full above the buttons.
    const cut = more.filter((m) => choiceLabel(m) !== m.title);
    footer.push(context(cut.length ? `*${ANSWER_WORDS.moreOnThis}* ${more.map((m) => escapeMrkdwn(truncate(m.title, 200))).join(' · ')}` : `*${ANSWER_WORDS.moreOnThis}*`));
    footer.push(actions('further_matches', more.map((m, i) => button(choiceLabel(m), showPassageActionId(i), m.id))));
  }
  footer.push(answerFooter(answer, options, reply.ref));
  const label = passageLabel(answer);
  return compose(`${passageHeading(answer)}: ${label ? `${label}. ` : ''}${sentence(answer.title)} ${answer.body} ${citationPlain(answer.citation)}`, passageBlocks(answer), footer);
}

/** The passage itself: principle heading, bold title, advice (the citation goes with the footer, so it is never cut). */
export function passageBlocks(p: PassageView): Block[] {
  const label = passageLabel(p);
  return [
    context(`*${escapeMrkdwn(passageHeading(p))}*`),
    ...(label ? [context(`:scales: *${escapeMrkdwn(label)}*`)] : []),
    mrkdwnSection(`*${escapeMrkdwn(truncate(p.title, 300))}*`),
    ...contentSections(p.body),
  ];
}

export function answerFooter(p: PassageView, options: RenderOptions, ref?: string): Block {
  const buttons = [];
  if (options.shareable) buttons.push(button('Share in channel', ACTION_IDS.share, encodeReplyRef({ kind: 'passage', id: p.id }), 'primary'));
  buttons.push(button(ANSWER_WORDS.helpful, ACTION_IDS.feedbackUp, withInteractionRef(p.id, ref)), button(ANSWER_WORDS.notHelpful, ACTION_IDS.feedbackDown, withInteractionRef(p.id, ref)));
  return actions('answer_actions', buttons);
}

/** An honest decline: what the bot covers and the ten principles, never unrelated passages. */
export function renderNoMatch(reply: NoMatchReply, options: RenderOptions): SlackMessage {
  const query = truncate(reply.query, 200);
  const body: Block[] = [
    context(`${ANSWER_WORDS.youAsked} ${escapeMrkdwn(query)}`),
    mrkdwnSection(`${ANSWER_WORDS.decline} ${ANSWER_WORDS.declineScope}`),
    mrkdwnSection(`*${ANSWER_WORDS.declineNext}*\n${principleListMrkdwn(reply.principles)}`),
    context(readOneSentence(slackCommand(options))),
  ];
  return compose(`${ANSWER_WORDS.decline} ${ANSWER_WORDS.declineScope}`, body);
}

/** On topic but not one clear answer: up to three passages of different principles, as buttons. */
export function renderClarify(reply: ClarifyReply): SlackMessage {
  const choices = reply.choices.slice(0, 3);
  const body: Block[] = [
    context(`${ANSWER_WORDS.youAsked} ${escapeMrkdwn(truncate(reply.query, 200))}`),
    mrkdwnSection(ANSWER_WORDS.clarify),
    actions('clarify_choices', choices.map((c, i) => button(choiceLabel(c), clarifyChoiceActionId(i), withInteractionRef(c.id, reply.ref)))),
    context(choices.map((c, i) => `${i + 1}. ${escapeMrkdwn(truncate(c.title, 150))} (${escapeMrkdwn(passageHeading(c))})`).join('\n')),
  ];
  return compose([ANSWER_WORDS.clarify, ...numberedChoices(choices)].join(' '), body);
}

/** A title as a sentence in the fallback text: "Who is the civic core?" keeps its question mark. */
function sentence(title: string): string {
  return /[.?!:]$/.test(title) ? title : `${title}.`;
}
