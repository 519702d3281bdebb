import { z } from 'zod';

/** What an Action.Submit button on one of our cards sends back as `activity.value`. */
const submissionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('show_passage'), id: z.string().min(1).max(200) }),
  // ref: the question's insights reference, when it was recorded (ties the press to the question, not to a person).
  z.object({ action: z.literal('clarify_choice'), id: z.string().min(1).max(200), ref: z.string().regex(/^[A-Za-z0-9-]{1,64}$/).optional() }),
  z.object({ action: z.literal('feedback'), id: z.string().min(1).max(200), helpful: z.boolean(), ref: z.string().regex(/^[A-Za-z0-9-]{1,64}$/).optional() }),
  z.object({ action: z.literal('principle'), slug: z.string().regex(/^[a-z0-9-]{1,40}$/) }),
]);

export type CardSubmission = z.infer<typeof submissionSchema>;

/** Reads a card submission; anything else (old cards, other apps' buttons, garbage) is `undefined`. */
export function parseSubmission(value: unknown): CardSubmission | undefined {
  const parsed = submissionSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export const showPassage = (id: string): CardSubmission => ({ action: 'show_passage', id });
export const clarifyChoice = (id: string, ref?: string): CardSubmission => ({ action: 'clarify_choice', id, ...(ref ? { ref } : {}) });
export const feedback = (id: string, helpful: boolean, ref?: string): CardSubmission => ({ action: 'feedback', id, helpful, ...(ref ? { ref } : {}) });
export const openPrinciple = (slug: string): CardSubmission => ({ action: 'principle', slug });
