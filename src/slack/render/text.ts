/** Slack's text limits, in characters (docs.slack.dev/reference/block-kit/blocks). */
export const LIMITS = {
  blocks: 50,
  homeBlocks: 100,
  sectionText: 3000,
  contextElementText: 3000,
  contextElements: 10,
  buttonText: 75,
  buttonValue: 2000,
  headerText: 150,
  /** Slack refuses very large messages (`msg_blocks_too_long` near 13k); we keep the body well under. */
  messageBodyChars: 9000,
  fallbackText: 3000,
} as const;

const BROADCAST = /@(here|channel|everyone)\b/gi;

/**
 * Escapes text for Slack mrkdwn: `&`, `<`, `>` become entities, so nothing anyone typed can become
 * a link, `<!channel>`, `<!here>` or a `<@U…>` mention; bare `@here`/`@channel`/`@everyone` get an
 * invisible word joiner after the `@` so that `link_names` parsing can never fire them either.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(BROADCAST, '@\u2060$1');
}

/**
 * Plain-text fields (buttons, headers) are not parsed for mentions; still, angle brackets become
 * look-alike quotation marks and broadcasts are neutralised, so no client can ever read them as one.
 */
export function safePlain(text: string): string {
  return text.replace(/</g, '‹').replace(/>/g, '›').replace(BROADCAST, '@\u2060$1');
}

/** Cuts text to at most `max` characters, ending with an ellipsis when it was cut. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join('').trimEnd()}…`;
}

/**
 * Escapes `raw` and splits it into pieces of at most `max` characters each (after escaping), breaking
 * at paragraph, line or word boundaries where it can and never inside an `&amp;`-style entity.
 */
export function splitEscaped(raw: string, max: number): string[] {
  const pieces: string[] = [];
  let current = '';
  const push = () => {
    if (current.trim() !== '') pieces.push(current.trim());
    current = '';
  };
  for (const token of raw.split(/(\s+)/)) {
    if (token === '') continue;
    const escaped = /^\s+$/.test(token) ? token : escapeMrkdwn(token);
    if (current.length + escaped.length <= max) {
      current += escaped;
      continue;
    }
    push();
    if (/^\s+$/.test(token)) continue;
    if (escaped.length <= max) {
      current = escaped;
      continue;
    }
    // One enormous "word": cut it by characters, keeping entities whole.
    for (const char of Array.from(token)) {
      const e = escapeMrkdwn(char);
      if (current.length + e.length > max) push();
      current += e;
    }
  }
  push();
  return pieces;
}

/** A URL safe to place inside `<url|label>`: http(s) only, no characters that would end the link. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\/[^\s<>|]+$/i.test(url)) return undefined;
  return url;
}

/** Content is written in Markdown: `**bold**` → `*bold*`, `*italic*` → `_italic_` (Slack's mrkdwn). */
export function markdownToMrkdwn(escaped: string): string {
  return escaped
    .replace(/\*\*([^*\n]+)\*\*/g, '\uE000$1\uE000')
    .replace(/(^|[^\w*])\*([^*\n]+)\*(?![\w*])/g, '$1_$2_')
    .replace(/\uE000/g, '*');
}
