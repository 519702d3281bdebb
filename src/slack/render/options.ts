/** Where a reply is shown, which decides what it offers. */
export interface RenderOptions {
  /** Only ephemeral replies (slash commands, button answers) offer "Share in channel". */
  shareable: boolean;
  /** How commands are typed here: "/thinkagain " for the slash command, "@ThinkAgain " in channels, "" in a DM. */
  commandPrefix: string;
  /** Added under a successful subscribe when tips may not reach this conversation (plain text, escaped when rendered). */
  subscribeNote?: string;
}

export const SLASH_COMMAND_OPTIONS: RenderOptions = { shareable: true, commandPrefix: '/thinkagain ' };
export const MENTION_OPTIONS: RenderOptions = { shareable: false, commandPrefix: '@ThinkAgain ' };
export const DIRECT_MESSAGE_OPTIONS: RenderOptions = { shareable: false, commandPrefix: '' };
