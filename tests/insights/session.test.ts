import { Writable } from 'node:stream';
import { buildAssistant, type BuiltAssistant } from '../../src/app/build-assistant';
import type { PlatformDeps } from '../../src/server/platform-adapter';
import { runInsights } from '../../src/cli/insights';
import { readConfig } from '../../src/config/config';
import type { InsightsReport } from '../../src/core/insights/build-report';
import { splitInteractionRef } from '../../src/core/insights/interaction-ref';
import { insightsRecorder } from '../../src/insights/recording';
import { createLogger } from '../../src/logging/logger';
import { startHttpServer } from '../../src/server/http-server';
import type { Store } from '../../src/store/store';
import { createTeamsAdapter } from '../../src/teams/teams-adapter';
import { startSlackHarness, type SlackHarness } from '../slack/support/slack-harness';
import { buttonBody, eventBody, FORM, sendSigned, slashCommandBody } from '../slack/support/signed-requests';
import { MemoryConversationDirectory, MemoryEventDeduper } from '../support/memory-ports';
import { describeEachDatabase } from '../support/test-databases';
import { CHANNEL, TENANT, USER, cardSubmission, channelMessage, personalMessage } from '../teams/support/activities';
import { startFakeConnector } from '../teams/support/fake-connector';
import { LOCAL } from '../teams/support/teams-server';
import { questionsWith } from './support';

const JSON_TYPE = 'application/json';

interface Button {
  action_id: string;
  value: string;
}

function buttonsOf(blocks: unknown): Button[] {
  return (blocks as Array<{ type: string; elements?: Button[] }>).flatMap((b) => (b.type === 'actions' ? (b.elements ?? []) : []));
}

function submitDataOf(body: Record<string, unknown>): Array<Record<string, unknown>> {
  const card = (body.attachments as Array<{ content: { body: Array<{ type: string; actions?: Array<{ data?: Record<string, unknown> }> }>; actions?: Array<{ data?: Record<string, unknown> }> } }>)[0]!.content;
  const inBody = card.body.flatMap((e) => (e.type === 'ActionSet' ? (e.actions ?? []) : []));
  return [...inBody, ...(card.actions ?? [])].flatMap((a) => (a.data ? [a.data] : []));
}

/** Slack and Teams, over real HTTP with the real Bolt and botbuilder, sharing one assistant that records to `store`. */
async function startBoth(store: Store, recording: { enabled: boolean }, logger = createLogger('silent')) {
  const recorder = insightsRecorder({ enabled: recording.enabled, retentionDays: 90 }, store.insights, logger);
  const built = buildAssistant('content', recorder ? { insights: recorder } : {});
  const slack = await startSlackHarness({ deps: { assistant: built.assistant } });
  const connector = await startFakeConnector();
  const deps: PlatformDeps = { assistant: built.assistant, logger, events: new MemoryEventDeduper(), feedback: { record: async () => undefined }, conversations: new MemoryConversationDirectory() };
  const teamsServer = await startHttpServer(createTeamsAdapter(LOCAL, deps).routes, 0, logger, '127.0.0.1');
  const postTeams = async (activity: Record<string, unknown>) => {
    const before = connector.posts.length;
    const res = await fetch(`http://127.0.0.1:${teamsServer.port}/api/messages`, { method: 'POST', headers: { 'content-type': JSON_TYPE }, body: JSON.stringify(activity) });
    expect(res.status).toBe(200);
    return connector.posts[before]!.body;
  };
  return {
    built,
    recorder,
    slack,
    connector,
    postTeams,
    close: async () => {
      await slack.close();
      await teamsServer.close(100);
      await connector.close();
    },
  };
}

async function slash(h: SlackHarness, text: string): Promise<Button[]> {
  const url = h.responseUrl();
  expect((await sendSigned(h.eventsUrl, slashCommandBody(text, url), FORM)).status).toBe(200);
  const [call] = await h.fake.waitFor(new URL(url).pathname);
  return buttonsOf(call!.body.blocks);
}

