import type { Basis, PassageKind, Principle, Source, Tip } from './knowledge';
import type { WeeklySchedule } from './schedule/weekly-schedule';
import type { PrincipleSlug, TopicSlug } from './topics';
import type { SubscriptionView } from './ports';

export interface Citation {
  short: string;
  citation: string;
  url?: string;
  basis: Basis;
}

export interface PrincipleSummary {
  number: number;
  slug: PrincipleSlug;
  title: string;
  thinkAgainAbout: string;
}

export interface PassageView {
  id: string;
  topic: TopicSlug;
  title: string;
  body: string;
  citation: Citation;
  /** The principle the passage sits under; absent for `about` and `figures`. */
  principle?: PrincipleSummary;
  /** Confidence in [0, 1]. */
  score: number;
  /** `signpost`: a legal or regulatory question the reader's own team decides. */
  kind: PassageKind;
}

/**
 * A platform-neutral reply; each adapter renders it in its own way (Block Kit, Adaptive Card, text).
 * `ref` is set when the question was recorded for insights: feedback and clarify buttons carry it (see
 * insights/interaction-ref.ts) so what follows is tied to the question without storing who asked.
 */
export type Reply =
  | { kind: 'answer'; query: string; answer: PassageView; more: PassageView[]; ref?: string }
  | { kind: 'clarify'; query: string; choices: PassageView[]; ref?: string }
  | { kind: 'no-match'; query: string; principles: PrincipleSummary[]; ref?: string }
  | { kind: 'passage-gone' }
  | { kind: 'help' }
  | { kind: 'principles'; principles: PrincipleSummary[] }
  | { kind: 'principle'; principle: Principle; sources: Source[] }
  | { kind: 'unknown-principle'; ref: string; principles: PrincipleSummary[] }
  /** `weekly` marks a tip the scheduler sent unasked: it is framed as the weekly tip, with how to stop it. */
  | { kind: 'tip'; tip: Tip; principle: PrincipleSummary; weekly?: boolean }
  | { kind: 'about'; paper: Source; principleCount: number; passageCount: number }
  | { kind: 'subscribed'; subscription: SubscriptionView; changed: boolean }
  | { kind: 'unsubscribed'; wasSubscribed: boolean }
  | { kind: 'status'; subscription: SubscriptionView | undefined }
  | { kind: 'invalid-schedule'; problem: string }
  | { kind: 'subscriptions-unavailable'; reason: 'not-on-this-platform' | 'store-down' | 'store-error' };

export type ReplyKind = Reply['kind'];
export type { WeeklySchedule };
