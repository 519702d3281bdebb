/**
 * The frame around a weekly tip, worded once for every surface: a tip that arrives unasked says what
 * it is and how to stop it. `commandPrefix` is how commands are typed where the tip lands
 * ("/thinkagain " in Slack, "@ThinkAgain " in a Teams channel or group chat, "" in a personal chat).
 */
export const WEEKLY_TIP_HEADING = 'Your weekly ThinkAgain tip';

export function weeklyTipStopLine(commandPrefix: string): string {
  return `You get this because this conversation subscribed. To stop, type "${commandPrefix}unsubscribe" here.`;
}
