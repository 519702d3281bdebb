import { buildAssistant } from '../../src/app/build-assistant';
import { createPlatformAdapters } from '../../src/app/platforms';
import { readConfig } from '../../src/config/config';
import { silentLogger } from '../../src/logging/logger';
import { MemoryConversationDirectory, MemoryEventDeduper, LoggedFeedback } from '../support/memory-ports';
import { CONTENT_DIR } from '../support/content-fixture';

describe('createPlatformAdapters: which endpoints a configuration mounts', () => {
  const { assistant } = buildAssistant(CONTENT_DIR);
  const deps = { assistant, logger: silentLogger, events: new MemoryEventDeduper(), feedback: new LoggedFeedback(silentLogger), conversations: new MemoryConversationDirectory() };
  const routesOf = (env: Record<string, string>) => createPlatformAdapters(readConfig(env), deps).flatMap((a) => a.routes.map((r) => `${r.method} ${r.path}`));

  it('serves Teams in local mode when nothing is configured outside production', () => {
    expect(routesOf({})).toEqual(['POST /api/messages']);
  });

  it('does not mount an unauthenticated Teams endpoint in a Slack-only production deployment', () => {
    expect(routesOf({ NODE_ENV: 'production', SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' })).toEqual(['POST /slack/events']);
  });
});
