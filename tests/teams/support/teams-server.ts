import type { PlatformAdapter, PlatformDeps } from '../../../src/server/platform-adapter';
import { MemoryConversationDirectory, MemoryEventDeduper } from '../../support/memory-ports';
import type { Feedback, FeedbackSink, SubscriptionDirectory } from '../../../src/core/ports';
import { buildAssistant, type BuiltAssistant } from '../../../src/app/build-assistant';
import type { TeamsConfig } from '../../../src/config/config';
import { createLogger, silentLogger } from '../../../src/logging/logger';
import { startHttpServer, type RunningServer } from '../../../src/server/http-server';
import { createTeamsAdapter } from '../../../src/teams/teams-adapter';

export const LOCAL: TeamsConfig = { enabled: true, localMode: true, appType: 'MultiTenant' };

export class RecordingFeedback implements FeedbackSink {
  readonly recorded: Feedback[] = [];
  async record(f: Feedback): Promise<void> {
    this.recorded.push(f);
  }
}

export interface TeamsTestServer {
  url: string;
  built: BuiltAssistant;
  deps: PlatformDeps;
  feedback: RecordingFeedback;
  /** Every JSON log line the bot wrote. */
  logs: Array<Record<string, unknown>>;
  adapter: PlatformAdapter;
  server: RunningServer;
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; text: string }>;
  close(): Promise<void>;
}

let cached: BuiltAssistant | undefined;
/** Content is loaded once per test file: it is read-only. */
export function contentAssistant(): BuiltAssistant {
  cached ??= buildAssistant('content', { clock: () => new Date('2025-03-03T09:00:00Z') });
  return cached;
}

/** The real HTTP server with the real Teams adapter on port 0, as main wires it (minus the other platforms). */
export async function startTeamsServer(config: TeamsConfig = LOCAL, options: { subscriptionDirectory?: SubscriptionDirectory; logLevel?: 'info' | 'debug' } = {}): Promise<TeamsTestServer> {
  const built = contentAssistant();
  const feedback = new RecordingFeedback();
  const logs: Array<Record<string, unknown>> = [];
  const logger = createLogger(options.logLevel ?? 'info', { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) });
  const deps: PlatformDeps = {
    assistant: built.assistant,
    logger,
    events: new MemoryEventDeduper(),
    feedback,
    conversations: new MemoryConversationDirectory(),
    ...(options.subscriptionDirectory ? { subscriptionDirectory: options.subscriptionDirectory } : {}),
  };
  const adapter = createTeamsAdapter(config, deps);
  const server = await startHttpServer(adapter.routes, 0, silentLogger, '127.0.0.1');
  const url = `http://127.0.0.1:${server.port}`;
  return {
    url,
    built,
    deps,
    feedback,
    logs,
    adapter,
    server,
    async post(body, headers = {}) {
      const res = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      return { status: res.status, text: await res.text() };
    },
    close: () => server.close(100),
  };
}
