/** A chat surface the bot runs on; `cli` is the terminal. */
export type Platform = 'slack' | 'teams' | 'cli';

/** Where a conversation lives. Platform-specific delivery details are kept by each adapter. */
export interface ConversationAddress {
  platform: Platform;
  /** Slack channel id, or Teams conversation id. */
  conversationId: string;
  /** Slack team id, or Teams tenant id. */
  workspaceId?: string;
  /** A human name for the conversation, when the platform gives one. */
  label?: string;
}
