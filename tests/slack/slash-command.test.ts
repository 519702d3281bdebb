import { until } from '../support/until';
import { startSlackHarness, type SlackHarness } from './support/slack-harness';
import { FORM, sendSigned, slashCommandBody } from './support/signed-requests';

describe('Slack slash command over HTTP (real server, fake Slack)', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  async function command(text: string) {
    const responseUrl = h.responseUrl();
    const res = await sendSigned(h.eventsUrl, slashCommandBody(text, responseUrl), FORM);
    return { res, path: new URL(responseUrl).pathname };
  }

  it('acks at once with an empty 200 and answers through the response_url with the engine’s top passage', async () => {
    const text = 'should this be a grant or a contract?';
    const { res, path } = await command(text);
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    const [call] = await h.fake.waitFor(path);
    const expected = h.built.engine.search(text).hits[0]!.passage.id;
    const body = call!.body as { response_type: string; text: string; blocks: Array<{ type: string; elements?: Array<{ action_id?: string; value?: string }> }> };
    expect(body.response_type).toBe('ephemeral');
    expect(body.text.length).toBeGreaterThan(0);
    const feedbackButton = body.blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === 'feedback_up');
    expect(feedbackButton?.value).toBe(expected);
    expect(body.blocks.flatMap((b) => b.elements ?? []).some((e) => e.action_id === 'share_reply' && e.value === `passage:${expected}`)).toBe(true);
  });

  it('answers help with the command grammar', async () => {
    const { path } = await command('help');
    const [call] = await h.fake.waitFor(path);
    expect(JSON.stringify(call!.body)).toContain('/thinkagain principles');
  });

  it('still answers a 10,000-character command', async () => {
    const text = 'How should we commission small charities? '.repeat(240).slice(0, 10_000);
    const { res, path } = await command(text);
    expect(res.status).toBe(200);
    const [call] = await h.fake.waitFor(path);
    const body = call!.body as { text: string; blocks: unknown[] };
    expect(body.text.length).toBeGreaterThan(0);
    expect(body.blocks.length).toBeLessThanOrEqual(50);
  });

  it('escapes user text echoed back, so it cannot mention anyone', async () => {
    const { path } = await command('principle <!channel> <@U123> @here');
    const [call] = await h.fake.waitFor(path);
    const json = JSON.stringify(call!.body);
    expect(json).not.toContain('<!channel>');
    expect(json).not.toContain('<@U123>');
    expect(json).not.toMatch(/@here/);
    expect(json).toContain('&lt;!channel&gt;');
  });

  it('logs one line per command with kind, latency and outcome, and never the token', async () => {
    const { path } = await command('tip');
    await h.fake.waitFor(path);
    // The line is written once respond() has its answer back, which can be after the fake recorded the call.
    await until(() => h.logs.some((l) => l.msg === 'interaction' && l.kind === 'tip'), 'the interaction line');
    const line = h.logs.find((l) => l.msg === 'interaction' && l.kind === 'tip');
    expect(line).toMatchObject({ platform: 'slack', kind: 'tip', outcome: 'ok' });
    expect(typeof line?.latencyMs).toBe('number');
    expect(JSON.stringify(h.logs)).not.toContain('xoxb-test-token');
  });
});
