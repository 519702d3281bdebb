import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = 'test-signing-secret';

export function signature(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SendOptions {
  timestamp?: number;
  secret?: string;
  signature?: string;
  headers?: Record<string, string>;
}

/** POSTs exactly the bytes given, signed as Slack signs them. */
export async function sendSigned(url: string, body: string, contentType: string, options: SendOptions = {}): Promise<{ status: number; text: string; contentType: string | null }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? signature(body, timestamp, options.secret),
      ...options.headers,
    },
    body,
  });
  return { status: res.status, text: await res.text(), contentType: res.headers.get('content-type') };
}

export const FORM = 'application/x-www-form-urlencoded';

/** A slash command body, form-encoded as Slack sends it (a string, so no charset gets added). */
export function slashCommandBody(text: string, responseUrl: string, command = '/thinkagain', channel: { id: string; name: string } = { id: 'C0CHAN01', name: 'general' }): string {
  return new URLSearchParams({
    token: 'vtok',
    team_id: 'T0001',
    team_domain: 'acme',
    channel_id: channel.id,
    channel_name: channel.name,
    user_id: 'U0USER01',
    user_name: 'alice',
    command,
    text,
    api_app_id: 'A0APP01',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: '1234.5678.abcd',
  }).toString();
}

export function eventBody(eventId: string, event: Record<string, unknown>): string {
  return JSON.stringify({
    token: 'vtok',
    team_id: 'T0001',
    api_app_id: 'A0APP01',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: 'T0001', user_id: 'U0BOT', is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
    event_context: '4-abc',
  });
}

export function buttonBody(actionId: string, value: string, responseUrl: string): string {
  const payload = {
    type: 'block_actions',
    user: { id: 'U0USER01', username: 'alice', name: 'alice', team_id: 'T0001' },
    api_app_id: 'A0APP01',
    token: 'vtok',
    container: { type: 'message', message_ts: '1712345699.000100', channel_id: 'C0CHAN01', is_ephemeral: true },
    trigger_id: '1234.5678.efgh',
    team: { id: 'T0001', domain: 'acme' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: 'C0CHAN01', name: 'general' },
    state: { values: {} },
    response_url: responseUrl,
    actions: [{ type: 'button', action_id: actionId, block_id: 'answer_actions', text: { type: 'plain_text', text: 'x', emoji: true }, value, action_ts: '1712345700.123456' }],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
