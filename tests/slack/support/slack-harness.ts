import { buildAssistant, type BuiltAssistant } from '../../../src/app/build-assistant';
import { MemoryConversationDirectory, MemoryEventDeduper } from '../../support/memory-ports';
import type { PlatformAdapter } from '../../../src/server/platform-adapter';
import type { SlackDeps } from '../../../src/slack/slack-deps';
import type { Feedback } from '../../../src/core/ports';
import type { SlackConfig } from '../../../src/config/config';
import { createLogger } from '../../../src/logging/logger';
import { startHttpServer, type RunningServer } from '../../../src/server/http-server';
import { createSlackAdapter, type SlackAdapterOptions } from '../../../src/slack/slack-adapter';
import { FakeSlack } from './fake-slack';
import { SIGNING_SECRET } from './signed-requests';

let built: BuiltAssistant | undefined;
/** The real content folder, loaded once per test file. */
export function realAssistant(): BuiltAssistant {
  built ??= buildAssistant('content');
  return built;
}

export interface SlackHarness {
  fake: FakeSlack;
  server: RunningServer;
  adapter: PlatformAdapter;
  eventsUrl: string;
  /** A response_url on the fake, unique per call. */
  responseUrl(): string;
  feedback: Feedback[];
  /** Every JSON log line the bot wrote. */
  logs: Array<Record<string, unknown>>;
  built: BuiltAssistant;
  close(): Promise<void>;
}

let responseCounter = 0;

/** The real server and Slack adapter on a random port, talking to a fake Slack started first. */
export async function startSlackHarness(options: { failures?: Record<string, string>; deps?: Partial<SlackDeps>; adapter?: SlackAdapterOptions } = {}): Promise<SlackHarness> {
  const fake = new FakeSlack();
  fake.failures = options.failures ?? {};
  await fake.start();
  const logs: Array<Record<string, unknown>> = [];
  const logger = createLogger('info', { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) });
  const feedback: Feedback[] = [];
  const b = realAssistant();
  const deps: SlackDeps = {
    assistant: b.assistant,
    logger,
    events: new MemoryEventDeduper(),
    feedback: { record: async (f) => void feedback.push(f) },
    conversations: new MemoryConversationDirectory(),
    ...options.deps,
  };
  const config: SlackConfig = { mode: 'http', botToken: 'xoxb-test-token', signingSecret: SIGNING_SECRET, apiUrl: `${fake.url}/api/` };
  const adapter = createSlackAdapter(config, deps, options.adapter);
  const server = await startHttpServer(adapter.routes, 0, logger, '127.0.0.1');
  await adapter.start();
  return {
    fake,
    server,
    adapter,
    eventsUrl: `http://127.0.0.1:${server.port}/slack/events`,
    responseUrl: () => `${fake.url}/response/${++responseCounter}`,
    feedback,
    logs,
    built: b,
    close: async () => {
      await adapter.stop();
      await server.close(1_000);
      await fake.stop();
    },
  };
}
