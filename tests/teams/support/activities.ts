/** Real-shaped Teams activities (see the wire reference, §5), pointing at the fake Connector. */

export const BOT = { id: '28:00000000-0000-0000-0000-000000000002', name: 'ThinkAgain' };
export const USER = { id: '29:1user-aad-xyz', name: 'Alice Example', aadObjectId: '11111111-2222-3333-4444-555555555555' };
export const TENANT = 'tttttttt-0000-0000-0000-000000000000';
export const CHANNEL = '19:chan0001@thread.tacv2';

let sequence = 0;
const nextId = () => `17123456${String((sequence += 1)).padStart(5, '0')}`;

/** What every message activity from Teams carries, whatever conversation it comes from. */
function messageEnvelope(serviceUrl: string): Record<string, unknown> {
  return { type: 'message', id: nextId(), timestamp: '2024-04-05T19:34:38.901Z', channelId: 'msteams', serviceUrl, from: USER, recipient: BOT };
}

export function channelMessage(serviceUrl: string, words: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const mention = `<at>${BOT.name}</at>`;
  return {
    ...messageEnvelope(serviceUrl),
    conversation: { id: `${CHANNEL};messageid=1712345000000`, isGroup: true, conversationType: 'channel', tenantId: TENANT },
    text: `${mention} ${words}`,
    textFormat: 'plain',
    locale: 'en-GB',
    entities: [
      { type: 'mention', text: mention, mentioned: BOT },
      { type: 'clientInfo', locale: 'en-GB', country: 'GB', platform: 'Web', timezone: 'Europe/London' },
    ],
    channelData: {
      teamsChannelId: CHANNEL,
      teamsTeamId: '19:team0001@thread.tacv2',
      channel: { id: CHANNEL, name: 'General' },
      team: { id: '19:team0001@thread.tacv2', name: 'Commissioning' },
      tenant: { id: TENANT },
    },
    ...extra,
  };
}

export function personalMessage(serviceUrl: string, text: string | undefined, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...messageEnvelope(serviceUrl),
    conversation: { id: 'a:1personal-chat-xyz', conversationType: 'personal', tenantId: TENANT },
    ...(text === undefined ? {} : { text, textFormat: 'plain' }),
    locale: 'en-GB',
    channelData: { tenant: { id: TENANT } },
    ...extra,
  };
}

/** A card's Action.Submit: a message with `value` and no text. */
export function cardSubmission(serviceUrl: string, value: unknown): Record<string, unknown> {
  return personalMessage(serviceUrl, undefined, { value });
}

export function installationUpdate(serviceUrl: string, action: 'add' | 'remove', conversationId = CHANNEL): Record<string, unknown> {
  return {
    type: 'installationUpdate',
    id: `f:${nextId()}`,
    timestamp: '2024-04-05T19:34:38.901Z',
    channelId: 'msteams',
    serviceUrl,
    action,
    from: { id: USER.id, aadObjectId: USER.aadObjectId },
    recipient: BOT,
    locale: 'en-GB',
    entities: [{ type: 'clientInfo', locale: 'en-GB' }],
    conversation: { id: conversationId, isGroup: true, conversationType: 'channel', tenantId: TENANT, name: 'General' },
    channelData: {
      settings: { selectedChannel: { id: conversationId } },
      channel: { id: conversationId },
      team: { id: '19:team0001@thread.tacv2', name: 'Commissioning', aadGroupId: 'gggggggg-0000-0000-0000-000000000000' },
      tenant: { id: TENANT },
      source: { name: 'message' },
    },
  };
}

export function botAddedToTeam(serviceUrl: string, conversationId: string): Record<string, unknown> {
  return {
    type: 'conversationUpdate',
    id: `f:${nextId()}`,
    timestamp: '2024-04-05T19:34:38.901Z',
    channelId: 'msteams',
    serviceUrl,
    from: { id: USER.id, aadObjectId: USER.aadObjectId },
    conversation: { id: conversationId, isGroup: true, conversationType: 'channel', tenantId: TENANT, name: 'General' },
    recipient: BOT,
    membersAdded: [{ id: BOT.id }],
    channelData: {
      settings: { selectedChannel: { id: conversationId } },
      team: { id: '19:team0002@thread.tacv2', name: 'Partnerships', aadGroupId: 'gggggggg-0000-0000-0000-000000000000' },
      eventType: 'teamMemberAdded',
      tenant: { id: TENANT },
    },
  };
}
