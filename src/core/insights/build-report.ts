import type { KnowledgeBase, Passage } from '../knowledge';
import { Analyser } from '../text/analyser';
import { sectionTitle, type TopicSlug } from '../topics';
import { groupQuestions, type QuestionGroup } from './group-questions';
import { SURFACES, type InteractionRecord, type QuestionOutcome, type Surface } from './interaction';

export interface OutcomeCounts {
  total: number;
  answer: number;
  clarify: number;
  decline: number;
}

export interface WeekCounts extends OutcomeCounts {
  /** Monday of the week (UTC), YYYY-MM-DD. */
  week: string;
  /** Share of the week's questions answered at once, in [0, 1]; null for a week with none. */
  answeredShare: number | null;
}

export interface PassageCounts {
  id: string;
  title: string;
  principle: string;
  /** Times it was given as the answer, or picked after a clarify. */
  shown: number;
  helpful: number;
  notHelpful: number;
}

export interface Suggestion {
  passage: string;
  title: string;
  /** The content file the passage is in, relative to the content folder, when known. */
  file?: string;
  askedAs: string;
  /** The exact line to paste under the passage's heading. */
  line: string;
  /** How many times this question (in any letter case) led to this passage being picked. */
  count: number;
}

export interface NotHelpfulPassage extends PassageCounts {
  /** Questions (scrubbed) that got the 👎, where kept. */
  questions: string[];
}

/** Everything `thinkagain insights` prints, as `--json` writes it. */
export interface InsightsReport {
  since: string;
  until: string;
  questions: OutcomeCounts;
  byPlatform: { slack: number; teams: number };
  /** Every interaction (questions, commands, choices, feedback) by how it arrived. */
  bySurface: Record<Surface, number>;
  weeks: WeekCounts[];
  byPrinciple: Array<{ slug: string; title: string; count: number }>;
  passages: PassageCounts[];
  unanswered: QuestionGroup[];
  suggestions: Suggestion[];
  mostNotHelpful: NotHelpfulPassage[];
  clarifyChoices: number;
  feedback: { helpful: number; notHelpful: number };
  /** Other commands (help, tip, subscribe…), counted only. */
  commands: number;
}

export interface ReportOptions {
  since: Date;
  until: Date;
  /** The content file of a passage, for suggestions. */
  fileOf?: (passageId: string) => string | undefined;
  /** Longest "Asked as:" line the content checker accepts. */
  maxAskedAsChars?: number;
}

const DAY_MS = 86_400_000;

/** Turns recorded interactions into the report: counts, groups of unanswered questions and "Asked as" suggestions. */
export function buildReport(records: readonly InteractionRecord[], kb: KnowledgeBase, options: ReportOptions): InsightsReport {
  const passages = new Map(kb.passages.map((p) => [p.id, p]));
  const questions = records.filter((r) => r.kind === 'question');
  const choices = records.filter((r) => r.kind === 'choice');
  const feedback = records.filter((r) => r.kind === 'feedback');

  const counts = new Map<string, PassageCounts>();
  const countsOf = (id: string): PassageCounts | undefined => {
    const passage = passages.get(id);
    if (!passage) return undefined;
    let c = counts.get(id);
    if (!c) counts.set(id, (c = { id, title: passage.title, principle: passage.topic, shown: 0, helpful: 0, notHelpful: 0 }));
    return c;
  };
  const principles = new Map<string, number>();
  const given = (id: string | undefined) => {
    const c = id === undefined ? undefined : countsOf(id);
    if (!c) return;
    c.shown += 1;
    principles.set(c.principle, (principles.get(c.principle) ?? 0) + 1);
  };
  for (const q of questions) if (q.outcome === 'answer') given(q.passageIds[0]);
  for (const c of choices) given(c.passageIds[0]);
  const notHelpfulQuestions = new Map<string, string[]>();
  for (const f of feedback) {
    const c = f.passageIds[0] === undefined ? undefined : countsOf(f.passageIds[0]);
    if (!c) continue;
    if (f.helpful) c.helpful += 1;
    else {
      c.notHelpful += 1;
      if (f.question) notHelpfulQuestions.set(c.id, [...(notHelpfulQuestions.get(c.id) ?? []), f.question]);
    }
  }

  const passageCounts = [...counts.values()].sort((a, b) => b.shown - a.shown || b.notHelpful - a.notHelpful || a.id.localeCompare(b.id));
  const unanswered = questions.flatMap((q) => (q.question && (q.outcome === 'clarify' || q.outcome === 'decline') ? [{ question: q.question, outcome: q.outcome as 'clarify' | 'decline' }] : []));

  return {
    since: options.since.toISOString(),
    until: options.until.toISOString(),
    questions: outcomeCounts(questions),
    byPlatform: { slack: questions.filter((q) => q.platform === 'slack').length, teams: questions.filter((q) => q.platform === 'teams').length },
    bySurface: Object.fromEntries(SURFACES.map((s) => [s, records.filter((r) => r.surface === s).length])) as Record<Surface, number>,
    weeks: weeks(questions, options.since, options.until),
    byPrinciple: [...principles].map(([slug, count]) => ({ slug, title: topicTitle(kb, slug), count })).sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug)),
    passages: passageCounts,
    unanswered: groupQuestions(unanswered, new Analyser(kb.vocabulary)),
    suggestions: suggestions(questions, choices, passages, options),
    mostNotHelpful: passageCounts
      .filter((p) => p.notHelpful > 0)
      .sort((a, b) => b.notHelpful - a.notHelpful || a.helpful - b.helpful || a.id.localeCompare(b.id))
      .slice(0, 10)
      .map((p) => ({ ...p, questions: [...new Set(notHelpfulQuestions.get(p.id) ?? [])].slice(0, 3) })),
    clarifyChoices: choices.length,
    feedback: { helpful: feedback.filter((f) => f.helpful).length, notHelpful: feedback.filter((f) => f.helpful === false).length },
    commands: records.filter((r) => r.kind === 'command').length,
  };
}

