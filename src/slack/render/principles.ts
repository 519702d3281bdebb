import type { PrincipleSummary, Reply } from '../../core/replies';
import { ACTION_IDS } from '../action-ids';
import { encodeReplyRef } from '../../core/reply-ref';
import { actions, button, compose, context, contentSections, header, mrkdwnSection, type Block, type SlackMessage } from './blocks';
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

export function renderPrinciples(reply: PrinciplesReply, options: RenderOptions): SlackMessage {
  return compose(`The ten ThinkAgain principles: ${principleListPlain(reply.principles)}`, [
    header('The ten ThinkAgain principles'),
    mrkdwnSection(principleListMrkdwn(reply.principles)),
    context(`Type \`${escapeMrkdwn(options.commandPrefix)}principle 5\` or \`${escapeMrkdwn(options.commandPrefix)}principle commissioning\` to read one in full.`),
  ]);
}

/** One principle in full: summary, what to do, what not to do, sources. */
export function renderPrinciple(reply: PrincipleReply, options: RenderOptions): SlackMessage {
  const p = reply.principle;
  const body: Block[] = [
    header(`${p.number}. ${p.title}`),
    context(`Think again about ${escapeMrkdwn(p.thinkAgainAbout)}.`),
    ...contentSections(p.summary),
    ...contentSections(`**Do**\n${p.do.map((d) => `• ${d}`).join('\n')}`),
    ...contentSections(`**Don’t**\n${p.dont.map((d) => `• ${d}`).join('\n')}`),
    context(`ThinkAgain principle drawn from ${escapeMrkdwn(reply.sources.map((s) => s.short).join('; '))}.`),
  ];
  const footer = options.shareable ? [actions('principle_actions', [button('Share in channel', ACTION_IDS.share, encodeReplyRef({ kind: 'principle', slug: p.slug }), 'primary')])] : [];
  return compose(`${p.number}. ${p.title}. ${p.summary}`, body, footer);
}

export function renderUnknownPrinciple(reply: UnknownPrincipleReply): SlackMessage {
  const ref = truncate(reply.ref, 100);
  return compose(`There is no principle “${ref}”.`, [mrkdwnSection(`There is no principle “${escapeMrkdwn(ref)}”. The ten are:\n${principleListMrkdwn(reply.principles)}`)]);
}
