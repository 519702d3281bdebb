import { buildAssistant } from '../../src/app/build-assistant';
import { PLAIN, renderText } from '../../src/cli/render-text';
import { CONTENT_DIR } from '../support/content-fixture';

describe('renderText: the terminal rendering of replies', () => {
  const { assistant } = buildAssistant(CONTENT_DIR, { clock: () => new Date('2026-11-25T09:00:00Z') });

  it('shows the principle, the advice wrapped to the width, and an honest citation', () => {
    const text = renderText(assistant.ask('should this be a grant or a contract?'), { ...PLAIN, width: 60 });
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^5\. /);
    expect(text).toMatch(/Source: ThinkAgain synthesis drawn from .+\./);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(60 + 20);
    expect(text).not.toContain('*');
  });

  it('says it will not guess, and lists the ten principles, when nothing matches', () => {
    const text = renderText(assistant.ask('reset my password'));
    expect(text).toContain('I could not find advice on that');
    expect(text.match(/^\s+\d+\. /gm)).toHaveLength(10);
  });

  it('names the section of each further match so it can be looked up', () => {
    const reply = assistant.ask('how many volunteers are there');
    expect(reply.kind).toBe('answer');
    const text = renderText(reply);
    expect(text).toMatch(/More on this:\n(\s+• .+\((principle \d+|facts and figures|about the paper)\)\n?)+/);
  });
});
