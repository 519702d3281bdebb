/**
 * A small, typed subset of Adaptive Cards 1.5 (what Teams renders) and the builders the renderers use.
 * Plain data only: no botbuilder here, so the renderers stay pure and portable.
 */

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
export const ADAPTIVE_CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
export const ADAPTIVE_CARD_VERSION = '1.5';

export interface CardElement {
  type: string;
  [property: string]: unknown;
}

export interface CardAction {
  type: 'Action.Submit' | 'Action.OpenUrl';
  title: string;
  data?: Record<string, unknown>;
  url?: string;
  style?: 'default' | 'positive' | 'destructive';
  /** Read by screen readers and shown on hover: what a short title like "Read" does. */
  tooltip?: string;
}

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: string;
  body: CardElement[];
  actions?: CardAction[];
  /** Plain text shown by clients that cannot render the card. */
  fallbackText: string;
}

export interface CardAttachment {
  contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE;
  content: AdaptiveCard;
}

/**
 * A message ready for `TurnContext.sendActivity`: either one line of `text`, or a card with a one-line
 * `summary`. A card message carries no `text`: Teams shows an activity's text as a bubble above its
 * card, which repeated every card's heading. The summary is for clients that cannot show the card.
 */
export type TeamsMessage =
  | { type: 'message'; text: string; summary?: undefined; attachments?: undefined }
  | { type: 'message'; text?: undefined; summary: string; attachments: CardAttachment[] };

export interface TextOptions {
  size?: 'small' | 'medium' | 'large';
  weight?: 'bolder';
  isSubtle?: boolean;
  spacing?: 'none' | 'small' | 'medium' | 'large';
  color?: 'accent' | 'good' | 'attention';
}

/** A TextBlock; its text is read as Markdown, so only trusted text (our content) goes here. */
export function textBlock(text: string, options: TextOptions = {}): CardElement {
  return { type: 'TextBlock', text, wrap: true, ...options };
}

/** Text that is never read as Markdown (a RichTextBlock's TextRun): the safe way to show what a user typed. */
export function plainText(text: string, options: { italic?: boolean } = {}): CardElement {
  return { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text, ...(options.italic ? { italic: true } : {}) }] };
}

export function bullet(text: string): CardElement {
  return textBlock(`• ${text}`, { spacing: 'none' });
}

export function submit(title: string, data: Record<string, unknown>, options: { style?: CardAction['style']; tooltip?: string } = {}): CardAction {
  return { type: 'Action.Submit', title, data, ...(options.style ? { style: options.style } : {}), ...(options.tooltip ? { tooltip: options.tooltip } : {}) };
}

export function openUrl(title: string, url: string): CardAction {
  return { type: 'Action.OpenUrl', title, url };
}

export function actionSet(actions: CardAction[]): CardElement {
  return { type: 'ActionSet', actions };
}

export function cardMessage(summary: string, body: CardElement[], actions: CardAction[], fallbackText: string): TeamsMessage {
  const content: AdaptiveCard = {
    type: 'AdaptiveCard',
    $schema: ADAPTIVE_CARD_SCHEMA,
    version: ADAPTIVE_CARD_VERSION,
    body,
    ...(actions.length ? { actions } : {}),
    fallbackText,
  };
  return { type: 'message', summary, attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content }] };
}

export function textMessage(text: string): TeamsMessage {
  return { type: 'message', text };
}

