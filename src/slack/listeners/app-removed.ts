import type { SlackDeps } from '../slack-deps';
import { handled } from './handled';
import type { SlackListener } from './listener';

export const REMOVED_REASON = 'ThinkAgain was removed from this Slack workspace';

interface Workspace {
  teamId: string | undefined;
  enterpriseId: string | undefined;
  isEnterpriseInstall: boolean;
}

/**
 * The app was uninstalled, or its bot token revoked: end the workspace's weekly tips (so `status`
 * says why) and delete its stored installation, whose tokens no longer work. Bolt skips authorize
 * for these two events, so they arrive even though the tokens are gone.
 */
export const appRemovedListener: SlackListener = {
  name: 'app removed',
  declares: { events: ['app_uninstalled', 'tokens_revoked'] },
  register(app, deps) {
    app.event('app_uninstalled', async ({ body, context }) => {
      await endWorkspace(deps, 'app_uninstalled', { teamId: body.team_id ?? context.teamId, enterpriseId: body.enterprise_id ?? context.enterpriseId, isEnterpriseInstall: context.isEnterpriseInstall });
    });
    app.event('tokens_revoked', async ({ event, body, context }) => {
      // User tokens only (we never ask for any): the bot still works.
      if (!event.tokens.bot?.length) return;
      await endWorkspace(deps, 'tokens_revoked', { teamId: body.team_id ?? context.teamId, enterpriseId: body.enterprise_id ?? context.enterpriseId, isEnterpriseInstall: context.isEnterpriseInstall });
    });
  },
};

/** One interaction line; a failure (the store was down) goes on to Bolt's error handler, which logs it. */
async function endWorkspace(deps: SlackDeps, kind: string, workspace: Workspace): Promise<void> {
  const { teamId, enterpriseId, isEnterpriseInstall } = workspace;
  await handled(deps, { kind, outcome: 'ok' }, { failure: 'Slack workspace removal failed', rethrow: true }, async () => {
    if (teamId) await deps.subscriptionDirectory?.endForWorkspace('slack', teamId, REMOVED_REASON);
    if (deps.slackInstallationStore?.deleteInstallation && (teamId || enterpriseId)) {
      await deps.slackInstallationStore.deleteInstallation({ teamId, enterpriseId, isEnterpriseInstall });
    }
  });
}
