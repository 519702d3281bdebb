import type { Assistant } from '../../src/core/assistant';
import { startSlackHarness, realAssistant } from './support/slack-harness';
import { FORM, sendSigned, slashCommandBody } from './support/signed-requests';

/** The real assistant, except that every answer waits until the test opens the gate. */
function gatedAssistant(): { assistant: Assistant; open(): void; started: Promise<void> } {
  const real = realAssistant().assistant;
  let open!: () => void;
  let markStarted!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  const assistant = Object.create(real) as Assistant;
  assistant.handle = async (text, where) => {
    markStarted();
    await gate;
    return real.handle(text, where);
  };
  return { assistant, open, started };
}

describe('Slack adapter shutdown', () => {
  it('stop() waits for a slash command answer still being worked on after the ack, so it reaches the response_url', async () => {
    const gated = gatedAssistant();
    const h = await startSlackHarness({ deps: { assistant: gated.assistant } });
    try {
      const responseUrl = h.responseUrl();
      const res = await sendSigned(h.eventsUrl, slashCommandBody('tip', responseUrl), FORM);
      expect(res.status).toBe(200); // acked: Slack has its 200, the answer is still to come
      await gated.started;
      await h.server.close(1_000); // as main does: the HTTP drain is already over
      let stopped = false;
      const stopping = h.adapter.stop().then(() => (stopped = true));
      await new Promise((r) => setImmediate(r));
      expect(stopped).toBe(false); // waiting for the answer
      expect(h.fake.callsTo(new URL(responseUrl).pathname)).toHaveLength(0);
      gated.open();
      await stopping;
      expect(h.fake.callsTo(new URL(responseUrl).pathname)).toHaveLength(1);
      expect(h.logs.some((l) => l.msg === 'interaction' && l.kind === 'tip' && l.outcome === 'ok')).toBe(true);
    } finally {
      gated.open();
      await h.fake.stop();
    }
  });

  it('stop() gives up after its deadline when an answer never finishes, and says so', async () => {
    const gated = gatedAssistant();
    const h = await startSlackHarness({ deps: { assistant: gated.assistant }, adapter: { stopTimeoutMs: 300 } });
    try {
      await sendSigned(h.eventsUrl, slashCommandBody('tip', h.responseUrl()), FORM);
      await gated.started;
      await h.adapter.stop(); // resolves although the answer never finishes
      expect(h.logs.some((l) => l.level === 40 && String(l.msg).includes('still being sent'))).toBe(true);
    } finally {
      gated.open();
      await h.close();
    }
  });

  it('stop() does not wait out its deadline when nothing is in flight', async () => {
    // An hour's deadline: had stop() waited for it, this test could not finish.
    const h = await startSlackHarness({ adapter: { stopTimeoutMs: 3_600_000 } });
    await h.adapter.stop();
    expect(h.logs.some((l) => String(l.msg).includes('still being sent'))).toBe(false);
    await h.close();
  });
});
