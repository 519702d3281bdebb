import type { PrincipleSummary, Reply } from '../../core/replies';
import { ACTION_IDS } from '../action-ids';
import { encodeReplyRef } from '../../core/reply-ref';
import { actions, button, compose, context, contentSections, header, mrkdwnSection, type Block, type SlackMessage } from './blocks';
import { drawnFromSentence, PRINCIPLE_WORDS, readOneSentence, thinkAgainAboutSentence, unknownPrincipleSentence } from '../../core/principle-words';
import type { TypedCommand } from '../../core/typed-command';
import type { RenderOptions } from './options';
import { escapeMrkdwn, truncate } from './text';

type PrinciplesReply = Extract<Reply, { kind: 'principles' }>;
type PrincipleReply = Extract<Reply, { kind: 'principle' }>;
type UnknownPrincipleReply = Extract<Reply, { kind: 'unknown-principle' }>;

/** "*1.* Title — think again about …", one line each. */
export function principleListMrkdwn(principles: PrincipleSummary[]): string {
  return principles.map((p) => `*${p.number}.* ${escapeMrkdwn(p.title)}  _(think again about ${escapeMrkdwn(p.thinkAgainAbout)})_`).join('\n');
}

function principleListPlain(principles: PrincipleSummary[]): string {
  return principles.map((p) => `${p.number}. ${p.title}`).join('; ');
}

/** A command inside a sentence, as Slack shows one: in code style, typed as it works here. */
export function slackCommand(options: RenderOptions): TypedCommand {
  return (command) => `\`${escapeMrkdwn(options.commandPrefix)}${command}\``;
}

export function renderPrinciples(reply: PrinciplesReply, options: RenderOptions): SlackMessage {
  return compose(`${PRINCIPLE_WORDS.listHeading}: ${principleListPlain(reply.principles)}`, [
    header(PRINCIPLE_WORDS.listHeading),
    mrkdwnSection(principleListMrkdwn(reply.principles)),
    context(readOneSentence(slackCommand(options))),
  ]);
}

/** One principle in full: summary, what to do, what not to do, sources. */
export function renderPrinciple(reply: PrincipleReply, options: RenderOptions): SlackMessage {
  const p = reply.principle;
  const body: Block[] = [
    header(`${p.number}. ${p.title}`),
    context(escapeMrkdwn(thinkAgainAboutSentence(p.thinkAgainAbout))),
    ...contentSections(p.summary),
    ...contentSections(`**${PRINCIPLE_WORDS.doHeading}**\n${p.do.map((d) => `• ${d}`).join('\n')}`),
    ...contentSections(`**${PRINCIPLE_WORDS.dontHeading}**\n${p.dont.map((d) => `• ${d}`).join('\n')}`),
    context(escapeMrkdwn(drawnFromSentence(reply.sources.map((s) => s.short)))),
  ];
  const footer = options.shareable ? [actions('principle_actions', [button('Share in channel', ACTION_IDS.share, encodeReplyRef({ kind: 'principle', slug: p.slug }), 'primary')])] : [];
  return compose(`${p.number}. ${p.title}. ${p.summary}`, body, footer);
}

export function renderUnknownPrinciple(reply: UnknownPrincipleReply): SlackMessage {
  const ref = truncate(reply.ref, 100);
  const sentence = unknownPrincipleSentence(ref);
  return compose(sentence, [mrkdwnSection(`${escapeMrkdwn(sentence)} ${PRINCIPLE_WORDS.theTenAre}\n${principleListMrkdwn(reply.principles)}`)]);
}
