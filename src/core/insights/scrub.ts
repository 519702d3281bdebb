const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/** Slack `<@U123>` / `<#C123|name>` / `<!subteam^S123>` and Teams `<at>Name</at>`: people and channels, by id or name. */
const SLACK_REFERENCE = /<[@#!][^>\s]*>/g;
const TEAMS_MENTION = /<at>[^<]*<\/at>/gi;
const URL_WITH_USER = /\b[a-z][a-z0-9+.-]*:\/\/[^\s@/]+@/gi;
/** UK postcodes, full (SW1A 1AA, m1 1ae) or run together (SW1A1AA). */
const POSTCODE = /\b(?:GIR ?0AA|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})\b/gi;
/**
 * Phone numbers: an international `+` or a leading 0 or bracket (UK style: 07700 900123, (0191) 498 0000,
 * 020-7946-0958, +44 (0)20 7946 0958), then digits with spaces, dots, dashes or brackets.
 */
const PHONE = /(?:\+|\(?\b0)[\d\s().-]{7,}\d/g;
const MIN_PHONE_DIGITS = 9;
/** Any run of six or more digits (account, case, NHS or card numbers), with or without spaces between groups. */
const LONG_DIGITS = /\d(?:[ -]?\d){5,}/g;

/** Longest question text kept; the rest is cut. */
export const MAX_KEPT_QUESTION_CHARS = 300;

/**
 * Removes what could identify a person from a question before it is stored: email addresses, phone
 * numbers, UK postcodes, long digit runs, and Slack or Teams mentions of people and channels. Each is
 * replaced by a marker such as `[email]`, so an editor still sees what kind of thing was there.
 */
export function scrubQuestion(text: string): string {
  return text
    .replace(SLACK_REFERENCE, '[someone]')
    .replace(TEAMS_MENTION, '[someone]')
    .replace(URL_WITH_USER, '[link]')
    .replace(EMAIL, '[email]')
    .replace(POSTCODE, '[postcode]')
    .replace(PHONE, (match) => (match.replace(/\D/g, '').length >= MIN_PHONE_DIGITS ? '[phone]' : match))
    .replace(LONG_DIGITS, '[number]')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_KEPT_QUESTION_CHARS);
}
