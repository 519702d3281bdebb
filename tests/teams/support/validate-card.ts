import { createRequire } from 'node:module';
import { CHOICE_LABEL_CHARS } from '../../../src/core/answer-words';
import type { AdaptiveCard, CardAction, CardElement, TeamsMessage } from '../../../src/teams/render/card';

/**
 * The `adaptivecards` parser (the SDK Microsoft's renderers use) runs without a DOM for parsing and
 * validation. Its `lib/` build is extensionless ESM that node cannot load, so the UMD bundle in `dist/`
 * is used, typed here by the little of it we call.
 */
interface ValidationEvent {
  event: number;
  message: string;
}
interface AdaptiveCardsModule {
  AdaptiveCard: new () => { parse(json: unknown, context: unknown): void; validateProperties(): { validationEvents: ValidationEvent[] }; toJSON(): unknown };
  SerializationContext: new (version: unknown) => { eventCount: number; getEventAt(i: number): ValidationEvent };
  Versions: { v1_5: unknown };
}
const AC = createRequire(__filename)('adaptivecards/dist/adaptivecards.js') as AdaptiveCardsModule;

/** Teams renders Adaptive Cards up to 1.5, shows at most 6 top-level actions, and refuses messages over ~28 KB. */
const TEAMS_MAX_ACTIONS = 6;
const TEAMS_MAX_MESSAGE_BYTES = 28 * 1024;

/** Every problem with a card: the official parser's complaints plus what Teams needs that the parser allows. */
export function cardProblems(card: AdaptiveCard): string[] {
  const problems: string[] = [];
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i += 1) problems.push(`parse: ${context.getEventAt(i).message}`);
  for (const e of parsed.validateProperties().validationEvents) problems.push(`validate: ${e.message}`);

  if (card.type !== 'AdaptiveCard') problems.push('type must be AdaptiveCard');
  if (card.$schema !== 'http://adaptivecards.io/schemas/adaptive-card.json') problems.push('$schema is not the Adaptive Card schema');
  if (!/^1\.[0-5]$/.test(card.version)) problems.push(`version ${card.version} is above what Teams renders (1.5)`);
  if (!card.fallbackText) problems.push('no fallbackText');
  if ((card.actions?.length ?? 0) > TEAMS_MAX_ACTIONS) problems.push(`more than ${TEAMS_MAX_ACTIONS} actions`);
  if (card.body.length === 0) problems.push('empty body');
  walk(card.body, problems);
  for (const a of card.actions ?? []) checkAction(a, problems);
  return problems;
}

/** Problems with a whole Teams message: summary text, attachments, size. */
export function messageProblems(message: TeamsMessage): string[] {
  const problems: string[] = [];
  if (message.type !== 'message') problems.push('not a message');
  if (message.attachments) {
    // Teams shows an activity's text as a bubble above its card: a card message carries a summary instead.
    if (message.text !== undefined) problems.push('a card message with text (Teams would show it above the card)');
    if (!message.summary?.trim()) problems.push('a card message without a summary');
  } else if (!message.text?.trim()) problems.push('a text message without text');
  if (Buffer.byteLength(JSON.stringify(message)) > TEAMS_MAX_MESSAGE_BYTES) problems.push('message larger than Teams accepts');
  for (const a of message.attachments ?? []) {
    if (a.contentType !== 'application/vnd.microsoft.card.adaptive') problems.push(`attachment type ${a.contentType}`);
    problems.push(...cardProblems(a.content));
  }
  return problems;
}

function walk(elements: CardElement[], problems: string[]): void {
  for (const el of elements) {
    if (el.type === 'TextBlock' && (typeof el.text !== 'string' || el.text.trim() === '')) problems.push('TextBlock without text');
    if (el.type === 'TextBlock' && el.wrap !== true) problems.push('TextBlock that does not wrap (Teams would cut it)');
    if (el.type === 'ActionSet') {
      const actions = el.actions as CardAction[];
      if (!actions.length) problems.push('empty ActionSet');
      for (const a of actions) checkAction(a, problems);
    }
    if (el.type === 'Container' || el.type === 'Column') walk(el.items as CardElement[], problems);
    if (el.type === 'ColumnSet') walk(el.columns as CardElement[], problems);
    if (el.selectAction) checkAction(el.selectAction as CardAction, problems);
  }
}

function checkAction(action: CardAction, problems: string[]): void {
  if (!action.title?.trim()) problems.push(`${action.type} without a title`);
  // Teams clips longer button titles in a normal chat column.
  if (Array.from(action.title ?? '').length > CHOICE_LABEL_CHARS) problems.push(`button title over ${CHOICE_LABEL_CHARS} characters: "${action.title}"`);
  if (action.type === 'Action.Submit' && (typeof action.data !== 'object' || action.data === null || typeof action.data.action !== 'string')) problems.push('Action.Submit without our { action } data');
  if (action.type === 'Action.OpenUrl' && !/^https?:\/\//.test(action.url ?? '')) problems.push('Action.OpenUrl without an http(s) url');
}
