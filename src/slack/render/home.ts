import type { types } from '@slack/bolt';
import type { PrincipleSummary } from '../../core/replies';
import { describeSchedule } from '../../core/schedule/weekly-schedule';
import type { WorkspaceSubscription } from '../../core/ports';
import { compose, context, divider, header, mrkdwnSection, type Block } from './blocks';
import { exampleLine, helpLines } from './help';
import { principleListMrkdwn } from './principles';
import { escapeMrkdwn, LIMITS } from './text';

/** The App Home tab: welcome, how to ask, the ten principles, and this workspace's weekly tips. */
export function renderHome(principles: PrincipleSummary[], subscriptions: WorkspaceSubscription[] | undefined): types.HomeView {
  const body: Block[] = [
    header('Welcome to ThinkAgain'),
    mrkdwnSection(
      'Short, cited advice for public bodies on working well with charities, community groups and social enterprises, from the ILG discussion paper _How to work effectively with the third sector_ (Chapman, Mawson, Robinson and Wistow, 2018) and its authors’ related research.',
    ),
    divider(),
    header('How to ask'),
    mrkdwnSection('Type `/thinkagain` and your question anywhere, mention *@ThinkAgain* in a channel, or write to me in the *Messages* tab.'),
    mrkdwnSection(helpLines('/thinkagain ')),
    context(exampleLine()),
    divider(),
    header('The ten principles'),
    mrkdwnSection(principleListMrkdwn(principles)),
    divider(),
    ...workspaceSubscriptionBlocks(subscriptions),
  ];
  return { type: 'home', blocks: compose('ThinkAgain', body, [], LIMITS.homeBlocks, 12_000).blocks };
}

/** This workspace's weekly tip subscriptions; `undefined` means there is no store to ask yet. */
export function workspaceSubscriptionBlocks(subscriptions: WorkspaceSubscription[] | undefined): Block[] {
  const blocks: Block[] = [header('Weekly tips in this workspace')];
  if (subscriptions === undefined) {
    blocks.push(mrkdwnSection('Type `/thinkagain subscribe` in a channel to get a weekly tip there.'));
    return blocks;
  }
  // Channels only: a direct message (D…) is someone's private conversation, and the Home tab is seen by everyone in the workspace.
  const channels = subscriptions.filter((s) => s.subscription.active && isChannelId(s.address.conversationId));
  if (channels.length === 0) {
    blocks.push(mrkdwnSection('No channel gets weekly tips yet. Type `/thinkagain subscribe` in a channel to start them.'));
    return blocks;
  }
  const lines = channels.slice(0, 40).map((s) => `• <#${s.address.conversationId}>: ${escapeMrkdwn(describeSchedule(s.subscription.schedule))}`);
  if (channels.length > 40) lines.push(`…and ${channels.length - 40} more.`);
  blocks.push(mrkdwnSection(lines.join('\n')));
  return blocks;
}

/** A public (C…) or private (G…, or C… on newer workspaces) channel id; never a direct message (D…). */
export function isChannelId(id: string): boolean {
  return /^[CG][A-Z0-9]{2,30}$/.test(id);
}
