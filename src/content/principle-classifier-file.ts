import { z } from 'zod';
import type { ClassifierWeights } from '../core/search/principle-classifier';
import { TOPIC_SLUGS } from '../core/topics';

/**
 * The principle classifier's learned weights, `content/principle-classifier.json`, written by
 * `npm run fit -- --write`: the topics in order, a bias per topic, and per analysed term a weight per topic.
 * One term to a line, so a refit reads as a diff.
 */
export const PRINCIPLE_CLASSIFIER_FILE = 'principle-classifier.json';
const FORMAT = 'thinkagain-principle-classifier/1';

const weightRow = z.array(z.number({ error: 'must be numbers' }).finite());

export const classifierFileSchema = z
  .object({
    format: z.literal(FORMAT, { error: `must be "${FORMAT}"` }),
    topics: z.array(z.enum(TOPIC_SLUGS, { error: `must be topic slugs: ${TOPIC_SLUGS.join(', ')}` })).min(2, 'needs at least two topics'),
    bias: weightRow,
    terms: z.record(z.string(), weightRow),
  })
  .superRefine((file, context) => {
    const width = file.topics.length;
    if (new Set(file.topics).size !== width) context.addIssue({ code: 'custom', path: ['topics'], message: 'lists a topic twice' });
    if (file.bias.length !== width) context.addIssue({ code: 'custom', path: ['bias'], message: `has ${file.bias.length} weights for ${width} topics` });
    const wrong = Object.entries(file.terms).find(([, row]) => row.length !== width);
    if (wrong) context.addIssue({ code: 'custom', path: ['terms', wrong[0]], message: `has ${wrong[1].length} weights for ${width} topics` });
  });

export function encodeClassifier(weights: ClassifierWeights): string {
  const terms = Object.entries(weights.terms).map(([term, row]) => `    ${JSON.stringify(term)}: ${JSON.stringify(row)}`);
  return `{\n  "format": "${FORMAT}",\n  "topics": ${JSON.stringify(weights.topics)},\n  "bias": ${JSON.stringify(weights.bias)},\n  "terms": {\n${terms.join(',\n')}\n  }\n}\n`;
}
