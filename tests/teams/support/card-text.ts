import type { CardAction, CardElement, TeamsMessage } from '../../../src/teams/render/card';

/** The first card of a message. */
export function cardOf(message: TeamsMessage) {
  const card = message.attachments?.[0]?.content;
  if (!card) throw new Error(`expected a card, got text: ${message.text ?? ''}`);
  return card;
}

/** Every element, depth first. */
export function elementsOf(message: TeamsMessage): CardElement[] {
  const out: CardElement[] = [];
  const visit = (els: CardElement[]) => {
    for (const el of els) {
      out.push(el);
      if (Array.isArray(el.items)) visit(el.items as CardElement[]);
      if (Array.isArray(el.columns)) visit(el.columns as CardElement[]);
    }
  };
  visit(cardOf(message).body);
  return out;
}

/** Text that Teams reads as Markdown (TextBlocks). */
export function markdownTexts(message: TeamsMessage): string[] {
  return elementsOf(message).filter((e) => e.type === 'TextBlock').map((e) => e.text as string);
}

/** Text shown verbatim (RichTextBlock TextRuns). */
export function plainTexts(message: TeamsMessage): string[] {
  return elementsOf(message)
    .filter((e) => e.type === 'RichTextBlock')
    .flatMap((e) => (e.inlines as Array<{ text: string }>).map((i) => i.text));
}

/** The buttons a person sees: ActionSets in the body, then the card's own actions (not tappable rows). */
export function buttonsOf(message: TeamsMessage): CardAction[] {
  return [...elementsOf(message).flatMap((e) => (e.type === 'ActionSet' ? (e.actions as CardAction[]) : [])), ...(cardOf(message).actions ?? [])];
}

/** Every action: card actions, ActionSets and select actions. */
export function actionsOf(message: TeamsMessage): CardAction[] {
  const card = cardOf(message);
  return [
    ...elementsOf(message).flatMap((e) => [...(e.type === 'ActionSet' ? (e.actions as CardAction[]) : []), ...(e.selectAction ? [e.selectAction as CardAction] : [])]),
    ...(card.actions ?? []),
  ];
}
