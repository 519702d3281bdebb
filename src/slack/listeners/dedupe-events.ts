import type { App } from '@slack/bolt';
import type { SlackDeps } from '../slack-deps';
import { handled } from './handled';

/**
 * Slack redelivers events it thinks were missed (`X-Slack-Retry-Num`) and Bolt does not drop the
 * copies: this global middleware lets each `event_id` through once. Bolt has already acked the
 * request, so a dropped copy still gets its 200, and its one interaction line says it was a duplicate.
 */
export function registerEventDeduplication(app: App, deps: SlackDeps): void {
  app.use(async ({ body, next }) => {
    const envelope = body as { type?: unknown; event_id?: unknown; event?: { type?: unknown } };
    if (envelope.type !== 'event_callback' || typeof envelope.event_id !== 'string' || (await deps.events.firstSighting(envelope.event_id))) {
      await next();
      return;
    }
    const kind = typeof envelope.event?.type === 'string' ? envelope.event.type : 'event';
    await handled(deps, { kind, outcome: 'duplicate' }, { failure: 'Slack duplicate event', rethrow: true }, async () => undefined);
  });
}
