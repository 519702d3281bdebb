import type { types } from '@slack/bolt';
import { escapeMrkdwn, LIMITS, markdownToMrkdwn, safePlain, splitEscaped, truncate } from './text';

export type Block = types.KnownBlock;
export type ButtonElement = types.Button;

/** A Slack message: blocks for the client, `text` for notifications, screen readers and old clients. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/** Section blocks holding `raw` (escaped here), split so that no section passes 3000 characters. */
export function sections(raw: string): Block[] {
  return splitEscaped(raw, LIMITS.sectionText).map((piece) => ({ type: 'section', text: { type: 'mrkdwn', text: piece } }));
}

/** Sections of content text (Markdown emphasis turned into mrkdwn), split to Slack's limits. */
export function contentSections(raw: string): Block[] {
  return splitEscaped(raw, LIMITS.sectionText - 10).map((piece) => ({ type: 'section', text: { type: 'mrkdwn', text: markdownToMrkdwn(piece) } }));
}

/** A section of mrkdwn the caller has already escaped (used to add *bold* around escaped text). */
export function mrkdwnSection(escaped: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(escaped, LIMITS.sectionText) } };
}

export function header(raw: string): Block {
  return { type: 'header', text: { type: 'plain_text', text: truncate(safePlain(raw), LIMITS.headerText), emoji: true } };
}

/** A context line of mrkdwn the caller has already escaped. */
export function context(...escaped: string[]): Block {
  return {
    type: 'context',
    elements: escaped.slice(0, LIMITS.contextElements).map((text) => ({ type: 'mrkdwn', text: truncate(text, LIMITS.contextElementText) })),
  };
}

export function divider(): Block {
  return { type: 'divider' };
}

export function button(label: string, actionId: string, value: string, style?: 'primary' | 'danger'): ButtonElement {
  if (value.length > LIMITS.buttonValue) throw new Error(`Button value for ${actionId} is over ${LIMITS.buttonValue} characters: put an id in it, not content.`);
  const element: ButtonElement = { type: 'button', action_id: actionId, text: { type: 'plain_text', text: truncate(safePlain(label), LIMITS.buttonText), emoji: true }, value };
  if (style) element.style = style;
  return element;
}

export function actions(blockId: string, elements: ButtonElement[]): Block {
  return { type: 'actions', block_id: blockId, elements };
}

/**
 * Builds a message inside Slack's limits: the footer (buttons) is always kept, and the body is cut,
 * with a note, when it would pass `maxBlocks` blocks in all or `maxChars` characters of text.
 */
export function compose(fallbackRaw: string, body: Block[], footer: Block[] = [], maxBlocks: number = LIMITS.blocks, maxChars: number = LIMITS.messageBodyChars): SlackMessage {
  const room = maxBlocks - footer.length;
  const kept: Block[] = [];
  let chars = 0;
  for (const [index, block] of body.entries()) {
    const size = blockChars(block);
    const last = index === body.length - 1;
    if (chars + size > maxChars || kept.length >= (last ? room : room - 1)) {
      kept.push(context('_…cut short to fit in Slack._'));
      break;
    }
    kept.push(block);
    chars += size;
  }
  return { text: fallback(fallbackRaw), blocks: [...kept, ...footer] };
}

function blockChars(block: Block): number {
  if (block.type === 'section') return block.text?.text.length ?? 0;
  if (block.type === 'context') return block.elements.reduce((n, e) => n + ('text' in e ? e.text.length : 0), 0);
  if (block.type === 'header') return block.text.text.length;
  return 0;
}

/** The plain-text fallback: escaped, one short paragraph, never empty. */
export function fallback(raw: string): string {
  const text = escapeMrkdwn(truncate(raw.replace(/\s+/g, ' ').trim(), LIMITS.fallbackText));
  return text || 'ThinkAgain';
}
