import { quotedCommand } from '../../core/typed-command';

/** Where a Teams message is shown, which decides how a person types a command there. */
export type TeamsScope = 'personal' | 'team' | 'groupChat';

/** The bot's name as people @mention it in a channel or group chat (the manifest's short name). */
export const MENTION = '@ThinkAgain';

/** How commands are typed here: just the words in a personal chat; after an @mention in a channel or group chat. */
export function commandPrefix(scope: TeamsScope): string {
  return scope === 'personal' ? '' : `${MENTION} `;
}

/** A command as a person types it here, quoted: "help" in a personal chat, "@ThinkAgain help" elsewhere. */
export function typed(scope: TeamsScope, command: string): string {
  return quotedCommand(commandPrefix(scope))(command);
}
