import { LoggedFeedback, MemoryConversationDirectory, MemoryEventDeduper } from '../support/memory-ports';
import type { PlatformDeps } from '../../src/server/platform-adapter';
import { silentLogger } from '../../src/logging/logger';
import { createSlackAdapter } from '../../src/slack/slack-adapter';
import { realAssistant } from './support/slack-harness';

const deps = (): PlatformDeps => ({ assistant: realAssistant().assistant, logger: silentLogger, events: new MemoryEventDeduper(), feedback: new LoggedFeedback(silentLogger), conversations: new MemoryConversationDirectory() });

describe('createSlackAdapter modes', () => {
  it('HTTP mode mounts POST /slack/events only, and calls nothing at construction', () => {
    const adapter = createSlackAdapter({ mode: 'http', botToken: 'xoxb-1', signingSecret: 's', apiUrl: 'http://127.0.0.1:1/api/' }, deps());
    expect(adapter.routes.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /slack/events']);
    expect(adapter.describe()).toContain('HTTP mode');
  });

  it('Socket Mode mounts no route', () => {
    const adapter = createSlackAdapter({ mode: 'socket', botToken: 'xoxb-1', appToken: 'xapp-1', apiUrl: 'http://127.0.0.1:1/api/' }, deps());
    expect(adapter.routes).toEqual([]);
    expect(adapter.describe()).toContain('Socket Mode');
  });

  it('OAuth mode also mounts the install and redirect routes', () => {
    const adapter = createSlackAdapter({ mode: 'oauth', clientId: 'c', clientSecret: 's', stateSecret: 'st', signingSecret: 'sig' }, deps());
    expect(adapter.routes.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /slack/events', 'GET /slack/install', 'GET /slack/oauth_redirect']);
  });

  it('refuses to build with Slack switched off', () => {
    expect(() => createSlackAdapter({ mode: 'off' }, deps())).toThrow(/mode is off/);
  });
});
