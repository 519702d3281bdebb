import { z } from 'zod';
import { PRINCIPLE_SLUGS, TOPIC_SLUGS } from '../core/topics';
import { CONTENT_LIMITS, ID_PATTERN } from './limits';

const text = (max?: number) => {
  const base = z.string({ error: 'is required and must be text' }).trim().min(1, 'must not be empty');
  return max ? base.max(max, `is longer than ${max} characters`) : base;
};
const id = z.string({ error: 'is required' }).regex(ID_PATTERN, 'must be lower-case letters, digits and hyphens');

export const sourcesSchema = z
  .array(
    z.object({
      id,
      short: text(),
      citation: text(),
      url: z.url({ error: 'must be a full URL' }).optional(),
    }),
    { error: 'must be a list of sources' },
  )
  .min(1, 'must list at least one source');

export const vocabularySchema = z.object({
  synonyms: z.array(z.array(z.union([z.string(), z.number()]).transform(String)).min(2, 'each group needs at least two words'), { error: 'must be a list of groups' }).default([]),
  spellings: z.record(z.string(), z.string({ error: 'must map a US spelling to a British one' })).default({}),
  cues: z
    .partialRecord(z.enum(TOPIC_SLUGS, { error: `must be a topic slug: ${TOPIC_SLUGS.join(', ')}` }), z.array(z.string()).min(1, 'needs at least one phrase'))
    .default({}),
  subject_words: z.array(z.union([z.string(), z.number()]).transform(String), { error: 'must be a list of words' }).default([]),
  sector_words: z.array(z.union([z.string(), z.number()]).transform(String), { error: 'must be a list of words' }).default([]),
  elsewhere_words: z.array(z.union([z.string(), z.number()]).transform(String), { error: 'must be a list of words' }).default([]),
});

export const principleFrontMatterSchema = z.object({
  number: z.number({ error: 'must be a number from 1 to 10' }).int().min(1).max(10),
  slug: z.enum(PRINCIPLE_SLUGS, { error: `must be one of: ${PRINCIPLE_SLUGS.join(', ')}` }),
  title: text(CONTENT_LIMITS.titleChars),
  think_again_about: text(),
  summary: text(),
  do: z.array(text(), { error: 'must be a list' }).min(1, 'must list at least one thing to do'),
  dont: z.array(text(), { error: 'must be a list' }).min(1, 'must list at least one thing to avoid'),
  sources: z.array(z.string(), { error: 'must be a list of source ids' }).min(1, 'must name at least one source'),
  tips: z
    .array(z.object({ id, text: text(CONTENT_LIMITS.tipChars) }), { error: 'must be a list of tips' })
    .min(CONTENT_LIMITS.minTipsPerPrinciple, `needs at least ${CONTENT_LIMITS.minTipsPerPrinciple} tips`),
});

export const sectionFrontMatterSchema = z.object({
  slug: z.enum(['about', 'figures'], { error: 'must be about or figures' }),
  title: text(CONTENT_LIMITS.titleChars),
});

export type PrincipleFrontMatter = z.infer<typeof principleFrontMatterSchema>;