async function click(h: SlackHarness, button: Button): Promise<void> {
  const url = h.responseUrl();
  expect((await sendSigned(h.eventsUrl, buttonBody(button.action_id, button.value, url), FORM)).status).toBe(200);
  await h.fake.waitFor(new URL(url).pathname);
}

let eventCounter = 0;
async function slackEvent(h: SlackHarness, event: Record<string, unknown>): Promise<Button[]> {
  const before = h.fake.callsTo('/api/chat.postMessage').length;
  eventCounter += 1;
  await sendSigned(h.eventsUrl, eventBody(`EvInsights${eventCounter}`, { ts: `1712345678.${eventCounter}`, event_ts: `1712345678.${eventCounter}`, user: 'U0USER01', ...event }), JSON_TYPE);
  const calls = await h.fake.waitFor('/api/chat.postMessage', before + 1);
  return buttonsOf(calls[before]!.body.blocks);
}

async function reportJson(store: Store, args: string[] = ['--json']): Promise<InsightsReport> {
  let out = '';
  const sink = new Writable({ write: (chunk: Buffer, _e, done) => ((out += chunk.toString()), done()) });
  const config = readConfig({ CONTENT_DIR: 'content' });
  const code = await runInsights(config, args, { out: sink, err: sink, open: async () => store });
  expect({ code, out: code === 0 ? '' : out }).toEqual({ code: 0, out: '' });
  return JSON.parse(out) as InsightsReport;
}

const find = (buttons: Button[], id: string) => {
  const b = buttons.find((x) => x.action_id === id);
  if (!b) throw new Error(`no ${id} button among ${buttons.map((x) => x.action_id).join(', ')}`);
  return b;
};

