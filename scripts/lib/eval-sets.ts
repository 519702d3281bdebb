import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One question and what counts as right: the accepted principle slugs (none for an off-topic question). */
export interface EvalItem {
  q: string;
  accept: string[];
  /** For coverage questions: the passages that properly answer it; an answer must be one of them. */
  passages?: string[];
}

export interface EvalSet {
  name: string;
  items: EvalItem[];
}

export const FIXTURES = join(__dirname, '..', '..', 'tests', 'fixtures');

/** The blind sets: written by people who saw only the brief, never content/ or the code. */
export const BLIND_FILES = ['staff-questions-blind.tsv', 'persona-questions-blind.tsv', 'channel-questions-blind.tsv', 'quick-questions-blind.tsv', 'fresh-questions-blind.tsv', 'holdout-questions-blind.tsv', 'indirect-questions-blind.tsv', 'services-questions-blind.tsv', 'regional-questions-blind.tsv', 'neighbourhood-questions-blind.tsv', 'frontline-questions-blind.tsv', 'outreach-questions-blind.tsv'] as const;
const SPLIT_FILE = join(FIXTURES, 'blind-split.json');

/**
 * Blind sets kept back whole: nothing learns from them and they have no split. Each is scored whole,
 * before and after the next change to the engine, then joins BLIND_FILES with a frozen split.
 */
export const KEPT_BACK_FILES = ['kept-back/cohesion-questions-blind.tsv'] as const;

/** Every question of every blind set, split or kept back: what no training file or "Asked as:" line may repeat. */
export function everyBlindQuestion(): EvalItem[] {
  return [...BLIND_FILES, ...KEPT_BACK_FILES].flatMap((f) => readBlindFile(f));
}

/**
 * Questions written from the brief and a list of roles, each with its writer's labels, to teach the
 * classifiers how staff ask: never a score we report. None repeats a question of the blind sets, the
 * sets kept back or the fixture (a test holds that).
 */
export const TRAINING_FILES = [
  'training-commissioning.tsv',
  'training-health.tsv',
  'training-community.tsv',
  'training-strategy.tsv',
  'training-care.tsv',
  'training-place.tsv',
  'training-children.tsv',
  'training-corporate.tsv',
  'training-housing.tsv',
  'training-nhs-operations.tsv',
  'training-leadership.tsv',
  'training-specialists.tsv',
  'training-inclusion.tsv',
  'training-skills.tsv',
  'training-clinical.tsv',
  'training-central.tsv',
  'training-regulatory.tsv',
  'training-boundary.tsv',
] as const;

interface RegressionFixture {
  questions: Array<{ q: string; expect: string; also?: string[] }>;
  offTopic: string[];
  coverage?: Array<{ q: string; expect: string; passages: string[] }>;
}

function readFixture(): RegressionFixture {
  return JSON.parse(readFileSync(join(FIXTURES, 'eval-questions.json'), 'utf8')) as RegressionFixture;
}

/** The project's own questions, tuned on: a regression check, not an estimate of quality. */
export function regressionSet(): EvalSet {
  const fixture = readFixture();
  return {
    name: 'regression fixture',
    items: [...fixture.questions.map((q) => ({ q: q.q, accept: [q.expect, ...(q.also ?? [])] })), ...fixture.offTopic.map((q) => ({ q, accept: [] }))],
  };
}

/** Legal, regulatory and practical questions every answer must get right: a relevant passage, or a clarify offering one. */
export function coverageSet(): EvalSet {
  return { name: 'coverage questions', items: (readFixture().coverage ?? []).map((c) => ({ q: c.q, accept: [c.expect], passages: c.passages })) };
}

interface BlindLine extends EvalItem {
  line: number;
}

/** Reads a blind TSV: `<slugs>\t<question>` or `<slugs>\t<persona>\t<question>`; `-` marks off-topic; `#` lines are comments. */
export function readBlindFile(file: string): BlindLine[] {
  return readFileSync(join(FIXTURES, file), 'utf8')
    .split(/\r?\n/)
    .map((text, i) => ({ text, line: i + 1 }))
    .filter(({ text }) => text.trim() !== '' && !text.startsWith('#'))
    .map(({ text, line }) => {
      const columns = text.split('\t');
      const slugs = columns[0]!.trim();
      return { line, q: columns[columns.length - 1]!.trim(), accept: slugs === '-' ? [] : slugs.split(',').map((s) => s.trim()) };
    });
}

/**
 * Each blind set is split once into a tuning half and a test half, stratified by first slug (off-topic
 * being its own stratum) and ordered by a hash of the question, and the test half's line numbers are
 * frozen in tests/fixtures/blind-split.json. Only the tuning half may be looked at while changing the
 * engine or the content; the test half is what we report.
 */
export function freshSplit(lines: BlindLine[]): number[] {
  const strata = new Map<string, BlindLine[]>();
  for (const item of lines) {
    const key = item.accept[0] ?? '-';
    strata.set(key, [...(strata.get(key) ?? []), item]);
  }
  const test: number[] = [];
  for (const items of strata.values()) {
    const ordered = [...items].sort((a, b) => hash(a.q).localeCompare(hash(b.q)));
    ordered.forEach((item, i) => i % 2 === 1 && test.push(item.line));
  }
  return test.sort((a, b) => a - b);
}

/** A stable order for questions: the hex SHA-256 of the text. */
export function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function frozenSplit(): Record<string, number[]> {
  return JSON.parse(readFileSync(SPLIT_FILE, 'utf8')) as Record<string, number[]>;
}

/** The tuning and test halves of one blind set, as frozen. */
export function blindHalves(file: (typeof BLIND_FILES)[number]): { tune: EvalSet; test: EvalSet } {
  const testLines = new Set(frozenSplit()[file] ?? []);
  const lines = readBlindFile(file);
  const label = file.replace(/\.tsv$/, '');
  return {
    tune: { name: `${label} (tuning half)`, items: lines.filter((l) => !testLines.has(l.line)) },
    test: { name: `${label} (test half)`, items: lines.filter((l) => testLines.has(l.line)) },
  };
}

/** Every question of the training files. */
export function trainingQuestions(): EvalItem[] {
  return TRAINING_FILES.flatMap((f) => readBlindFile(f));
}

/**
 * What the classifiers and the decision models may learn from: the regression fixture, the coverage
 * questions, the tuning halves of the blind sets and the training files. Never a test half.
 */
export function learnableQuestions(): EvalItem[] {
  return [...regressionSet().items, ...coverageSet().items, ...BLIND_FILES.flatMap((f) => blindHalves(f).tune.items), ...trainingQuestions()];
}
