/** Longest text kept from any message; the rest is dropped before anything else looks at it. */
export const MAX_INPUT_CHARS = 2000;

// eslint-disable-next-line no-control-regex -- stripping control characters is this pattern's job
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes any user text safe to parse: cuts it to a sane length, removes control and direction-override
 * characters, and drops the bot's own name or slash command when a user types it.
 */
export function cleanInput(raw: string): string {
  return raw
    .slice(0, MAX_INPUT_CHARS)
    .replace(CONTROL, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:\/|@)?think\s?again\b[\s,:;.!-]*/i, '')
    .trim();
}