describeEachDatabase('insights from a scripted Slack and Teams session', (kind) => {
  let store: Store;
  beforeEach(async () => {
    store = (await kind.create()).open();
    await store.migrate();
  });
  // The report opens nothing of its own here; the store is closed by the database kind's cleanup.

  test('answers, clarify choices, declines, 👍 and 👎 give exactly the expected counts, and no personal data reaches the database', async () => {
    const both = await startBoth(store, { enabled: true });
    const built: BuiltAssistant = both.built;
    const [a1, a2, a3] = questionsWith(built, 'answer', 3);
    const [c1, c2] = questionsWith(built, 'clarify', 2);
    const [d1, d2] = questionsWith(built, 'decline', 2);
    const passageOf = (q: string) => built.engine.search(q).hits[0]!.passage.id;
    let slackChosen = '';
    let teamsChosen = '';
    try {
      // Slack: slash-command answer with 👍, mention answer with 👎, DM clarify and a pick, a declined question with an email and a phone number, and `help`.
      await click(both.slack, find(await slash(both.slack, a1!), 'feedback_up'));
      await click(both.slack, find(await slackEvent(both.slack, { type: 'app_mention', text: `<@U0BOT> ${a2}`, channel: 'C0CHAN01' }), 'feedback_down'));
      const clarifyButtons = await slackEvent(both.slack, { type: 'message', channel_type: 'im', text: c1, channel: 'D0DM0001' });
      const slackPick = find(clarifyButtons, 'clarify_choice_2');
      slackChosen = splitInteractionRef(slackPick.value).passageId;
      await click(both.slack, slackPick);
      await slash(both.slack, d1!);
      await slash(both.slack, 'help');

      // Teams: personal-chat answer with 👎, channel clarify and a pick, a declined question.
      const teamsAnswer = submitDataOf(await both.postTeams(personalMessage(both.connector.url, a3)));
      await both.postTeams(cardSubmission(both.connector.url, teamsAnswer.find((d) => d.action === 'feedback' && d.helpful === false)));
      const teamsChoices = submitDataOf(await both.postTeams(channelMessage(both.connector.url, c2!))).filter((d) => d.action === 'clarify_choice');
      teamsChosen = String(teamsChoices[0]!.id);
      await both.postTeams(cardSubmission(both.connector.url, teamsChoices[0]));
      await both.postTeams(channelMessage(both.connector.url, d2!));
      await both.recorder!.settled();
    } finally {
      await both.close();
    }

    const report = await reportJson(store);
    expect(report.questions).toEqual({ total: 7, answer: 3, clarify: 2, decline: 2 });
    expect(report.byPlatform).toEqual({ slack: 4, teams: 3 });
    expect(report.bySurface).toEqual({ 'slash-command': 3, mention: 3, 'direct-message': 2, button: 5 });
    expect(report.clarifyChoices).toBe(2);
    expect(report.feedback).toEqual({ helpful: 1, notHelpful: 2 });
    expect(report.commands).toBe(1);
    expect(report.byPrinciple.reduce((n, p) => n + p.count, 0)).toBe(5);
    expect(report.unanswered.reduce((n, g) => n + g.count, 0)).toBe(4);
    expect(report.suggestions.map((s) => [s.passage, s.askedAs, s.line]).sort()).toEqual(
      [
        [slackChosen, c1, `Asked as: ${c1}`],
        [teamsChosen, c2, `Asked as: ${c2}`],
      ].sort(),
    );
    expect(report.suggestions.every((s) => s.file && /\.md$/.test(s.file))).toBe(true);
    const shown = Object.fromEntries(report.passages.map((p) => [p.id, p]));
    expect(shown[passageOf(a1!)]).toMatchObject({ helpful: 1 });
    expect(shown[passageOf(a2!)]).toMatchObject({ notHelpful: 1 });
    expect(report.passages.reduce((n, p) => n + p.shown, 0)).toBe(5);
    expect(report.mostNotHelpful.flatMap((p) => p.questions).sort()).toEqual([a2, a3].sort());

    // What the database holds: scrubbed text only where kept, and nothing that identifies a person, channel or team.
    const rows = await store.insights.list(new Date(0), new Date(Date.now() + 60_000));
    const everything = JSON.stringify(rows);
    for (const secret of ['jo.bloggs@example.org', '07700 900123', '0191 498 0000', '7700900123', 'U0USER01', 'C0CHAN01', 'D0DM0001', 'T0001', CHANNEL, TENANT, USER.id, USER.name, USER.aadObjectId]) expect(everything).not.toContain(secret);
    const declined = rows.filter((r) => r.outcome === 'decline').map((r) => r.question ?? '');
    expect(declined).toHaveLength(2);
    for (const text of declined) expect(text).toMatch(/\[email\].*\[phone\]|\[phone\].*\[email\]/);
    expect(rows.filter((r) => r.outcome === 'answer').every((r) => r.question === undefined)).toBe(true);
  });

  test('INSIGHTS=off records nothing, and every question is still answered', async () => {
    const both = await startBoth(store, { enabled: false });
    try {
      const [a1] = questionsWith(both.built, 'answer', 1);
      const buttons = await slash(both.slack, a1!);
      expect(buttons.map((b) => b.action_id)).toContain('feedback_up');
      await click(both.slack, find(buttons, 'feedback_down'));
      const teams = submitDataOf(await both.postTeams(personalMessage(both.connector.url, a1)));
      expect(teams.some((d) => d.action === 'feedback')).toBe(true);
    } finally {
      await both.close();
    }
    expect(await store.insights.list(new Date(0), new Date(Date.now() + 60_000))).toEqual([]);
  });

  test('a database that is down loses the records, never the answers, and says so once', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const both = await startBoth(store, { enabled: true }, createLogger('info', { write: (l: string) => void lines.push(JSON.parse(l) as Record<string, unknown>) }));
    try {
      const [a1, a2] = questionsWith(both.built, 'answer', 2);
      await store.close();
      for (const q of [a1!, a2!, a1!]) expect((await slash(both.slack, q)).map((b) => b.action_id)).toContain('feedback_up');
      expect(submitDataOf(await both.postTeams(personalMessage(both.connector.url, a2))).some((d) => d.action === 'feedback')).toBe(true);
      await both.recorder!.settled();
    } finally {
      await both.close();
    }
    const warnings = lines.filter((l) => String(l.msg).startsWith('insights: interactions not recorded'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ lost: 1, level: 40 });
  });
});
