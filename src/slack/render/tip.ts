import type { Reply } from '../../core/replies';
import { PRINCIPLE_WORDS, tipHeading } from '../../core/principle-words';
import { WEEKLY_TIP_HEADING, weeklyTipStopLine } from '../../core/weekly-tip-words';
import { ACTION_IDS } from '../action-ids';
import { encodeReplyRef } from '../../core/reply-ref';
import { actions, button, compose, context, contentSections, type Block, type SlackMessage } from './blocks';
import type { RenderOptions } from './options';
import { escapeMrkdwn } from './text';

type TipReply = Extract<Reply, { kind: 'tip' }>;

/** A tip, now or weekly: the principle it belongs to, the tip, and a way to read the whole principle. A weekly tip says what it is and how to stop it. */
export function renderTip(reply: TipReply, options: RenderOptions): SlackMessage {
  const heading = tipHeading(`${reply.principle.number}. ${reply.principle.title}`);
  const buttons = [button(PRINCIPLE_WORDS.readWhole, ACTION_IDS.readPrinciple, reply.principle.slug)];
  if (options.shareable) buttons.push(button('Share in channel', ACTION_IDS.share, encodeReplyRef({ kind: 'tip', id: reply.tip.id }), 'primary'));
  const footer: Block[] = [actions('tip_actions', buttons)];
  if (!reply.weekly) return compose(`${heading}: ${reply.tip.text}`, [context(`:bulb: *${escapeMrkdwn(heading)}*`), ...contentSections(reply.tip.text)], footer);
  const stop = weeklyTipStopLine(options.commandPrefix);
  footer.push(context(escapeMrkdwn(stop)));
  return compose(
    `${WEEKLY_TIP_HEADING}. ${heading}: ${reply.tip.text} ${stop}`,
    [context(`:calendar: *${WEEKLY_TIP_HEADING}*`, `:bulb: ${escapeMrkdwn(heading)}`), ...contentSections(reply.tip.text)],
    footer,
  );
}
