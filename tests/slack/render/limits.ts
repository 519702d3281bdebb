import type { SlackMessage } from '../../../src/slack/render/blocks';

interface AnyBlock {
  type: string;
  text?: { type: string; text: string };
  elements?: Array<{ type: string; text?: string | { text: string }; value?: string; action_id?: string }>;
}

/** Asserts every Block Kit limit we rely on, and returns the message as JSON for further checks. */
export function expectWithinSlackLimits(message: SlackMessage, maxBlocks = 50): string {
  expect(message.text.trim().length).toBeGreaterThan(0);
  expect(message.text.length).toBeLessThanOrEqual(40_000);
  expect(message.blocks.length).toBeLessThanOrEqual(maxBlocks);
  let total = 0;
  for (const block of message.blocks as unknown as AnyBlock[]) {
    if (block.type === 'section') expect(block.text!.text.length).toBeLessThanOrEqual(3000);
    if (block.type === 'header') expect(block.text!.text.length).toBeLessThanOrEqual(150);
    total += block.text?.text.length ?? 0;
    const actionIds = new Set<string>();
    for (const element of block.elements ?? []) {
      if (element.type === 'button') {
        const label = typeof element.text === 'object' ? element.text.text : '';
        expect(label.length).toBeLessThanOrEqual(75);
        expect((element.value ?? '').length).toBeLessThanOrEqual(2000);
        expect(actionIds.has(element.action_id!)).toBe(false);
        actionIds.add(element.action_id!);
      } else if (typeof element.text === 'string') {
        expect(element.text.length).toBeLessThanOrEqual(3000);
        total += element.text.length;
      }
    }
  }
  expect(total).toBeLessThanOrEqual(12_000);
  return JSON.stringify(message);
}

/** Nothing in the message can notify the channel or mention a user it was not meant to. */
export function expectNoMentions(json: string): void {
  expect(json).not.toContain('<!channel>');
  expect(json).not.toContain('<!everyone>');
  expect(json).not.toContain('<@U123>');
  expect(json).not.toMatch(/@here|@channel|@everyone/);
  expect(json).not.toContain('<https://evil');
}
