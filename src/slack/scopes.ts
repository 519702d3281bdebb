/** The bot token scopes ThinkAgain needs, and no more; the manifest test checks the manifest agrees. */
export const BOT_SCOPES = [
  /** `/thinkagain`. */
  'commands',
  /** Replies to mentions and DMs, weekly tips. */
  'chat:write',
  /** Weekly tips in public channels the bot has not been invited to. */
  'chat:write.public',
  /** `app_mention` events. */
  'app_mentions:read',
  /** `message.im` events: direct messages to the bot. */
  'im:history',
] as const;
