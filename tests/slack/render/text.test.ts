import { escapeMrkdwn, markdownToMrkdwn, safeUrl, splitEscaped, truncate } from '../../../src/slack/render/text';

describe('Slack text helpers', () => {
  it('escapes &, < and > and neutralises broadcasts', () => {
    expect(escapeMrkdwn('a & b <!channel> <@U123>')).toBe('a &amp; b &lt;!channel&gt; &lt;@U123&gt;');
    expect(escapeMrkdwn('hi @here and @Channel')).not.toMatch(/@here|@channel/i);
  });

  it('splits long text into pieces within the limit, never inside an entity', () => {
    const raw = `${'a&b '.repeat(2000)}${'<'.repeat(5000)}`;
    const pieces = splitEscaped(raw, 3000);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(3000);
      expect(piece).not.toMatch(/&(?!amp;|lt;|gt;)/);
    }
    expect(pieces.join('').replace(/\s/g, '').length).toBe(escapeMrkdwn(raw).replace(/\s/g, '').length);
  });

  it('truncates with an ellipsis', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abc', 4)).toBe('abc');
  });

  it('turns Markdown emphasis into mrkdwn', () => {
    expect(markdownToMrkdwn('Decide **on purpose**, and *record* why.')).toBe('Decide *on purpose*, and _record_ why.');
  });

  it('accepts only plain http(s) URLs for links', () => {
    expect(safeUrl('https://example.org/a?b=c')).toBe('https://example.org/a?b=c');
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('https://x.org/|<!channel>')).toBeUndefined();
  });
});
