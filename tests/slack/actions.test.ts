import { until } from '../support/until';
import { startSlackHarness, type SlackHarness } from './support/slack-harness';
import { buttonBody, FORM, sendSigned } from './support/signed-requests';

describe('Slack buttons (real server, fake Slack)', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  async function click(actionId: string, value: string) {
    const responseUrl = h.responseUrl();
    const res = await sendSigned(h.eventsUrl, buttonBody(actionId, value, responseUrl), FORM);
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    const [call] = await h.fake.waitFor(new URL(responseUrl).pathname);
    return call!.body as { response_type?: string; replace_original?: boolean; text: string; blocks: unknown[] };
  }

  const passageId = () => h.built.kb.passages[0]!.id;

  it('"Share in channel" posts the answer publicly, saying who shared it', async () => {
    const body = await click('share_reply', `passage:${passageId()}`);
    expect(body.response_type).toBe('in_channel');
    expect(body.replace_original).toBe(false);
    expect(body.text).toContain('Shared by <@U0USER01>');
    expect(JSON.stringify(body.blocks)).toContain('Shared by <@U0USER01>');
    expect(JSON.stringify(body.blocks)).not.toContain('share_reply');
  });

  it('👍 records feedback against the passage and thanks the user privately', async () => {
    const body = await click('feedback_up', passageId());
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toMatch(/thank/i);
    expect(h.feedback).toContainEqual(expect.objectContaining({ passageId: passageId(), helpful: true, platform: 'slack' }));
  });

  it('👎 records unhelpful feedback', async () => {
    await click('feedback_down', passageId());
    expect(h.feedback).toContainEqual(expect.objectContaining({ passageId: passageId(), helpful: false }));
  });

  it('a further-match button shows that passage, privately', async () => {
    const passage = h.built.kb.passages[3]!;
    for (const actionId of ['show_passage', 'show_passage_2']) {
      const body = await click(actionId, passage.id);
      expect(body.response_type).toBe('ephemeral');
      expect(JSON.stringify(body.blocks)).toContain(`"value":"${passage.id}"`);
    }
  });

  it('"Read the whole principle" shows the principle in full', async () => {
    const principle = h.built.kb.principles[4]!;
    const body = await click('read_principle', principle.slug);
    expect(body.text).toContain(principle.title.slice(0, 20));
  });

  it('answers a button whose passage no longer exists politely', async () => {
    const body = await click('show_passage', 'no-such-passage');
    expect(body.text).toMatch(/no longer/i);
  });

  it('a clarify choice shows the chosen passage privately, and a removed one gets a polite note', async () => {
    const passage = h.built.kb.passages[5]!;
    for (const actionId of ['clarify_choice', 'clarify_choice_3']) {
      const body = await click(actionId, passage.id);
      expect(body.response_type).toBe('ephemeral');
      expect(body.text).toContain(passage.title.slice(0, 20));
    }
    expect((await click('clarify_choice_2', 'no-such-passage')).text).toMatch(/no longer in the knowledge base/i);
  });

  it('acks an unknown action id and replies politely', async () => {
    const body = await click('launch_rockets', 'x');
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toMatch(/do not recognise that button/i);
    await until(() => h.logs.some((l) => l.msg === 'interaction' && l.kind === 'button:unknown'), 'the unknown button to be logged');
    expect(h.logs.filter((l) => l.msg === 'interaction' && l.kind === 'button:unknown')).toEqual([expect.objectContaining({ platform: 'slack', outcome: 'rejected' })]);
  });
});
