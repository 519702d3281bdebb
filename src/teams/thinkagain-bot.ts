import type { TurnContext } from 'botbuilder';
// From its own module, like CloudAdapter in teams-adapter.ts: botbuilder's index loads much we never use.
import { TeamsActivityHandler } from 'botbuilder/lib/teamsActivityHandler';
import type { PlatformDeps } from '../server/platform-adapter';
import { handleInstalled, handleRemoved } from './handle-installation';
import { handleMessage } from './handle-message';
import { handledTurn, turnNote } from './handled-turn';

/** Routes Teams activities to the handlers; every turn, whatever its activity, runs inside the one wrapper. */
export class ThinkAgainBot extends TeamsActivityHandler {
  constructor(private readonly deps: PlatformDeps) {
    super();
    this.onMessage(async (context, next) => {
      await handleMessage(context, deps, turnNote(context));
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      // 'add-upgrade' is a new version of an app already welcomed; only a fresh install is greeted.
      if (context.activity.action === 'add') await handleInstalled(context, deps, turnNote(context));
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      if (context.activity.action === 'remove') await handleRemoved(context, deps, turnNote(context));
      await next();
    });
    // Registering onMembersAdded (not onTeamsMembersAdded) avoids a Connector call to fetch member details.
    this.onMembersAdded(async (context, next) => {
      if (includesBot(context, context.activity.membersAdded)) await handleInstalled(context, deps, turnNote(context));
      await next();
    });
    this.onMembersRemoved(async (context, next) => {
      if (includesBot(context, context.activity.membersRemoved)) await handleRemoved(context, deps, turnNote(context));
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await handledTurn(context, this.deps.logger, () => super.run(context));
  }
}

function includesBot(context: TurnContext, members: Array<{ id: string }> | undefined): boolean {
  const botId = context.activity.recipient?.id;
  return Boolean(botId && members?.some((m) => m.id === botId));
}
