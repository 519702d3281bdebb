import { z } from 'zod';

/** What an Action.Submit button on one of our cards sends back as `activity.value`. */
const submissionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('show_passage'), id: z.string().min(1).max(200) }),
  z.object({ action: z.literal('clarify_choice'), id: z.string().min(1).max(200) }),
  z.object({ action: z.literal('feedback'), id: z.string().min(1).max(200), helpful: z.boolean() }),
  z.object({ action: z.literal('principle'), slug: z.string().regex(/^[a-z0-9-]{1,40}$/) }),
]);

export type CardSubmission = z.infer<typeof submissionSchema>;

/** Reads a card submission; anything else (old cards, other apps' buttons, garbage) is `undefined`. */
export function parseSubmission(value: unknown): CardSubmission | undefined {
  const parsed = submissionSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export const showPassage = (id: string): CardSubmission => ({ action: 'show_passage', id });
export const clarifyChoice = (id: string): CardSubmission => ({ action: 'clarify_choice', id });
export const feedback = (id: string, helpful: boolean): CardSubmission => ({ action: 'feedback', id, helpful });
export const openPrinciple = (slug: string): CardSubmission => ({ action: 'principle', slug });
