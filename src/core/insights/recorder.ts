import type { Reply } from '../replies';
import type { InsightsPort, InteractionRecord, RecordedPlatform, Surface } from './interaction';
import { scrubQuestion } from './scrub';

export interface InsightsRecorderOptions {
  port: InsightsPort;
  clock: () => Date;
  /** A fresh random reference (no meaning, no link to a person). */
  newRef: () => string;
  /**
   * Told when records were lost because the store failed: at most once per `reportEveryMs`, with how
   * many were lost since the last report, so a database outage costs one log line a minute, not one a request.
   */
  onLost: (error: unknown, lost: number) => void;
  reportEveryMs?: number;
}

type AskReply = Extract<Reply, { kind: 'answer' | 'clarify' | 'no-match' }>;

const REMEMBER_MS = 86_400_000;
const REMEMBER_MAX = 5_000;

/**
 * Records interactions for the insights report, without ever holding up or failing a reply: each write
 * runs in the background and a failure loses only that record. A question's scrubbed text is written
 * only for a clarify or a decline; for an answer it is held in memory for a day, so that a 👎 on that
 * answer can keep it (on this replica only).
 */
export class InsightsRecorder {
  private readonly pending = new Set<Promise<void>>();
  private readonly recent = new Map<string, { question: string; at: number }>();
  private lost = 0;
  private lastReport = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: InsightsRecorderOptions) {}

  /** Records a question's outcome; returns the reference its buttons should carry. */
  question(platform: RecordedPlatform, surface: Surface, text: string, reply: AskReply): string {
    const ref = this.options.newRef();
    const outcome = reply.kind === 'no-match' ? 'decline' : reply.kind;
    const passageIds = reply.kind === 'answer' ? [reply.answer, ...reply.more].map((p) => p.id) : reply.kind === 'clarify' ? reply.choices.map((p) => p.id) : [];
    const scrubbed = scrubQuestion(text);
    this.remember(ref, scrubbed);
    this.write({ platform, surface, kind: 'question', outcome, passageIds, ref, ...(outcome === 'answer' || !scrubbed ? {} : { question: scrubbed }) });
    return ref;
  }

  /** Any command other than a question: only its kind. */
  command(platform: RecordedPlatform, surface: Surface, kind: string): void {
    this.write({ platform, surface, kind: 'command', outcome: kind, passageIds: [] });
  }

  /** A passage picked from a clarify's choices. */
  choice(platform: RecordedPlatform, passageId: string, ref: string | undefined): void {
    this.write({ platform, surface: 'button', kind: 'choice', passageIds: [passageId], ...(ref ? { ref } : {}) });
  }

  /** 👍 or 👎 on a passage; a 👎 keeps the question it answered, when this process still remembers it. */
  feedback(platform: RecordedPlatform, passageId: string, helpful: boolean, ref: string | undefined): void {
    const question = !helpful && ref ? this.recall(ref) : undefined;
    this.write({ platform, surface: 'button', kind: 'feedback', passageIds: [passageId], helpful, ...(ref ? { ref } : {}), ...(question ? { question } : {}) });
  }

  /** Resolves when every write started so far has finished (for shutdown and tests). */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  private write(record: Omit<InteractionRecord, 'at'>): void {
    const full: InteractionRecord = { at: this.options.clock(), ...record };
    let started: Promise<void>;
    try {
      started = this.options.port.record(full);
    } catch (error) {
      started = Promise.reject(error);
    }
    const tracked = started.catch((error: unknown) => this.failed(error)).finally(() => this.pending.delete(tracked));
    this.pending.add(tracked);
  }

  private failed(error: unknown): void {
    this.lost += 1;
    const now = this.options.clock().getTime();
    if (now - this.lastReport < (this.options.reportEveryMs ?? 60_000)) return;
    this.lastReport = now;
    const lost = this.lost;
    this.lost = 0;
    this.options.onLost(error, lost);
  }

  private remember(ref: string, question: string): void {
    if (!question) return;
    const now = this.options.clock().getTime();
    if (this.recent.size >= REMEMBER_MAX) this.recent.delete(this.recent.keys().next().value as string);
    this.recent.set(ref, { question, at: now });
  }

  private recall(ref: string): string | undefined {
    const held = this.recent.get(ref);
    if (!held || this.options.clock().getTime() - held.at > REMEMBER_MS) return undefined;
    return held.question;
  }
}
