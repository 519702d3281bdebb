import type { Activity } from 'botbuilder';
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { botAuthSettings } from '../../src/teams/bot-auth';
import { parseSubmission } from '../../src/teams/card-actions';
import { addressOf, referenceToKeep, scopeOf } from '../../src/teams/conversation-address';
import { parseActivityBody } from '../../src/teams/parse-activity-body';
import { questionText } from '../../src/teams/question-text';
import { describeTeams } from '../../src/teams/teams-adapter';
import { BOT, channelMessage, personalMessage, TENANT } from './support/activities';

const URL = 'http://127.0.0.1:1/';
const activity = (a: Record<string, unknown>) => a as unknown as Activity;

describe('questionText', () => {
  test('removes the bot’s own mention and collapses whitespace', () => {
    expect(questionText(activity(channelMessage(URL, '  grant   or\n contract? ')))).toBe('grant or contract?');
  });

  test('leaves other people’s mentions alone', () => {
    const a = channelMessage(URL, 'ask <at>Bob</at> about grants');
    (a.entities as unknown[]).push({ type: 'mention', text: '<at>Bob</at>', mentioned: { id: '29:bob', name: 'Bob' } });
    expect(questionText(activity(a))).toBe('ask <at>Bob</at> about grants');
  });

  test('a bot mentioned twice is removed twice; a bare mention gives empty text (help)', () => {
    const a = channelMessage(URL, 'grants <at>ThinkAgain</at>');
    expect(questionText(activity(a))).toBe('grants');
    expect(questionText(activity(channelMessage(URL, '')))).toBe('');
  });

  test('personal messages have no mention; malformed entities and missing text do not throw', () => {
    expect(questionText(activity(personalMessage(URL, 'principles')))).toBe('principles');
    expect(questionText(activity(personalMessage(URL, 'hello', { entities: [{ type: 'mention' }, { text: 'x' }, null] })))).toBe('hello');
    expect(questionText(activity(personalMessage(URL, undefined)))).toBe('');
  });
});

describe('addresses and references', () => {
  test('a channel thread is the channel: the ;messageid suffix is dropped', () => {
    expect(addressOf(activity(channelMessage(URL, 'x')))).toEqual({ platform: 'teams', conversationId: '19:chan0001@thread.tacv2', workspaceId: TENANT, label: 'Commissioning / General' });
    expect(scopeOf(activity(channelMessage(URL, 'x')))).toBe('team');
  });

  test('a personal chat keeps its id and tenant', () => {
    expect(addressOf(activity(personalMessage(URL, 'x')))).toEqual({ platform: 'teams', conversationId: 'a:1personal-chat-xyz', workspaceId: TENANT });
    expect(scopeOf(activity(personalMessage(URL, 'x')))).toBe('personal');
  });

  test('the kept reference points at the channel, replies to no message, and holds no user', () => {
    const kept = referenceToKeep({ activityId: '1', user: { id: '29:u', name: 'U' }, bot: BOT, conversation: { id: '19:c@thread.tacv2;messageid=9', isGroup: true, conversationType: 'channel', name: '' }, channelId: 'msteams', serviceUrl: URL });
    expect(kept).toEqual({ bot: BOT, conversation: { id: '19:c@thread.tacv2', isGroup: true, conversationType: 'channel', name: '' }, channelId: 'msteams', serviceUrl: URL });
  });
});

describe('parseActivityBody', () => {
  test.each([
    ['not json', 'the body is not valid JSON'],
    ['[1,2]', 'the body must be a JSON object (a Bot Framework activity)'],
    ['null', 'the body must be a JSON object (a Bot Framework activity)'],
    ['{"text":"hi"}', 'the activity has no type'],
    ['{"type":""}', 'the activity has no type'],
    ['{"type":3}', 'the activity has no type'],
  ])('%s → 400', (raw, error) => {
    expect(parseActivityBody(raw)).toEqual({ ok: false, status: 400, error });
  });
  test('an activity with a type passes', () => {
    expect(parseActivityBody('{"type":"message"}')).toEqual({ ok: true, body: { type: 'message' } });
  });
});

describe('parseSubmission', () => {
  test('reads our three buttons', () => {
    expect(parseSubmission({ action: 'show_passage', id: 'p1' })).toEqual({ action: 'show_passage', id: 'p1' });
    expect(parseSubmission({ action: 'feedback', id: 'p1', helpful: false })).toEqual({ action: 'feedback', id: 'p1', helpful: false });
    expect(parseSubmission({ action: 'principle', slug: 'voice' })).toEqual({ action: 'principle', slug: 'voice' });
  });
  test.each([undefined, null, 'x', {}, { action: 'delete_everything' }, { action: 'feedback', id: 'p1', helpful: 'yes' }, { action: 'principle', slug: '../../etc' }])('refuses %p', (value) => {
    expect(parseSubmission(value)).toBeUndefined();
  });
});

describe('authentication settings', () => {
  test('local mode: empty app id and no app type, which botbuilder accepts', () => {
    const settings = botAuthSettings({ enabled: true, localMode: true, appType: 'MultiTenant' });
    expect(settings).toEqual({ MicrosoftAppId: '', MicrosoftAppPassword: '' });
    expect(() => new ConfigurationBotFrameworkAuthentication(settings)).not.toThrow();
    // The trap the settings avoid: SingleTenant with an empty id throws.
    expect(() => new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppType: 'SingleTenant' })).toThrow();
  });

  test('single tenant: id, password, type and tenant are passed by botbuilder’s names', () => {
    const settings = botAuthSettings({ enabled: true, localMode: false, appId: 'aaaabbbb-0000-0000-0000-000000000000', appPassword: 'secret', appType: 'SingleTenant', tenantId: 'tenant-1' });
    expect(settings).toEqual({ MicrosoftAppId: 'aaaabbbb-0000-0000-0000-000000000000', MicrosoftAppPassword: 'secret', MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: 'tenant-1' });
    expect(() => new ConfigurationBotFrameworkAuthentication(settings)).not.toThrow();
  });

  test('the start-up line names the mode and at most an id prefix, never the password', () => {
    expect(describeTeams({ enabled: true, localMode: true, appType: 'MultiTenant' })).toBe("Teams: /api/messages in Bot Framework's unauthenticated local mode (for trying locally only)");
    const line = describeTeams({ enabled: true, localMode: false, appId: 'aaaabbbb-1111-2222-3333-444455556666', appPassword: 'secret', appType: 'SingleTenant', tenantId: 't' });
    expect(line).toBe('Teams: authenticated as app aaaabbbb… (SingleTenant), endpoint /api/messages');
    expect(line).not.toContain('secret');
    expect(line).not.toContain('444455556666');
  });
});
