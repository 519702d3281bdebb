import { z } from 'zod';
import { ON_TOPIC_LABELS, type ClassifierWeights } from '../core/search/word-classifier';
import { TOPIC_SLUGS } from '../core/topics';

/**
 * The learned word classifiers, written by `npm run fit -- --write`: the labels in order, a bias per
 * label, and per analysed term a weight per label. One term to a line, so a refit reads as a diff.
 */
export const PRINCIPLE_CLASSIFIER_FILE = 'principle-classifier.json';
export const ON_TOPIC_CLASSIFIER_FILE = 'on-topic-classifier.json';
const FORMAT = 'thinkagain-word-classifier/1';

const weightRow = z.array(z.number({ error: 'must be numbers' }).finite());
const isWeightRow = (row: unknown): row is number[] => Array.isArray(row) && row.every((w) => typeof w === 'number' && Number.isFinite(w));
/**
 * The terms are checked where they lie rather than parsed by zod, which copies every row: for a few
 * thousand rows that grew the young heap by about 9 MB at start-up, and the process kept it.
 */
const termRows = z.custom<Record<string, number[]>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), { error: 'must map each term to its weights' });

/** The schema of a classifier file whose labels must come from `allowed`. */
export function classifierFileSchema<L extends string>(allowed: readonly [L, ...L[]]) {
  return z
    .object({
      format: z.literal(FORMAT, { error: `must be "${FORMAT}"` }),
      labels: z.array(z.enum(allowed, { error: `must be among: ${allowed.join(', ')}` })).min(2, 'needs at least two labels'),
      bias: weightRow,
      terms: termRows,
    })
    .superRefine((file, context) => {
      const width = file.labels.length;
      if (new Set(file.labels).size !== width) context.addIssue({ code: 'custom', path: ['labels'], message: 'lists a label twice' });
      if (file.bias.length !== width) context.addIssue({ code: 'custom', path: ['bias'], message: `has ${file.bias.length} weights for ${width} labels` });
      for (const [term, row] of Object.entries(file.terms)) {
        const message = !isWeightRow(row) ? 'must be a list of numbers' : row.length !== width ? `has ${row.length} weights for ${width} labels` : undefined;
        if (message === undefined) continue;
        context.addIssue({ code: 'custom', path: ['terms', term], message });
        return;
      }
    });
}

export const principleClassifierSchema = classifierFileSchema(TOPIC_SLUGS);
export const onTopicClassifierSchema = classifierFileSchema(ON_TOPIC_LABELS);

export function encodeClassifier(weights: ClassifierWeights): string {
  const terms = Object.entries(weights.terms).map(([term, row]) => `    ${JSON.stringify(term)}: ${JSON.stringify(row)}`);
  return `{\n  "format": "${FORMAT}",\n  "labels": ${JSON.stringify(weights.labels)},\n  "bias": ${JSON.stringify(weights.bias)},\n  "terms": {\n${terms.join(',\n')}\n  }\n}\n`;
}
