import type { SlackDeps } from '../slack-deps';
import type { WorkspaceSubscription } from '../../core/ports';
import { logInteraction } from '../../logging/interaction-log';
import { describeError } from '../bot-identity';
import { renderHome } from '../render/home';
import type { SlackListener } from './listener';

/** The Home tab: published each time a user opens it, so it always shows current subscriptions. */
export const appHomeOpenedListener: SlackListener = {
  name: 'app home',
  declares: { events: ['app_home_opened'] },
  register(app, deps) {
    app.event('app_home_opened', async ({ event, client, body, context }) => {
      if (event.tab !== 'home') return;
      const startedAt = performance.now();
      const teamId = body.team_id ?? context.teamId;
      try {
        const view = renderHome(deps.assistant.views.principleList(), await workspaceSubscriptions(deps, teamId));
        await client.views.publish({ user_id: event.user, view });
        logInteraction(deps.logger, { platform: 'slack', kind: 'app_home', startedAt, outcome: 'ok' });
      } catch (error) {
        deps.logger.error({ err: describeError(error) }, 'Slack Home tab could not be published');
        logInteraction(deps.logger, { platform: 'slack', kind: 'app_home', startedAt, outcome: 'error' });
      }
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
