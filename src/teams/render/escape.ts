/**
 * Makes user-typed text inert inside Markdown that Teams renders (message text, TextBlocks): no links,
 * emphasis or code, and no HTML tags, so no `<at>` mentions. Angle brackets become look-alike quotes.
 * Cards show user text through `plainText` (a TextRun, never Markdown) instead; this is for message text.
 */
export function escapeUserText(text: string): string {
  return text
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .replace(/[\\`*_[\]()~#|!]/g, (c) => `\\${c}`);
}

/** Shortens text for a one-line summary or a button title, on a word boundary where possible. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