function outcomeCounts(questions: readonly InteractionRecord[]): OutcomeCounts {
  const of = (o: QuestionOutcome) => questions.filter((q) => q.outcome === o).length;
  return { total: questions.length, answer: of('answer'), clarify: of('clarify'), decline: of('decline') };
}

/** Every week from `since` to `until`, empty ones included, so a chart shows quiet weeks as quiet. */
function weeks(questions: readonly InteractionRecord[], since: Date, until: Date): WeekCounts[] {
  const byWeek = new Map<string, InteractionRecord[]>();
  for (let t = mondayOf(since); t < until.getTime(); t += 7 * DAY_MS) byWeek.set(isoDate(t), []);
  for (const q of questions) byWeek.get(isoDate(mondayOf(q.at)))?.push(q);
  return [...byWeek].map(([week, qs]) => {
    const c = outcomeCounts(qs);
    return { week, ...c, answeredShare: c.total === 0 ? null : Math.round((c.answer / c.total) * 1000) / 1000 };
  });
}

function mondayOf(at: Date): number {
  const day = Math.floor(at.getTime() / DAY_MS) * DAY_MS;
  const weekday = (new Date(day).getUTCDay() + 6) % 7;
  return day - weekday * DAY_MS;
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function topicTitle(kb: KnowledgeBase, slug: string): string {
  const principle = kb.principles.find((p) => p.slug === slug);
  if (principle) return `${principle.number}. ${principle.title}`;
  return slug === 'about' || slug === 'figures' ? sectionTitle(slug as TopicSlug) : slug;
}

/**
 * A clarify whose asker then picked a passage is a candidate "Asked as:" line for that passage (the
 * first pick per question; questions the passage already lists, or too long for the line, are left out).
 * The same question picked for the same passage again counts up; the most picked come first.
 */
function suggestions(questions: readonly InteractionRecord[], choices: readonly InteractionRecord[], passages: ReadonlyMap<string, Passage>, options: ReportOptions): Suggestion[] {
  const clarifies = new Map(questions.filter((q) => q.outcome === 'clarify' && q.ref && q.question).map((q) => [q.ref as string, q.question as string]));
  const out = new Map<string, Suggestion>();
  for (const choice of choices) {
    const askedAs = choice.ref ? clarifies.get(choice.ref) : undefined;
    const passage = choice.passageIds[0] === undefined ? undefined : passages.get(choice.passageIds[0]);
    if (!askedAs || !passage) continue;
    clarifies.delete(choice.ref as string);
    const key = `${passage.id}\n${askedAs.toLowerCase()}`;
    const seen = out.get(key);
    if (seen) seen.count += 1;
    else if (askedAs.length <= (options.maxAskedAsChars ?? 160) && !passage.askedAs.some((a) => a.toLowerCase() === askedAs.toLowerCase())) {
      const file = options.fileOf?.(passage.id);
      out.set(key, { passage: passage.id, title: passage.title, ...(file ? { file } : {}), askedAs, line: `Asked as: ${askedAs}`, count: 1 });
    }
  }
  return [...out.values()].sort((a, b) => b.count - a.count);
}
