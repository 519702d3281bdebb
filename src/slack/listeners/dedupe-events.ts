import type { App } from '@slack/bolt';
import type { SlackDeps } from '../slack-deps';
import { logInteraction } from '../../logging/interaction-log';

/**
 * Slack redelivers events it thinks were missed (`X-Slack-Retry-Num`) and Bolt does not drop the
 * copies: this global middleware lets each `event_id` through once. Bolt has already acked the
 * request, so a dropped copy still gets its 200.
 */
export function registerEventDeduplication(app: App, deps: SlackDeps): void {
  app.use(async ({ body, next }) => {
    const envelope = body as { type?: unknown; event_id?: unknown; event?: { type?: unknown } };
    if (envelope.type === 'event_callback' && typeof envelope.event_id === 'string') {
      const startedAt = performance.now();
      if (!(await deps.events.firstSighting(envelope.event_id))) {
        const kind = typeof envelope.event?.type === 'string' ? envelope.event.type : 'event';
        logInteraction(deps.logger, { platform: 'slack', kind, startedAt, outcome: 'duplicate' });
        return;
      }
    }
    await next();
  });
}
