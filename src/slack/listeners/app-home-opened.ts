import type { SlackDeps } from '../slack-deps';
import type { WorkspaceSubscription } from '../../core/ports';
import { describeError } from '../bot-identity';
import { renderHome } from '../render/home';
import { handled } from './handled';
import type { SlackListener } from './listener';

/** The Home tab: published each time a user opens it, so it always shows current subscriptions. */
export const appHomeOpenedListener: SlackListener = {
  name: 'app home',
  declares: { events: ['app_home_opened'] },
  register(app, deps) {
    app.event('app_home_opened', async ({ event, client, body, context }) => {
      if (event.tab !== 'home') return;
      const teamId = body.team_id ?? context.teamId;
      await handled(deps, { kind: 'app_home', outcome: 'ok' }, { failure: 'Slack Home tab could not be published' }, async () => {
        const view = renderHome(deps.assistant.views.principleList(), await workspaceSubscriptions(deps, teamId));
        await client.views.publish({ user_id: event.user, view });
      });
    });
  },
};

/** This workspace's subscriptions for the Home tab, or undefined when there is no store (or it is down). */
export async function workspaceSubscriptions(deps: SlackDeps, teamId: string | undefined): Promise<WorkspaceSubscription[] | undefined> {
  if (!deps.subscriptionDirectory || !teamId) return undefined;
  try {
    return await deps.subscriptionDirectory.listForWorkspace('slack', teamId);
  } catch (error) {
    deps.logger.warn({ err: describeError(error) }, 'Home tab shown without subscriptions: the store did not answer');
    return undefined;
  }
}
